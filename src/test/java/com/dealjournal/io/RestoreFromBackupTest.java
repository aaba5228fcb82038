package com.dealjournal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.model.Prospect;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import com.dealjournal.store.JournalProblem;
import com.dealjournal.store.Migrations;
import com.dealjournal.testing.JournalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Restoring a journal's content from a backup: checked first, the current content kept, then replaced whole. */
class RestoreFromBackupTest {

    private static final RollingBackups DAY_ONE = new RollingBackups(clockAt("2026-11-27T09:00:00"));
    private static final RollingBackups DAY_TWO = new RollingBackups(clockAt("2026-11-28T10:00:00"));

    @TempDir
    Path dir;

    private static Clock clockAt(String time) {
        return Clock.fixed(LocalDateTime.parse(time).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static List<String> names(Path file) {
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            return journal.prospects().findAll().stream().map(Prospect::name).sorted().toList();
        } catch (JournalOpenException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void restoringReplacesTheContentAndFirstKeepsTheContentAsItWas() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("journal.db"), 2, 1);
        Path backup;
        Path before;
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            backup = DAY_ONE.backUpNow(journal);
            journal.prospects().insert(Prospect.named("Added after the backup", JournalFiles.EUR));
            journal.prospects().delete(journal.prospects().findAll().stream()
                    .filter(p -> p.name().equals("Prospect 1")).findFirst().orElseThrow().id());
            byte[] backupBytes = JournalFiles.bytes(backup);

            before = DAY_TWO.restore(journal, backup);

            assertThat(journal.prospects().findAll()).extracting(Prospect::name)
                    .containsExactly("Prospect 1", "Prospect 2");
            assertThat(journal.events().count()).isEqualTo(2);
            assertThat(JournalFiles.bytes(backup)).as("the backup restored from is only read").isEqualTo(backupBytes);
            journal.prospects().insert(Prospect.named("Logged after the restore", JournalFiles.EUR));
        }

        assertThat(before).isEqualTo(dir.resolve("backups/journal-2026-11-28T100000.db"));
        assertThat(names(before)).containsExactly("Added after the backup", "Prospect 2");
        assertThat(names(file)).containsExactly("Logged after the restore", "Prospect 1", "Prospect 2");
        assertThat(JournalFiles.queryLong(file, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
        try (Journal reopened = Journal.open(file, Database.Mode.EXISTING)) {
            assertThat(reopened.check()).isEmpty();
        }
        assertThat(listing(dir)).as("nothing of the restore's work left beside the journal")
                .containsExactly("backups", "journal.db");
        assertThat(listing(dir.resolve("backups")))
                .containsExactly("journal-2026-11-27T090000.db", "journal-2026-11-28T100000.db");
    }

    @Test
    void aBackupAtAnOlderSchemaIsRestoredAndMigratedSoTheJournalKeepsWorking() throws Exception {
        Path old = JournalFiles.version1Journal(dir.resolve("journal.db.before-v2.bak"), "From version one");
        byte[] oldBytes = JournalFiles.bytes(old);
        Path file = JournalFiles.journalWith(dir.resolve("journal.db"), 1, 0);
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            DAY_TWO.restore(journal, old);

            assertThat(journal.prospects().findAll()).extracting(Prospect::name).containsExactly("From version one");
            journal.settings().setChaseLimit(4); // the settings table came with version 3
            assertThat(journal.settings().chaseLimit()).isEqualTo(4);
        }
        assertThat(JournalFiles.queryLong(file, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM month_notes")).isZero();
        assertThat(JournalFiles.bytes(old)).as("the old backup itself is not migrated").isEqualTo(oldBytes);
        try (Journal reopened = Journal.open(file, Database.Mode.EXISTING)) {
            assertThat(reopened.check()).isEmpty();
            assertThat(reopened.migrationBackup()).as("already at the latest version").isEmpty();
        }
    }

    enum BadBackup {
        TEXT(JournalProblem.NOT_A_DATABASE) {
            @Override
            void make(Path file) {
                JournalFiles.textFile(file);
            }
        },
        OTHER_APPLICATION(JournalProblem.NOT_A_JOURNAL) {
            @Override
            void make(Path file) {
                JournalFiles.sql(file, "CREATE TABLE songs (title TEXT)");
            }
        },
        EMPTY_DATABASE(JournalProblem.NOT_A_JOURNAL) {
            @Override
            void make(Path file) {
                JournalFiles.sql(file, "CREATE TABLE gone (x)"); // an SQLite header, and no table left in it
                JournalFiles.sql(file, "DROP TABLE gone");
            }
        },
        NEWER_SCHEMA(JournalProblem.TOO_NEW) {
            @Override
            void make(Path file) {
                JournalFiles.tooNewJournal(file, Migrations.LATEST + 1);
            }
        };

        final JournalProblem problem;

        BadBackup(JournalProblem problem) {
            this.problem = problem;
        }

        abstract void make(Path file);
    }

    @ParameterizedTest
    @EnumSource(BadBackup.class)
    void aFileThatIsNoUsableJournalIsRefusedAndNothingChanges(BadBackup bad) throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("journal.db"), 2, 0);
        Path folder = Files.createDirectories(dir.resolve("elsewhere"));
        Path chosen = folder.resolve("backup.db");
        bad.make(chosen);
        byte[] chosenBytes = JournalFiles.bytes(chosen);
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            DAY_ONE.backUpNow(journal);

            assertThatThrownBy(() -> DAY_TWO.describe(chosen)).isInstanceOf(JournalOpenException.class);
            assertThatThrownBy(() -> DAY_TWO.restore(journal, chosen))
                    .isInstanceOfSatisfying(JournalOpenException.class, e -> {
                        assertThat(e.problem()).isEqualTo(bad.problem);
                        assertThat(e.file()).isEqualTo(chosen.toAbsolutePath());
                    });

            assertThat(journal.prospects().findAll()).extracting(Prospect::name)
                    .containsExactly("Prospect 1", "Prospect 2");
        }
        assertThat(names(file)).containsExactly("Prospect 1", "Prospect 2");
        assertThat(listing(dir.resolve("backups"))).as("no backup made for a restore that was refused")
                .containsExactly("journal-2026-11-27T090000.db");
        assertThat(listing(dir)).containsExactly("backups", "elsewhere", "journal.db");
        assertThat(listing(folder)).as("nothing created beside the refused file").containsExactly("backup.db");
        assertThat(JournalFiles.bytes(chosen)).isEqualTo(chosenBytes);
    }

    @Test
    void theQuestionBeforeRestoringNamesWhenTheBackupWasMadeAndHowManyProspectsItHolds() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("journal.db"), 3, 0);
        Path backup;
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            backup = DAY_ONE.backUpNow(journal);
        }

        assertThat(DAY_TWO.describe(backup)).isEqualTo(new RollingBackups.BackupInfo(backup,
                LocalDateTime.parse("2026-11-27T09:00:00"), 3));

        Path copied = Files.copy(backup, dir.resolve("copied by hand.db"));
        Files.setLastModifiedTime(copied, FileTime.from(LocalDateTime.parse("2026-10-01T08:30:00")
                .toInstant(ZoneOffset.UTC)));
        assertThat(DAY_TWO.describe(copied).madeAt()).as("a name without a time: the file's own date")
                .isEqualTo(LocalDateTime.parse("2026-10-01T08:30:00"));
    }
}
