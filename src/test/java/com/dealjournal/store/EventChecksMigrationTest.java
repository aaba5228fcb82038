package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.raw;
import static com.dealjournal.store.StoreFixtures.rawReadOnly;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 6 writes the events' checks without IN lists (which SQLite evaluates slowly row by row).
 * The tables of version 5 are the reference: every value they accept the new table must accept, every
 * value they refuse it must refuse, and a journal migrated from version 5 keeps each of its events as it was.
 */
class EventChecksMigrationTest {

    private static final String[] COLUMNS = {"type", "initiator", "response", "reply"};
    /** Each column's names, the other columns' names, near misses, and values of other kinds. */
    private static final Object[] CANDIDATES = {
        null, "DISCOUNT", "SCOPE", "FOLLOW_UP", "NOTE", "THEM", "ME", "HELD", "TRADED", "CONCEDED", "NONE",
        "PUT_OFF", "ANSWERED", "", " NOTE", "NOTE ", "note", "Held", "answered", "PUT OFF", "ME\u0000", "DISCOUNTS",
        "SCOP", "Ме", 0, 1, 2.5, new byte[] {'N', 'O', 'T', 'E'}};

    @TempDir
    Path dir;

    /** A journal file at an older schema version, through the very migrations that made such journals. */
    private Path journalAt(String name, int version) throws SQLException {
        Path file = dir.resolve(name);
        try (Connection c = raw(file)) {
            Migrations.migrate(c, 0, version);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO prospects (id, name, status, currency) VALUES (1, 'Acme', 'OPEN', 'EUR')");
            }
        }
        return file;
    }

    /** Whether the file's events table takes a row with {@code value} in {@code column}, the rest valid. */
    private static boolean accepts(Connection c, String column, Object value) throws SQLException {
        String[] values = {"NOTE", null, null, null};
        int at = Arrays.asList(COLUMNS).indexOf(column);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events (prospect_id, date, type, initiator,"
                + " response, reply) VALUES (1, '2025-01-01', ?, ?, ?, ?)")) {
            for (int i = 0; i < COLUMNS.length; i++) {
                s.setObject(i + 1, i == at ? value : values[i]);
            }
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (!e.getMessage().contains("CHECK constraint failed") && !e.getMessage().contains("NOT NULL")) {
                throw e;
            }
            return false;
        }
    }

    @Test
    void theNewChecksAcceptAndRefuseExactlyWhatVersion5sListsDid() throws Exception {
        Path version5 = journalAt("v5.db", 5);
        Path version6 = journalAt("v6.db", 6);
        List<String> differences = new ArrayList<>();
        int refused = 0;
        try (Connection old = raw(version5); Connection now = raw(version6)) {
            for (String column : COLUMNS) {
                for (Object value : CANDIDATES) {
                    boolean before = accepts(old, column, value);
                    boolean after = accepts(now, column, value);
                    refused += before ? 0 : 1;
                    if (before != after) {
                        differences.add(column + " = " + describe(value) + ": version 5 " + before + ", version 6 " + after);
                    }
                }
            }
            assertThat(StoreFixtures.queryLong(now, "SELECT count(*) FROM events"))
                    .isEqualTo(StoreFixtures.queryLong(old, "SELECT count(*) FROM events"));
        }
        assertThat(differences).isEmpty();
        assertThat(refused).as("the candidates include values the checks refuse").isGreaterThan(60);
        try (Connection now = rawReadOnly(version6)) {
            assertThat(StoreFixtures.queryString(now, "SELECT sql FROM sqlite_schema WHERE name = 'events'"))
                    .as("the table's SQL").doesNotContainIgnoringCase(" IN (");
        }
    }

    @Test
    void aVersion5JournalKeepsEveryEventItsIdsItsIndexesAndItsCascade() throws Exception {
        Path file = journalAt("journal.db", 5);
        try (Connection c = raw(file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO prospects (id, name, status, currency) VALUES (2, 'Beta', 'OPEN', 'CHF')");
            s.executeUpdate("INSERT INTO events (id, prospect_id, date, type, initiator, response, asked_percent_hundredths,"
                    + " asked_amount_cents, conceded_amount_cents, traded_for, note) VALUES"
                    + " (3, 1, '2025-02-01', 'DISCOUNT', 'THEM', 'TRADED', 1250, NULL, 9900, 'a case study', 'Ää 😀')");
            s.executeUpdate("INSERT INTO events (id, prospect_id, date, type, initiator, response, value_cents)"
                    + " VALUES (17, 2, '2025-03-04', 'SCOPE', 'ME', 'CONCEDED', 120000)");
            s.executeUpdate("INSERT INTO events (id, prospect_id, date, type, reply) VALUES (40, 1, '2025-04-05',"
                    + " 'FOLLOW_UP', 'PUT_OFF'), (41, 2, '2025-04-06', 'NOTE', NULL)");
        }
        List<String> before = rows(file);

        try (Database db = Database.open(file, Database.Mode.EXISTING)) {
            assertThat(db.schemaVersion()).isEqualTo(6);
            assertThat(db.migrationBackup()).isPresent();
        }

        assertThat(rows(file)).isEqualTo(before).hasSize(4);
        try (Connection c = raw(file); Statement s = c.createStatement()) {
            assertThat(StoreFixtures.queryString(c, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(StoreFixtures.queryLong(c, "SELECT count(*) FROM sqlite_schema WHERE name = 'events_v5'")).isZero();
            assertThat(StoreFixtures.queryString(c, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema"
                    + " WHERE type = 'index' AND tbl_name = 'events' ORDER BY name)"))
                    .isEqualTo("events_by_prospect events_by_type_date");
            s.execute("PRAGMA foreign_keys = ON");
            s.executeUpdate("DELETE FROM prospects WHERE id = 2");
            assertThat(StoreFixtures.queryString(c, "SELECT group_concat(id, ' ') FROM events"))
                    .as("deleting a prospect still deletes its events").isEqualTo("3 40");
        }
    }

    private static List<String> rows(Path file) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = rawReadOnly(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM events ORDER BY id")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static String describe(Object value) {
        return value instanceof byte[] bytes ? "blob " + Arrays.toString(bytes) : value == null ? "NULL" : "'" + value + "'";
    }
}
