package com.dealjournal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.FutureTask;

/**
 * The second, read-only connection on which a journal reads the other half of a large read
 * ({@link Database#readTogether}): opened on its first use, and given a thread of its own for each read.
 * Used under the journal's lock only, so never by two threads at once.
 */
final class SideReader implements AutoCloseable {

    private final Database.Connector connector;
    private Connection connection;
    private boolean unavailable;

    /** @param connector opens the connection; null for a journal that keeps to its one connection */
    SideReader(Database.Connector connector) {
        this.connector = connector;
        this.unavailable = connector == null;
    }

    /**
     * Starts {@code work} on the side connection, or returns null when there is none to be had: reading
     * one half after the other on the journal's own connection gives the same result.
     */
    <T> FutureTask<T> start(SqlWork<T> work) {
        if (unavailable) {
            return null;
        }
        if (connection == null) {
            try {
                connection = connector.connect();
            } catch (JournalOpenException e) {
                unavailable = true;
                return null;
            }
        }
        Connection side = connection;
        FutureTask<T> task = new FutureTask<>(() -> work.run(side));
        Thread.ofPlatform().name("deal-journal-reader").daemon().start(task);
        return task;
    }

    @Override
    public void close() throws SQLException {
        unavailable = true;
        if (connection != null) {
            try {
                connection.close();
            } finally {
                connection = null;
            }
        }
    }
}
