package com.dealjournal.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of database work on an open connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
