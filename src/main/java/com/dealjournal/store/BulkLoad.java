package com.dealjournal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What a large import changes for the time it writes, inside the caller's transaction: a larger page cache,
 * so that SQLite keeps the new pages in memory instead of spilling them to the write-ahead log before the
 * commit; and, into a journal that holds no events yet, the events table's indexes built once after the
 * rows instead of kept up row by row. The indexes are dropped and created again in the same transaction,
 * from the very SQL the journal's schema holds for them: if anything fails or the process dies before the
 * commit, SQLite's rollback puts them back, and a committed import has them as before.
 */
final class BulkLoad implements AutoCloseable {

    /** The page cache while an import writes, in KiB (SQLite's negative {@code cache_size}): 64 MiB. */
    static final int CACHE_KIB = 64 * 1024;

    private static final String EVENT_INDEXES = "SELECT name, sql FROM sqlite_schema"
            + " WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL ORDER BY name";
    private static final String ANY_EVENT = "SELECT EXISTS (SELECT 1 FROM events)";

    private record Index(String name, String sql) {
    }

    private final Connection connection;
    private final int cacheBefore;
    private final List<Index> dropped;

    private BulkLoad(Connection connection, int cacheBefore, List<Index> dropped) {
        this.connection = connection;
        this.cacheBefore = cacheBefore;
        this.dropped = dropped;
    }

    /** Enlarges the cache and, when the journal holds no events, drops the events' indexes. */
    static BulkLoad begin(Connection c) throws SQLException {
        int cacheBefore = Sql.integer(c, "PRAGMA cache_size");
        execute(c, "PRAGMA cache_size = " + -CACHE_KIB);
        try {
            List<Index> dropped = List.of();
            if (Sql.integer(c, ANY_EVENT) == 0) {
                dropped = Sql.list(c, EVENT_INDEXES, Sql.Binder.NONE,
                        row -> new Index(row.getString(1), row.getString(2)));
                for (Index index : dropped) {
                    execute(c, "DROP INDEX \"" + index.name().replace("\"", "\"\"") + "\"");
                }
            }
            return new BulkLoad(c, cacheBefore, dropped);
        } catch (SQLException | RuntimeException e) {
            execute(c, "PRAGMA cache_size = " + cacheBefore);
            throw e;
        }
    }

    /** Whether the events table has no indexes to keep up while the rows go in. */
    boolean withoutEventIndexes() {
        return !dropped.isEmpty();
    }

    /** Creates the dropped indexes again, over every row now in the table. */
    void finish() throws SQLException {
        for (Index index : dropped) {
            execute(connection, index.sql());
        }
    }

    /** Gives the connection its page cache back; the indexes are the transaction's to keep or undo. */
    @Override
    public void close() throws SQLException {
        execute(connection, "PRAGMA cache_size = " + cacheBefore);
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
