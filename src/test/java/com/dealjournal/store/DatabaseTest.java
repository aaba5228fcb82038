package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.POSIX;
import static com.dealjournal.store.StoreFixtures.assertSameValues;
import static com.dealjournal.store.StoreFixtures.fullProspect;
import static com.dealjournal.store.StoreFixtures.makeJournal;
import static com.dealjournal.store.StoreFixtures.named;
import static com.dealjournal.store.StoreFixtures.queryLong;
import static com.dealjournal.store.StoreFixtures.queryString;
import static com.dealjournal.store.StoreFixtures.refusal;
import static com.dealjournal.store.StoreFixtures.rowCount;
import static com.dealjournal.store.StoreFixtures.siblings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aNewPathInFoldersThatDoNotExistYetBecomesAnEmptyJournalAtTheLatestVersion() throws Exception {
        Path file = dir.resolve("not/yet/there/journal.db");

        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.file()).isEqualTo(file.toAbsolutePath());
            assertThat(db.isReadOnly()).isFalse();
            assertThat(db.migrationBackup()).as("a new journal needs no backup").isEmpty();
            assertThat(new ProspectRepository(db).findAll()).isEmpty();
            assertThat(new EventRepository(db).count()).isZero();
        }
        assertThat(file).isRegularFile();
        assertThat(StoreFixtures.applicationId(file)).isEqualTo(Database.APPLICATION_ID);
        assertThat(siblings(file)).as("files next to the closed journal").isEmpty();
    }

    @Test
    void aNewJournalAndTheFoldersMadeForItAreReadableByTheirOwnerOnly() throws Exception {
        assumeTrue(POSIX, "POSIX permissions");
        Path folder = dir.resolve("private");
        Path file = folder.resolve("inner/journal.db");

        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            new ProspectRepository(db).insert(named("secret"));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Kunden Müller & Söhne", "what? #1 100%", "日本"})
    void aJournalInAFolderWithSpacesUnicodeAndUriCharactersOpensInEveryMode(String folder) throws Exception {
        Path file = dir.resolve(folder).resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            new ProspectRepository(db).insert(named("Nordlicht GmbH"));
        }
        try (Database db = Database.open(file, Database.Mode.EXISTING)) {
            new ProspectRepository(db).insert(named("Südwind AG"));
        }
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
            assertThat(new ProspectRepository(db).findAll()).extracting(Prospect::name)
                    .containsExactly("Nordlicht GmbH", "Südwind AG");
        }

        assertThat(Files.readAllBytes(file)).as("read-only leaves the file as it was").isEqualTo(before);
        assertThat(siblings(file)).as("files left beside the journal").isEmpty();
        try (var entries = Files.list(dir)) {
            assertThat(entries).as("nothing created outside the chosen folder").hasSize(1);
        }
    }

    @Test
    void anOpenJournalUsesWalFullSyncForeignKeysAndABusyTimeout() throws Exception {
        try (Database db = Database.open(dir.resolve("journal.db"), Database.Mode.CREATE)) {
            assertThat(db.<String>read(c -> queryString(c, "PRAGMA journal_mode"))).isEqualTo("wal");
            assertThat(db.<Long>read(c -> queryLong(c, "PRAGMA foreign_keys"))).isEqualTo(1);
            assertThat(db.<Long>read(c -> queryLong(c, "PRAGMA synchronous"))).as("FULL").isEqualTo(2);
            assertThat(db.<Long>read(c -> queryLong(c, "PRAGMA busy_timeout"))).isEqualTo(5000);
            assertThat(db.<Long>read(c -> queryLong(c, "PRAGMA application_id"))).isEqualTo(Database.APPLICATION_ID);
        }
    }

    @Test
    void anExistingJournalOpenedAgainHasTheSameSettings() throws Exception {
        Path file = dir.resolve("journal.db");
        makeJournal(file);

        try (Database db = Database.open(file, Database.Mode.EXISTING)) {
            assertThat(db.<String>read(c -> queryString(c, "PRAGMA journal_mode"))).isEqualTo("wal");
            assertThat(db.<Long>read(c -> queryLong(c, "PRAGMA foreign_keys"))).isEqualTo(1);
            assertThat(db.<Long>read(c -> queryLong(c, "PRAGMA synchronous"))).isEqualTo(2);
            assertThat(db.<Long>read(c -> queryLong(c, "PRAGMA busy_timeout"))).isEqualTo(5000);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.Mode.class)
    void reopeningKeepsEverythingThatWasSaved(Database.Mode reopenMode) throws Exception {
        Path file = dir.resolve("journal.db");
        Prospect prospect;
        Event event;
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            prospect = new ProspectRepository(db).insert(fullProspect(ProspectStatus.WON));
            event = new EventRepository(db).insert(new Event.Note(0, prospect.id(), LocalDate.of(2025, 1, 2), "hi"));
        }
        assertThat(siblings(file)).as("a cleanly closed journal leaves no -wal/-shm behind").isEmpty();

        try (Database db = Database.open(file, reopenMode)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.migrationBackup()).isEmpty();
            assertSameValues(new ProspectRepository(db).find(prospect.id()).orElseThrow(), prospect);
            StoreFixtures.assertSameValuesInOrder(new EventRepository(db).findByProspect(prospect.id()), List.of(event));
        }
        assertThat(siblings(file)).filteredOn(name -> name.endsWith(".bak")).isEmpty();
    }

    @Test
    void workThatSucceedsIsCommittedAndVisibleToOtherConnections() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            int inserted = db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO prospects (name, currency) VALUES ('A', 'EUR'), ('B', 'EUR')");
                }
            });

            assertThat(inserted).isEqualTo(2);
            assertThat(rowCount(file, "prospects")).isEqualTo(2);
        }
    }

    @Test
    void workThatThrowsIsRolledBackWholeAndItsExceptionReachesTheCaller() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            ProspectRepository prospects = new ProspectRepository(db);
            prospects.insert(named("Before"));
            IllegalStateException boom = new IllegalStateException("boom");

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO prospects (name, currency) VALUES ('Ghost 1', 'EUR')");
                    s.executeUpdate("INSERT INTO prospects (name, currency) VALUES ('Ghost 2', 'EUR')");
                    s.executeUpdate("DELETE FROM prospects WHERE name = 'Before'");
                }
                throw boom;
            }));

            assertThat(thrown).isSameAs(boom);
            assertThat(prospects.findAll()).extracting(Prospect::name).containsExactly("Before");
            assertThat(rowCount(file, "prospects")).isEqualTo(1);
            prospects.insert(named("After"));
            assertThat(prospects.count()).as("the connection is usable after the rollback").isEqualTo(2);
        }
        assertThat(rowCount(file, "prospects")).as("after reopening").isEqualTo(2);
    }

    @Test
    void workThatFailsInSqlIsRolledBackWholeAndReportedAsAStoreException() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO prospects (name, currency) VALUES ('Ghost', 'EUR')");
                    return s.executeUpdate("INSERT INTO prospects (name, currency) VALUES ('Bad', 'TOOLONG')");
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining(file.toString());

            assertThat(new ProspectRepository(db).count()).isZero();
        }
        assertThat(rowCount(file, "prospects")).isZero();
    }

    /**
     * A write whose work saves through a repository is still one transaction. Today the repository's own
     * write commits the outer transaction early, so what it saved stays when the outer work then fails.
     */
    @Test
    void workThatSavesThroughARepositoryAndThenThrowsLeavesNothing() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            ProspectRepository prospects = new ProspectRepository(db);
            IllegalStateException boom = new IllegalStateException("import failed halfway");

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> db.write(c -> {
                prospects.insert(named("First of an import"));
                prospects.insert(named("Second of an import"));
                throw boom;
            }));

            assertThat(prospects.count()).as("prospects left after the failed write").isZero();
            assertThat(thrown).as("the caller sees the work's own exception").isSameAs(boom);
        }
    }

    @Test
    void readOnlyModeOnAMissingFileIsNotFoundAndCreatesNothing() {
        Path file = dir.resolve("missing/journal.db");

        JournalOpenException e = refusal(file, Database.Mode.READ_ONLY);

        assertThat(e.problem()).isEqualTo(JournalProblem.NOT_FOUND);
        assertThat(e.file()).isEqualTo(file.toAbsolutePath());
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void existingModeOnAMissingFileIsNotFoundAndCreatesNothing() throws Exception {
        Path file = dir.resolve("journal.db");

        JournalOpenException e = refusal(file, Database.Mode.EXISTING);

        assertThat(e.problem()).isEqualTo(JournalProblem.NOT_FOUND);
        assertThat(file).doesNotExist();
        assertThat(StoreFixtures.listing(dir)).isEmpty();
    }

    @Test
    void aReadOnlyDatabaseRefusesEveryWriteAndLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("journal.db");
        makeJournal(file);
        byte[] before = Files.readAllBytes(file);

        try (Database db = Database.open(file, Database.Mode.READ_ONLY)) {
            assertThat(db.isReadOnly()).isTrue();
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            ProspectRepository prospects = new ProspectRepository(db);
            assertThat(prospects.findAll()).extracting(Prospect::name).containsExactly("Acme");

            assertThatThrownBy(() -> db.write(c -> 1)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> prospects.insert(named("New"))).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> prospects.delete(1)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> db.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM prospects");
                }
            })).as("even SQL that writes, run as a read, cannot change the file")
                    .isInstanceOf(StoreException.class);

            assertThat(prospects.count()).isEqualTo(1);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anEmptyFileOpenedToCreateBecomesAJournal() throws Exception {
        Path file = Files.createFile(dir.resolve("journal.db"));

        try (Database db = Database.open(file, Database.Mode.CREATE)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.migrationBackup()).isEmpty();
            new ProspectRepository(db).insert(named("First"));
        }
        assertThat(rowCount(file, "prospects")).isEqualTo(1);
        assertThat(StoreFixtures.applicationId(file)).isEqualTo(Database.APPLICATION_ID);
        assertThat(siblings(file)).as("no .bak for an empty file").isEmpty();
    }

    @Test
    void anEmptyFileOpenedReadOnlyIsNotAJournalAndStaysEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("journal.db"));

        JournalOpenException e = refusal(file, Database.Mode.READ_ONLY);

        assertThat(e.problem()).isEqualTo(JournalProblem.NOT_A_JOURNAL);
        assertThat(Files.size(file)).isZero();
        assertThat(siblings(file)).isEmpty();
    }

    @Test
    void aPathBelowAFileCannotBeCreated() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "just text");

        JournalOpenException e = refusal(notAFolder.resolve("journal.db"), Database.Mode.CREATE);

        assertThat(e.problem()).isEqualTo(JournalProblem.CANNOT_CREATE);
        assertThat(Files.readString(notAFolder)).isEqualTo("just text");
    }
}
