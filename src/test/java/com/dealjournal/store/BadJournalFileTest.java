package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.PAGE_SIZE;
import static com.dealjournal.store.StoreFixtures.POSIX;
import static com.dealjournal.store.StoreFixtures.listing;
import static com.dealjournal.store.StoreFixtures.makeJournal;
import static com.dealjournal.store.StoreFixtures.makeTooNewJournal;
import static com.dealjournal.store.StoreFixtures.named;
import static com.dealjournal.store.StoreFixtures.queryString;
import static com.dealjournal.store.StoreFixtures.refusal;
import static com.dealjournal.store.StoreFixtures.siblings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that are not journals this build can use: each is refused with the exact problem, and left
 * byte for byte as it was, with no file created next to it.
 */
class BadJournalFileTest {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** A real journal of a few hundred prospects and events, made once and copied by the tests that damage it. */
    @TempDir
    static Path shared;
    private static Path bigJournal;

    @TempDir
    Path dir;

    @FunctionalInterface
    interface Maker {
        void make(Path file) throws Exception;
    }

    @BeforeAll
    static void makeBigJournal() throws Exception {
        bigJournal = shared.resolve("big.db");
        try (Database db = Database.open(bigJournal, Database.Mode.CREATE)) {
            ProspectRepository prospects = new ProspectRepository(db);
            EventRepository events = new EventRepository(db);
            for (int i = 0; i < 300; i++) {
                Prospect p = prospects.insert(named("Prospect " + i + " " + "x".repeat(80)));
                events.insert(new Event.FollowUp(0, p.id(), LocalDate.of(2025, 1, 1).plusDays(i), Reply.PUT_OFF,
                        "follow-up " + i + " " + "y".repeat(150)));
            }
        }
        assertThat(siblings(bigJournal)).as("precondition: the journal was closed cleanly").isEmpty();
    }

    static void writeText(Path file) throws Exception {
        Files.writeString(file, "hello, this is not a database");
    }

    static void writeRandomBytes(Path file) throws Exception {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        Files.write(file, bytes);
    }

    static void writeHeaderThenGarbage(Path file) throws Exception {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        System.arraycopy(SQLITE_HEADER, 0, bytes, 0, SQLITE_HEADER.length);
        Files.write(file, bytes);
    }

    static void writeOtherApplicationsDatabase(Path file) throws Exception {
        try (Connection c = StoreFixtures.raw(file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE foo (x)");
            s.executeUpdate("INSERT INTO foo VALUES ('their data')");
        }
    }

    static void writeOtherApplicationsWalDatabase(Path file) throws Exception {
        try (Connection c = StoreFixtures.raw(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.executeUpdate("CREATE TABLE foo (x)");
            s.executeUpdate("INSERT INTO foo VALUES ('their data')");
        }
    }

    /** Copies the big journal and overwrites its pages 3 to 5 with 0x55, as a disk error might. */
    static void writeDamagedJournal(Path file) throws Exception {
        Files.copy(bigJournal, file, StandardCopyOption.REPLACE_EXISTING);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff)).as("page size").isEqualTo(PAGE_SIZE);
        assertThat(bytes.length).as("the journal spans many pages").isGreaterThan(20 * PAGE_SIZE);
        Arrays.fill(bytes, 2 * PAGE_SIZE, 5 * PAGE_SIZE, (byte) 0x55);
        Files.write(file, bytes);
        assertQuickCheckFails(file);
    }

