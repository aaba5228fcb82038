package com.dealjournal.testing;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
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

    /** A small, realistic journal: the one the README's screenshots show. */
    public static Path sampleJournal(Path file) {
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            Prospect nordlicht = journal.prospects().insert(new Prospect(0, "Anna Schmidt", "Nordlicht GmbH",
                    "anna@nordlicht.example", "Referral", LocalDate.of(2026, 9, 14), ProspectStatus.OPEN, null, EUR,
                    new java.math.BigDecimal("4800.00"), new java.math.BigDecimal("4200.00"), null, 4,
                    "Website relaunch, three languages."));
            journal.events().insert(new Event.Discount(0, nordlicht.id(), LocalDate.of(2026, 10, 2),
                    new java.math.BigDecimal("15"), null, com.dealjournal.model.Response.TRADED,
                    new java.math.BigDecimal("300.00"), "prepayment", "Asked for 15 % off; 50 % up front instead."));
            journal.events().insert(new Event.Scope(0, nordlicht.id(), LocalDate.of(2026, 10, 9),
                    com.dealjournal.model.Initiator.THEM, com.dealjournal.model.Response.HELD,
                    new java.math.BigDecimal("900.00"), null, "A newsletter template on top: offered separately."));
            journal.events().insert(new Event.FollowUp(0, nordlicht.id(), LocalDate.of(2026, 10, 20), Reply.PUT_OFF,
                    "\"Budget meeting next week.\""));
            journal.events().insert(new Event.FollowUp(0, nordlicht.id(), LocalDate.of(2026, 11, 3), Reply.NONE, null));
            Prospect suedwind = journal.prospects().insert(new Prospect(0, "Bernd Weber", "Südwind AG", null, "Fair",
                    LocalDate.of(2026, 8, 1), ProspectStatus.WON, LocalDate.of(2026, 10, 15), EUR,
                    new java.math.BigDecimal("12000.00"), new java.math.BigDecimal("10000.00"),
                    new java.math.BigDecimal("11500.00"), 5, null));
            journal.events().insert(new Event.Discount(0, suedwind.id(), LocalDate.of(2026, 9, 10), null,
                    new java.math.BigDecimal("1000.00"), com.dealjournal.model.Response.CONCEDED,
                    new java.math.BigDecimal("500.00"), null, null));
            Prospect kranich = journal.prospects().insert(new Prospect(0, "Carla Diaz", "Kranich & Co", null, null,
                    LocalDate.of(2026, 10, 1), ProspectStatus.DECLINED, LocalDate.of(2026, 10, 30), EUR,
                    new java.math.BigDecimal("2500.00"), null, null, 1, "Wanted it all for half the price."));
            journal.events().insert(new Event.Discount(0, kranich.id(), LocalDate.of(2026, 10, 28),
                    new java.math.BigDecimal("50"), null, com.dealjournal.model.Response.HELD, null, null, null));
            journal.prospects().insert(new Prospect(0, "David Olsen", "Fjord Design", null, "LinkedIn",
                    LocalDate.of(2026, 11, 20), ProspectStatus.OPEN, null, Currency.getInstance("CHF"),
                    new java.math.BigDecimal("3000.00"), null, null, 3, null));
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A journal whose October 2026 was worked out by hand:
     * <pre>
     * A (EUR): follow-ups 09-20 none, 09-25 put off, 10-01 none (excess: 2 before), 10-05 answered (excess:
     *          3 before, then reset), 10-06 none (not excess: 0 before); scope 10-10 they asked, held; scope
     *          10-11 I offered, conceded 300.50; discount 10-31 conceded 450.00; discount 11-01 conceded 100.00
     * B (CHF): discount 10-02 traded, gave 200 (not conceded money); discount 10-03 held; scope 10-15
     *          conceded, value 0.00 (a zero sum is left out); won, closed 10-31
     * C: declined, closed 10-01; D: lost, closed 09-30 (September); E: open
     * October, chase limit 2: requests 6 = held 2 + traded 1 + conceded 3; follow-ups 3, excess 2; gave
     * ground 5; score = round half up of 100 * 3 / (6 + 2) = 37.5 -> 38; money EUR 750.50; closed won 1,
     * declined 1. September: requests 0, follow-ups 2, no excess, no score; lost 1.
     * </pre>
     */
    public static Path octoberJournal(Path file) {
        Currency chf = Currency.getInstance("CHF");
        try (Journal j = Journal.open(file, Database.Mode.CREATE)) {
            Prospect a = j.prospects().insert(Prospect.named("A", EUR));
            for (String[] f : new String[][] {{"2026-09-20", "NONE"}, {"2026-09-25", "PUT_OFF"},
                {"2026-10-01", "NONE"}, {"2026-10-05", "ANSWERED"}, {"2026-10-06", "NONE"}}) {
                j.events().insert(new Event.FollowUp(0, a.id(), LocalDate.parse(f[0]), Reply.valueOf(f[1]), null));
            }
            j.events().insert(new Event.Scope(0, a.id(), LocalDate.parse("2026-10-10"),
                    com.dealjournal.model.Initiator.THEM, com.dealjournal.model.Response.HELD,
                    new java.math.BigDecimal("900.00"), null, null));
            j.events().insert(new Event.Scope(0, a.id(), LocalDate.parse("2026-10-11"),
                    com.dealjournal.model.Initiator.ME, com.dealjournal.model.Response.CONCEDED,
                    new java.math.BigDecimal("300.50"), null, null));
            discount(j, a, "2026-10-31", com.dealjournal.model.Response.CONCEDED, "450.00");
            discount(j, a, "2026-11-01", com.dealjournal.model.Response.CONCEDED, "100.00");
            Prospect b = j.prospects().insert(new Prospect(0, "B", null, null, null, null, ProspectStatus.WON,
                    LocalDate.parse("2026-10-31"), chf, null, null, new java.math.BigDecimal("5000.00"), null, null));
            discount(j, b, "2026-10-02", com.dealjournal.model.Response.TRADED, "200.00");
            discount(j, b, "2026-10-03", com.dealjournal.model.Response.HELD, null);
            j.events().insert(new Event.Scope(0, b.id(), LocalDate.parse("2026-10-15"),
                    com.dealjournal.model.Initiator.THEM, com.dealjournal.model.Response.CONCEDED,
                    new java.math.BigDecimal("0.00"), null, null));
            j.prospects().insert(closedProspect("C", ProspectStatus.DECLINED, "2026-10-01"));
            j.prospects().insert(closedProspect("D", ProspectStatus.LOST, "2026-09-30"));
            j.prospects().insert(Prospect.named("E", EUR));
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Prospect closedProspect(String name, ProspectStatus status, String on) {
        return new Prospect(0, name, null, null, null, null, status, LocalDate.parse(on), EUR, null, null, null, null,
                null);
    }

    private static void discount(Journal j, Prospect p, String date, com.dealjournal.model.Response response,
                                 String gave) {
        j.events().insert(new Event.Discount(0, p.id(), LocalDate.parse(date), new java.math.BigDecimal("10"), null,
                response, gave == null ? null : new java.math.BigDecimal(gave), null, null));
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

    /**
     * A journal whose index of events by type and date is damaged (its first page overwritten): the list
     * does not read that index, so the journal opens and shows; SQLite's quick check finds the damage.
     */
    public static Path withDamagedIndex(Path file) {
        journalWith(file, 40, 20);
        long page = queryLong(file, "SELECT rootpage FROM sqlite_schema WHERE name = 'events_by_type_date'");
        long pageSize = queryLong(file, "PRAGMA page_size");
        try {
            byte[] bytes = Files.readAllBytes(file);
            java.util.Arrays.fill(bytes, (int) ((page - 1) * pageSize), (int) (page * pageSize), (byte) 0x55);
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
