package com.dealjournal.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's schema history: numbered SQL files under {@code db/migration/}, applied in order,
 * each in its own transaction together with the new {@code PRAGMA user_version}.
 */
public final class Migrations {

    /** Every migration, oldest first; a file's number is its position in this list plus one. */
    static final List<String> FILES = List.of(
            "V1__init.sql",
            "V2__indexes.sql",
            "V3__settings.sql",
            "V4__month_notes.sql",
            "V5__covering_indexes.sql",
            "V6__event_checks_without_lists.sql");

    /** The schema version this build creates and understands. */
    public static final int LATEST = FILES.size();

    private Migrations() {
    }

    /** Applies every migration above the file's current version, up to {@code target}. */
    static void migrate(Connection connection, int current, int target) throws SQLException {
        for (int version = current + 1; version <= target; version++) {
            apply(connection, version);
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(FILES.get(version - 1)))) {
                statement.executeUpdate(sql);
            }
            statement.executeUpdate("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String file) {
        String resource = "/db/migration/" + file;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a migration into statements: each ends with a semicolon at the end of a line; comments go. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration ends without a semicolon: " + current);
        }
        return result;
    }
}
