package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.POSIX;
import static com.dealjournal.store.StoreFixtures.makeTooNewJournal;
import static com.dealjournal.store.StoreFixtures.makeVersion1Journal;
import static com.dealjournal.store.StoreFixtures.prospectNames;
import static com.dealjournal.store.StoreFixtures.raw;
import static com.dealjournal.store.StoreFixtures.refusal;
import static com.dealjournal.store.StoreFixtures.siblings;
import static com.dealjournal.store.StoreFixtures.userVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    private static final Pattern MIGRATION_NAME = Pattern.compile("V(\\d+)__[A-Za-z0-9_]+\\.sql");

    @TempDir
    Path dir;

    private static String backupName(String fileName, String suffix) {
        return fileName + ".before-v" + Migrations.LATEST + suffix + ".bak";
    }

    /** Every table, index, view and trigger of a file with its SQL, by name. */
    private static List<String> schema(Path file) throws SQLException {
        try (Connection c = StoreFixtures.rawReadOnly(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " on " + rs.getString(3) + ": " + rs.getString(4));
            }
            return rows;
        }
    }

    @Test
    void aNewJournalGetsTheLatestVersionAndEveryTableAndIndex() throws Exception {
        Path file = dir.resolve("journal.db");

        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
        }

        assertThat(siblings(file)).as("a new journal, once closed, leaves nothing next to it").isEmpty();
        assertThat(userVersion(file)).isEqualTo(Migrations.LATEST);
        assertThat(schema(file)).extracting(row -> row.split(" ")[1])
                .contains("prospects", "events", "events_by_prospect", "events_by_type_date", "prospects_by_closed_on")
                .doesNotContain("events_by_month", "prospects_by_closed_month");
    }

    @Test
    void migratingStepByStepGivesTheSameSchemaAsANewJournal() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        Path stepwise = dir.resolve("stepwise.db");
        try (Database db = Database.open(fresh, Database.Mode.CREATE)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
        }
        try (Connection c = raw(stepwise)) {
            for (int version = 1; version <= Migrations.LATEST; version++) {
                Migrations.migrate(c, version - 1, version);
                assertThat(StoreFixtures.queryLong(c, "PRAGMA user_version")).isEqualTo(version);
            }
        }

        assertThat(schema(stepwise)).isEqualTo(schema(fresh));
        assertThat(StoreFixtures.applicationId(stepwise)).isEqualTo(Database.APPLICATION_ID);
    }

    @Test
    void anOlderJournalIsBackedUpThenMigratedAndKeepsItsData() throws Exception {
        Path file = dir.resolve("journal.db");
        makeVersion1Journal(file, 7, "Alte Firma 😀");
        byte[] version1Bytes = Files.readAllBytes(file);
        assertThat(userVersion(file)).as("precondition").isEqualTo(1);

        Path expectedBackup = dir.resolve(backupName("journal.db", ""));
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.migrationBackup()).contains(expectedBackup.toAbsolutePath());
            Prospect old = new ProspectRepository(db).find(7).orElseThrow();
            assertThat(old.name()).isEqualTo("Alte Firma 😀");
            assertThat(old.listPrice()).isEqualByComparingTo("1234.56");
            assertThat(old.notes()).isEqualTo("from version 1");
            Event added = new EventRepository(db).insert(new Event.Discount(0, 7, LocalDate.of(2025, 1, 1),
                    new BigDecimal("12.5"), null, com.dealjournal.model.Response.HELD, null, null, null));
            assertThat(new EventRepository(db).findByProspect(7)).extracting(Event::id).containsExactly(added.id());
        }

        assertThat(siblings(file)).as("next to the migrated journal").containsExactly(backupName("journal.db", ""));
        assertThat(userVersion(file)).isEqualTo(Migrations.LATEST);
        assertThat(schema(file)).extracting(row -> row.split(" ")[1]).contains("events_by_prospect");
        assertThat(expectedBackup).isRegularFile();
        assertThat(userVersion(expectedBackup)).as("the backup is the file as it was").isEqualTo(1);
        assertThat(prospectNames(expectedBackup)).containsExactly("Alte Firma 😀");
        assertThat(schema(expectedBackup)).extracting(row -> row.split(" ")[1])
                .doesNotContain("events_by_prospect");
        assertThat(StoreFixtures.rowCount(expectedBackup, "events")).isZero();
        assertThat(Files.size(expectedBackup)).isEqualTo(version1Bytes.length);
    }

    @Test
    void theBackupOfAPrivateJournalIsPrivateToo() throws Exception {
        assumeTrue(POSIX, "POSIX permissions");
        Path file = dir.resolve("journal.db");
        makeVersion1Journal(file, 1, "Private");

        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            Path backup = db.migrationBackup().orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        }
    }

    @Test
    void aLaterBackupNeverOverwritesAnEarlierOne() throws Exception {
        Path file = dir.resolve("journal.db");
        List<Path> backups = new ArrayList<>();
        List<byte[]> backupBytes = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            Files.deleteIfExists(file);
            makeVersion1Journal(file, round, "Round " + round);
            try (Database db = Database.open(file, Database.Mode.CREATE)) {
                assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
                backups.add(db.migrationBackup().orElseThrow());
            }
            assertThat(siblings(file)).as("round %d leaves only backups next to the journal", round)
                    .allMatch(name -> name.endsWith(".bak"));
            backupBytes.add(Files.readAllBytes(backups.getLast()));
        }

        assertThat(backups).extracting(p -> p.getFileName().toString()).containsExactly(
                backupName("journal.db", ""), backupName("journal.db", "-2"), backupName("journal.db", "-3"));
        for (int round = 1; round <= 3; round++) {
            Path backup = backups.get(round - 1);
            assertThat(prospectNames(backup)).as("backup %s", backup.getFileName()).containsExactly("Round " + round);
            assertThat(Files.readAllBytes(backup)).as("backup %s unchanged since it was made", backup.getFileName())
                    .isEqualTo(backupBytes.get(round - 1));
        }
    }

    @Test
    void aReadOnlyOpenOfAnOlderJournalNeitherMigratesNorBacksUp() throws Exception {
        Path file = dir.resolve("journal.db");
        makeVersion1Journal(file, 3, "Old");
        byte[] before = Files.readAllBytes(file);

        try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
            assertThat(db.schemaVersion()).isEqualTo(1);
            assertThat(db.migrationBackup()).isEmpty();
            assertThat(new ProspectRepository(db).find(3).orElseThrow().name()).isEqualTo("Old");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(siblings(file)).noneMatch(name -> name.endsWith(".bak"));
    }

    @Test
    void aJournalFromANewerVersionIsRefusedAndLeftExactlyAsItWas() throws Exception {
        Path file = dir.resolve("journal.db");
        makeTooNewJournal(file);
        byte[] before = Files.readAllBytes(file);

        JournalOpenException e = refusal(file, Database.Mode.CREATE);

        assertThat(e.problem()).isEqualTo(JournalProblem.TOO_NEW);
        assertThat(e.detail()).isEqualTo(Migrations.LATEST + 1);
        assertThat(Files.readAllBytes(file)).as("the file's bytes").isEqualTo(before);
        assertThat(siblings(file)).as("files created next to the refused journal").isEmpty();
    }

    @Test
    void statementsAreSplitAtSemicolonsThatEndALine() {
        String script = """
                -- a comment line
                CREATE TABLE a (x);

                   -- an indented comment
                CREATE TABLE b (
                    y TEXT CHECK (y IN ('a;', 'b')), -- a semicolon inside, not at the end
                    z INTEGER
                );
                INSERT INTO a VALUES ('one;two');
                """;

        assertThat(Migrations.statements(script)).containsExactly(
                "CREATE TABLE a (x);",
                "CREATE TABLE b (\n    y TEXT CHECK (y IN ('a;', 'b')), -- a semicolon inside, not at the end\n"
                        + "    z INTEGER\n);",
                "INSERT INTO a VALUES ('one;two');");
    }

    @Test
    void statementsAcceptWindowsLineEndings() {
        assertThat(Migrations.statements("-- c\r\nCREATE TABLE a (\r\n x\r\n);\r\nPRAGMA user_version = 1;\r\n"))
                .containsExactly("CREATE TABLE a (\n x\n);", "PRAGMA user_version = 1;");
    }

    @Test
    void aScriptOfOnlyCommentsHasNoStatements() {
        assertThat(Migrations.statements("")).isEmpty();
        assertThat(Migrations.statements("-- nothing\n\n   \n-- here\n")).isEmpty();
    }

    @Test
    void aScriptWhoseLastStatementLacksItsSemicolonIsRefused() {
        assertThatThrownBy(() -> Migrations.statements("CREATE TABLE a (x);\nCREATE TABLE b (y)\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CREATE TABLE b (y)");
    }

    @Test
    void everyMigrationFileIsListedInNumericOrder() throws Exception {
        URL url = Migrations.class.getResource("/db/migration");
        assertThat(url).as("/db/migration on the class path").isNotNull();
        Path folder = Path.of(url.toURI());
        List<String> found;
        try (Stream<Path> files = Files.list(folder)) {
            found = files.map(p -> p.getFileName().toString()).toList();
        }

        assertThat(found).as("every file in db/migration is named V<number>__<name>.sql")
                .allMatch(name -> MIGRATION_NAME.matcher(name).matches());
        List<String> byNumber = found.stream().sorted(Comparator.comparingInt(MigrationsTest::number)).toList();
        assertThat(Migrations.FILES).as("Migrations.FILES against the files in db/migration")
                .containsExactlyElementsOf(byNumber);
        assertThat(byNumber).extracting(MigrationsTest::number)
                .as("numbers run 1, 2, 3... without gaps")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, byNumber.size()).boxed().toList());
        assertThat(Migrations.LATEST).isEqualTo(byNumber.size());
    }

    @Test
    void everyMigrationSplitsIntoStatements() throws Exception {
        for (String name : Migrations.FILES) {
            try (var in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
                assertThat(in).as(name).isNotNull();
                List<String> statements = Migrations.statements(new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
                assertThat(statements).as(name).isNotEmpty().allMatch(sql -> sql.endsWith(";"))
                        .noneMatch(sql -> sql.contains("\n--") || sql.startsWith("--"));
            }
        }
    }

    private static int number(String fileName) {
        Matcher m = MIGRATION_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException(fileName);
        }
        return Integer.parseInt(m.group(1));
    }
}
