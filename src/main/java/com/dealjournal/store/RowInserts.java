package com.dealjournal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts many rows of one table, in the order they are added, with statements prepared once. With more
 * than one row per statement, rows are held until a statement of {@code INSERT … VALUES (…), (…), …} is
 * full and then sent in one step, which costs SQLite and the driver far less per row than one step a row;
 * {@link #finish} inserts what is left one row at a time. With one row per statement the rows go to the
 * driver in batches, which was measured to be faster into a table whose indexes SQLite keeps up row by row.
 *
 * @param <T> what a row is made from
 */
final class RowInserts<T> implements AutoCloseable {

    /** Binds a row's values to parameters {@code offset + 1} to {@code offset + width}. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row, int offset) throws SQLException;
    }

    private static final int BATCH = 1_000;

    private final int width;
    private final Binder<T> binder;
    private final PreparedStatement one;
    private final PreparedStatement many;
    private final Object[] held;
    private int count;

    /**
     * @param insert an {@code INSERT INTO table (columns) VALUES } without its values
     * @param width  how many columns a row has
     */
    RowInserts(Connection c, String insert, int width, int rowsPerStatement, Binder<T> binder) throws SQLException {
        if (rowsPerStatement < 1) {
            throw new IllegalArgumentException("rows per statement: " + rowsPerStatement);
        }
        this.width = width;
        this.binder = binder;
        this.one = c.prepareStatement(insert + values(width, 1));
        this.many = rowsPerStatement == 1 ? null : c.prepareStatement(insert + values(width, rowsPerStatement));
        this.held = new Object[rowsPerStatement];
    }

    void add(T row) throws SQLException {
        if (many == null) {
            binder.bind(one, row, 0);
            one.addBatch();
            if (++count == BATCH) {
                one.executeBatch();
                count = 0;
            }
            return;
        }
        held[count++] = row;
        if (count == held.length) {
            for (int i = 0; i < count; i++) {
                binder.bind(many, row(i), i * width);
            }
            many.executeUpdate();
            count = 0;
        }
    }

    /** Inserts the rows still held; call it once all rows are added. */
    void finish() throws SQLException {
        if (many == null) {
            if (count > 0) {
                one.executeBatch();
            }
        } else {
            for (int i = 0; i < count; i++) {
                binder.bind(one, row(i), 0);
                one.executeUpdate();
            }
        }
        count = 0;
    }

    @SuppressWarnings("unchecked")
    private T row(int i) {
        return (T) held[i];
    }

    private static String values(int width, int rows) {
        String row = "(" + "?,".repeat(width - 1) + "?)";
        StringBuilder values = new StringBuilder(rows * (row.length() + 1));
        for (int i = 0; i < rows; i++) {
            values.append(i == 0 ? "" : ",").append(row);
        }
        return values.toString();
    }

    @Override
    public void close() throws SQLException {
        try (one) {
            if (many != null) {
                many.close();
            }
        }
    }
}