    /** Precondition: SQLite itself finds the damage (checked on a copy, so the file itself is not opened). */
    private static void assertQuickCheckFails(Path file) throws Exception {
        Path probeFolder = Files.createTempDirectory("probe");
        Path probe = probeFolder.resolve("probe.db");
        Files.copy(file, probe);
        try (Connection c = StoreFixtures.raw(probe)) {
            assertThat(queryString(c, "PRAGMA quick_check")).as("quick_check of the damaged copy").isNotEqualTo("ok");
        } finally {
            try (Stream<Path> files = Files.list(probeFolder)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(probeFolder);
        }
    }

    static Stream<Arguments> badFiles() {
        List<Arguments> cases = List.of(
                Arguments.of("a text file", (Maker) BadJournalFileTest::writeText, JournalProblem.NOT_A_DATABASE),
                Arguments.of("4096 random bytes", (Maker) BadJournalFileTest::writeRandomBytes,
                        JournalProblem.NOT_A_DATABASE),
                Arguments.of("the SQLite header, then garbage", (Maker) BadJournalFileTest::writeHeaderThenGarbage,
                        JournalProblem.NOT_A_DATABASE),
                Arguments.of("another application's database",
                        (Maker) BadJournalFileTest::writeOtherApplicationsDatabase, JournalProblem.NOT_A_JOURNAL),
                Arguments.of("another application's WAL database",
                        (Maker) BadJournalFileTest::writeOtherApplicationsWalDatabase, JournalProblem.NOT_A_JOURNAL),
                Arguments.of("a journal from a newer version", (Maker) StoreFixtures::makeTooNewJournal,
                        JournalProblem.TOO_NEW),
                Arguments.of("a damaged journal", (Maker) BadJournalFileTest::writeDamagedJournal,
                        JournalProblem.DAMAGED));
        // CHECK opens a damaged journal on purpose, so that the check can list its damage
        return cases.stream().flatMap(c -> Arrays.stream(Database.Mode.values())
                .filter(mode -> !(mode == Database.Mode.CHECK && c.get()[2] == JournalProblem.DAMAGED))
                .map(mode -> Arguments.of(c.get()[0], c.get()[1], c.get()[2], mode)));
    }

    @Test
    void aDamagedJournalOpensForCheckingOnlyAndTheCheckNamesTheDamage() throws Exception {
        Path file = dir.resolve("journal.db");
        writeDamagedJournal(file);
        byte[] before = Files.readAllBytes(file);

        try (Journal journal = Journal.open(file, Database.Mode.CHECK)) {
            assertThat(journal.check()).isNotEmpty().noneMatch("ok"::equals);
        } catch (StoreException | JournalOpenException e) {
            // the damage may also stop SQLite from reading far enough to list it: that is a failed check too
            assertThat(e).hasMessageContaining("malformed");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(siblings(file)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, opened {3}")
    @MethodSource("badFiles")
    void isRefusedWithTheExactProblemAndLeftByteForByteAsItWas(String what, Maker maker, JournalProblem expected,
            Database.Mode mode) throws Exception {
        Path file = dir.resolve("journal.db");
        maker.make(file);
        byte[] before = Files.readAllBytes(file);

        JournalOpenException e = refusal(file, mode);

        assertThat(e.problem()).isEqualTo(expected);
        assertThat(e.file()).isEqualTo(file.toAbsolutePath());
        assertThat(Files.readAllBytes(file)).as("the file's bytes after the refused open").isEqualTo(before);
        if (expected == JournalProblem.TOO_NEW) {
            assertThat(e.detail()).as("the version the file is at").isEqualTo(Migrations.LATEST + 1);
        }
        if (expected == JournalProblem.DAMAGED) {
            assertThat(e.detail()).as("what SQLite found").isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}, opened {3}")
    @MethodSource("badFiles")
    void aRefusedOpenCreatesNoFileNextToIt(String what, Maker maker, JournalProblem expected, Database.Mode mode)
            throws Exception {
        Path file = dir.resolve("journal.db");
        maker.make(file);
        List<String> before = listing(dir);

        JournalOpenException e = refusal(file, mode);

        assertThat(e.problem()).isEqualTo(expected);
        assertThat(siblings(file)).as("-wal, -shm, -journal or .bak files left next to the refused file")
                .isEmpty();
        assertThat(listing(dir)).isEqualTo(before);
    }

    @Test
    void anEmptyFileOpenedReadOnlyIsNotAJournal() throws Exception {
        Path file = Files.createFile(dir.resolve("journal.db"));

        assertThat(refusal(file, Database.Mode.READ_ONLY).problem()).isEqualTo(JournalProblem.NOT_A_JOURNAL);

        assertThat(Files.size(file)).isZero();
        assertThat(listing(dir)).containsExactly("journal.db");
    }

    @ParameterizedTest
    @EnumSource(Database.Mode.class)
    void aFolderIsRefusedAsAFolderAndLeftAlone(Database.Mode mode) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("journal.db"));
        Files.writeString(folder.resolve("inside.txt"), "keep me");

        JournalOpenException e = refusal(folder, mode);

        assertThat(e.problem()).isEqualTo(JournalProblem.IS_FOLDER);
        assertThat(listing(folder)).containsExactly("inside.txt");
        assertThat(Files.readString(folder.resolve("inside.txt"))).isEqualTo("keep me");
        assertThat(listing(dir)).containsExactly("journal.db");
    }

    @ParameterizedTest
    @EnumSource(value = Database.Mode.class, names = {"CREATE", "EXISTING"})
    void aWriteProtectedJournalIsReadOnlyWhenOpenedForWriting(Database.Mode mode) throws Exception {
        assumeTrue(POSIX, "POSIX permissions");
        Path file = dir.resolve("journal.db");
        makeJournal(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            byte[] before = Files.readAllBytes(file);

            JournalOpenException e = refusal(file, mode);

            assertThat(e.problem()).isEqualTo(JournalProblem.READ_ONLY);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(listing(dir)).containsExactly("journal.db");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void aWriteProtectedJournalCanStillBeOpenedForReading() throws Exception {
        assumeTrue(POSIX, "POSIX permissions");
        Path file = dir.resolve("journal.db");
        makeJournal(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            byte[] before = Files.readAllBytes(file);

            try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
                assertThat(db.isReadOnly()).isTrue();
                assertThat(new ProspectRepository(db).findAll()).extracting(Prospect::name).containsExactly("Acme");
            }

            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.Mode.class, names = {"CREATE", "EXISTING"})
    void aJournalInAWriteProtectedFolderIsReadOnlyWhenOpenedForWriting(Database.Mode mode) throws Exception {
        assumeTrue(POSIX, "POSIX permissions");
        Path folder = Files.createDirectory(dir.resolve("protected"));
        Path file = folder.resolve("journal.db");
        makeJournal(file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            JournalOpenException e = refusal(file, mode);

            assertThat(e.problem()).isEqualTo(JournalProblem.READ_ONLY);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(listing(folder)).as("nothing created in the protected folder").containsExactly("journal.db");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aNewJournalCannotBeCreatedInAWriteProtectedFolder() throws Exception {
        assumeTrue(POSIX, "POSIX permissions");
        Path folder = Files.createDirectory(dir.resolve("protected"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            JournalOpenException e = refusal(folder.resolve("journal.db"), Database.Mode.CREATE);

            assertThat(e.problem()).isEqualTo(JournalProblem.READ_ONLY);
            assertThat(listing(folder)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
