package com.dealjournal.testing;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Reply;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Currency;

/** Makes journal files, good and bad, for tests, and reads what a file holds without the application. */
public final class JournalFiles {

    public static final Currency EUR = Currency.getInstance("EUR");

    private JournalFiles() {
    }

    /** A journal holding the given number of prospects, each with {@code eventsEach} follow-ups. */
    public static Path journalWith(Path file, int prospects, int eventsEach) {
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            for (int p = 0; p < prospects; p++) {
                Prospect prospect = journal.prospects().insert(Prospect.named("Prospect " + (p + 1), EUR));
                for (int e = 0; e < eventsEach; e++) {
                    journal.events().insert(new Event.FollowUp(0, prospect.id(), LocalDate.of(2026, 10, 1 + e),
                            Reply.NONE, null));
                }
            }
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text file that is no database at all. */
    public static Path textFile(Path file) {
        try {
            return Files.writeString(file, "Quarterly notes: call Nordlicht GmbH on Monday.\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A journal whose schema version is newer than this build knows. */
    public static Path tooNewJournal(Path file, int version) {
        journalWith(file, 1, 0);
        sql(file, "PRAGMA user_version = " + version);
        return file;
    }

    /**
     * A journal at schema version 1 holding one prospect, made the way a version-1 build made it: by
     * running {@code V1__init.sql} alone, through plain JDBC.
     */
    public static Path version1Journal(Path file, String prospectName) {
        try (InputStream in = JournalFiles.class.getResourceAsStream("/db/migration/V1__init.sql");
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            for (String statement : script.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.executeUpdate(statement);
                }
            }
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("INSERT INTO prospects (name, status, currency) VALUES ('" + prospectName + "', 'OPEN', 'EUR')");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement through a plain JDBC connection, outside the application's store. */
    public static void sql(Path file, String statement) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, read through a plain read-only JDBC connection. */
    public static long queryLong(Path file, String query) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
