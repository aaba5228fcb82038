package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/** Values and raw-file helpers shared by the store tests. Every helper works on a real SQLite file. */
final class StoreFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final String UNICODE_NAME = "Müller & Söhne 日本 😀";
    static final int PAGE_SIZE = 4096;
    static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** Amounts compared by value: the store hands 12.5 back as 12.50. */
    static final Comparator<BigDecimal> BY_VALUE = Comparator.nullsFirst(Comparator.naturalOrder());

    private StoreFixtures() {
    }

    /**
     * Text of exactly {@code codePoints} code points, with both kinds of line break, tabs, quotes,
     * SQL-looking fragments, umlauts, CJK and an emoji (two chars, one code point).
     */
    static String longText(int codePoints) {
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.codePointCount(0, text.length()) < codePoints; line++) {
            text.append("Zeile ").append(line).append(": Müller & Söhne 日本 😀 \"quoted\" 'single' ;")
                    .append(" DROP TABLE prospects; -- \\ % _\tend")
                    .append(line % 2 == 0 ? "\n" : "\r\n");
        }
        String s = text.toString();
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }

    /** A valid prospect with every one of its fields set that its status allows. */
    static Prospect fullProspect(ProspectStatus status) {
        return new Prospect(0, UNICODE_NAME, "Müller & Söhne GmbH 日本支社", "Jürgen Ölmann <jo@example.com>",
                "Empfehlung 😀 über LinkedIn", LocalDate.of(2025, 1, 15), status,
                status.isClosed() ? LocalDate.of(2025, 3, 31) : null, EUR,
                new BigDecimal("1234.56"), new BigDecimal("999.99"),
                status == ProspectStatus.WON ? new BigDecimal("1100.05") : null, 4, longText(10_000));
    }

    static Prospect named(String name) {
        return Prospect.named(name, EUR);
    }

    /** Opens the file expecting a refusal, and returns it; fails when the file opens. */
    static JournalOpenException refusal(Path file, Database.Mode mode) {
        try (Database db = Database.open(file, mode)) {
            throw new AssertionError("expected " + file + " to be refused in mode " + mode
                    + ", but it opened at schema version " + db.schemaVersion());
        } catch (JournalOpenException e) {
            return e;
        }
    }

    /** Fails unless {@code actual} equals {@code expected} field by field, amounts by value. */
    static <T> void assertSameValues(T actual, T expected) {
        assertThat(actual).usingRecursiveComparison()
                .withStrictTypeChecking()
                .withComparatorForType(BY_VALUE, BigDecimal.class)
                .isEqualTo(expected);
    }

    static <T> void assertSameValuesInOrder(List<? extends T> actual, List<? extends T> expected) {
        assertThat(actual).as("number of rows").hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("row %d", i).usingRecursiveComparison()
                    .withStrictTypeChecking()
                    .withComparatorForType(BY_VALUE, BigDecimal.class)
                    .isEqualTo(expected.get(i));
        }
    }

    /** A plain connection, as another program would open the file: no Deal Journal settings. */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** A read-only plain connection, for looking into files a test must not change. */
    static Connection rawReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    static long rowCount(Path file, String table) throws SQLException {
        try (Connection c = raw(file)) {
            return queryLong(c, "SELECT count(*) FROM " + table);
        }
    }

    static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row from %s", sql).isTrue();
            return rs.getLong(1);
        }
    }

    static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row from %s", sql).isTrue();
            return rs.getString(1);
        }
    }

    /**
     * The schema version written in the file's header ({@code PRAGMA user_version}, bytes 60-63), read
     * without SQLite so that looking does not create -wal or -shm files next to it.
     */
    static int userVersion(Path file) throws IOException {
        return headerInt(file, 60);
    }

    /** The {@code PRAGMA application_id} in the file's header (bytes 68-71). */
    static int applicationId(Path file) throws IOException {
        return headerInt(file, 68);
    }

    private static int headerInt(Path file, int offset) throws IOException {
        byte[] header = Files.readAllBytes(file);
        return java.nio.ByteBuffer.wrap(header, offset, 4).getInt();
    }

    /** Names of the prospects in a file, by id, read with plain SQL. */
    static List<String> prospectNames(Path file) throws SQLException {
        try (Connection c = rawReadOnly(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM prospects ORDER BY id")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    /**
     * Makes a journal the way a build that knew only schema version 1 did: V1 applied through
     * {@link Migrations#migrate}, then one prospect row written with plain SQL.
     */
    static void makeVersion1Journal(Path file, long id, String prospectName) throws SQLException {
        try (Connection c = raw(file)) {
            Migrations.migrate(c, 0, 1);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO prospects (id, name, status, currency,"
                    + " list_price_cents, notes) VALUES (?, ?, 'OPEN', 'EUR', 123456, 'from version 1')")) {
                s.setLong(1, id);
                s.setString(2, prospectName);
                s.executeUpdate();
            }
        }
    }

    /** Makes a real journal at the latest version holding one prospect, closed cleanly. */
    static void makeJournal(Path file) throws JournalOpenException {
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            new ProspectRepository(db).insert(named("Acme"));
        }
    }

    /** Makes a journal that a newer build wrote: user_version one above what this build knows. */
    static void makeTooNewJournal(Path file) throws Exception {
        makeJournal(file);
        try (Connection c = raw(file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = " + (Migrations.LATEST + 1));
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(userVersion(file)).isEqualTo(Migrations.LATEST + 1);
        assertThat(siblings(file)).as("precondition: the too-new journal is closed cleanly").isEmpty();
    }

    /** Files next to {@code file} whose names start with its name: -wal, -shm, -journal, .bak... */
    static List<String> siblings(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (Stream<Path> files = Files.list(file.toAbsolutePath().getParent())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(name) && !n.equals(name))
                    .sorted()
                    .toList();
        }
    }

    /** Every entry of a folder, sorted. */
    static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
