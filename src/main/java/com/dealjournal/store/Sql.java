package com.dealjournal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few shapes every repository's statements take: prepared, bound, run, mapped, closed. */
final class Sql {

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        Binder NONE = statement -> { };

        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    /** Runs an INSERT and returns the new row's id. */
    static long insert(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            binder.bind(statement);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id returned for: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /** Runs an UPDATE or DELETE and returns how many rows it changed. */
    static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    static <T> List<T> list(Connection connection, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    static <T> Optional<T> one(Connection connection, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        List<T> rows = list(connection, sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    /** The first column of the single row a query such as {@code SELECT count(*)} returns. */
    static int integer(Connection connection, String sql) throws SQLException {
        return one(connection, sql, Binder.NONE, row -> row.getInt(1)).orElse(0);
    }
}
