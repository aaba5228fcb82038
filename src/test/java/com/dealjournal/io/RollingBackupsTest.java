package com.dealjournal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.dealjournal.model.Prospect;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.Migrations;
import com.dealjournal.testing.JournalFiles;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup and pruning in {@code backups/} beside a real journal file. */
class RollingBackupsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private static RollingBackups at(String localDateTime) {
        return new RollingBackups(Clock.fixed(LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant(), BERLIN));
    }

    private Path journal() {
        return JournalFiles.journalWith(dir.resolve("journal.db"), 3, 2);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFirstOpenOfTheDayMakesABackupThatIsAJournalWithTheSameRows() throws Exception {
        Path file = journal();
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            journal.prospects().insert(Prospect.named("Added while open", JournalFiles.EUR));

            Optional<Path> backup = at("2026-11-28T10:15:02").backUpIfNoneToday(journal);

            Path expected = dir.resolve("backups").resolve("journal-2026-11-28T101502.db");
            assertThat(backup).contains(expected);
        }
        Path backup = dir.resolve("backups/journal-2026-11-28T101502.db");
        assertThat(names(dir.resolve("backups"))).containsExactly("journal-2026-11-28T101502.db");
        assertThat(JournalFiles.queryLong(backup, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
        assertThat(JournalFiles.queryLong(backup, "SELECT count(*) FROM prospects")).isEqualTo(4);
        assertThat(JournalFiles.queryLong(backup, "SELECT count(*) FROM events")).isEqualTo(6);
        assertThat(JournalFiles.queryLong(backup,
                "SELECT count(*) FROM prospects WHERE name = 'Added while open'")).isEqualTo(1);
        try (Journal reopened = Journal.open(backup, Database.Mode.READ_ONLY)) {
            assertThat(reopened.check()).as("the backup passes SQLite's checks").isEmpty();
        }
    }

    @Test
    void theBackupsFolderIsMadeReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        try (Journal journal = Journal.open(journal(), Database.Mode.EXISTING)) {
            at("2026-11-28T10:15:02").backUpIfNoneToday(journal);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("backups"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("backups/journal-2026-11-28T101502.db")))).isEqualTo("rw-------");
    }

    @Test
    void aSecondOpenTheSameDayMakesNoneAndTheNextDayMakesAnother() throws Exception {
        Path file = journal();
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            assertThat(at("2026-11-28T08:00:00").backUpIfNoneToday(journal)).isPresent();
        }
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            assertThat(at("2026-11-28T23:59:59").backUpIfNoneToday(journal)).isEmpty();
        }
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            assertThat(at("2026-11-29T00:00:01").backUpIfNoneToday(journal))
                    .contains(dir.resolve("backups/journal-2026-11-29T000001.db"));
        }
        assertThat(names(dir.resolve("backups")))
                .containsExactly("journal-2026-11-28T080000.db", "journal-2026-11-29T000001.db");
    }

    @Test
    void todayIsTheClocksLocalDateNotUtcs() throws Exception {
        try (Journal journal = Journal.open(journal(), Database.Mode.EXISTING)) {
            // 00:30 on the 29th in Berlin is still the 28th in UTC: by UTC's date there would be a backup of "today"
            at("2026-11-28T23:30:00").backUpIfNoneToday(journal);
            assertThat(at("2026-11-29T00:30:00").backUpIfNoneToday(journal))
                    .contains(dir.resolve("backups/journal-2026-11-29T003000.db"));
        }
    }

    @Test
    void backingUpNowIgnoresTheDayAndTwoInOneSecondBothKeepTheirNamesInTimeOrder() throws Exception {
        RollingBackups backups = at("2026-11-28T10:00:00");
        try (Journal journal = Journal.open(journal(), Database.Mode.EXISTING)) {
            backups.backUpIfNoneToday(journal);
            Path second = backups.backUpNow(journal);
            journal.prospects().insert(Prospect.named("Fourth", JournalFiles.EUR));
            Path third = backups.backUpNow(journal);

            assertThat(second.getFileName()).hasToString("journal-2026-11-28T100000_02.db");
            assertThat(third.getFileName()).hasToString("journal-2026-11-28T100000_03.db");
            assertThat(backups.backupsOf(journal.file())).as("sorted by name, the newest last")
                    .last().isEqualTo(third);
        }
        assertThat(JournalFiles.queryLong(dir.resolve("backups/journal-2026-11-28T100000_03.db"),
                "SELECT count(*) FROM prospects")).isEqualTo(4);
    }

    @Test
    void pruningKeepsExactlyTheNewestNAndLeavesOtherFilesAlone() throws Exception {
        Path file = journal();
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        List<String> others = List.of("notes.txt", "journal-old-2026-01-01T000000.db", "journal-2026-01-01.db",
                "other-2026-01-01T000000.db", "journal-2026-01-01T000000.db.bak");
        for (String other : others) {
            Files.writeString(folder.resolve(other), "not a backup of journal.db");
        }
        Files.createDirectory(folder.resolve("journal-2026-01-02T000000.db")); // a folder, however it is named
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            journal.settings().setBackupsKept(3);
            for (int day = 1; day <= 5; day++) {
                at("2026-11-0" + day + "T09:00:00").backUpIfNoneToday(journal);
            }
        }

        assertThat(names(folder)).containsExactlyInAnyOrder("notes.txt", "journal-old-2026-01-01T000000.db",
                "journal-2026-01-01.db", "other-2026-01-01T000000.db", "journal-2026-01-01T000000.db.bak",
                "journal-2026-01-02T000000.db",
                "journal-2026-11-03T090000.db", "journal-2026-11-04T090000.db", "journal-2026-11-05T090000.db");
        for (String other : others) {
            assertThat(Files.readString(folder.resolve(other))).isEqualTo("not a backup of journal.db");
        }
    }

    @Test
    void withoutASettingSevenAreKept() throws Exception {
        try (Journal journal = Journal.open(journal(), Database.Mode.EXISTING)) {
            assertThat(journal.settings().backupsKept()).isEqualTo(7);
            for (int day = 1; day <= 9; day++) {
                at("2026-11-%02dT09:00:00".formatted(day)).backUpIfNoneToday(journal);
            }
        }
        assertThat(names(dir.resolve("backups"))).hasSize(7)
                .first().isEqualTo("journal-2026-11-03T090000.db");
    }

    @Test
    void aNumberKeptThatWasEditedIntoNonsenseKeepsSeven() throws Exception {
        Path file = journal();
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            journal.settings().setBackupsKept(2);
        }
        JournalFiles.sql(file, "UPDATE settings SET value = 'a few' WHERE key = 'backups_kept'");
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            for (int day = 1; day <= 8; day++) {
                at("2026-11-%02dT09:00:00".formatted(day)).backUpIfNoneToday(journal);
            }
        }
        assertThat(names(dir.resolve("backups"))).hasSize(7);
    }

    @Test
    void twoJournalsInOneFolderKeepTheirOwnBackups() throws Exception {
        Path other = JournalFiles.journalWith(dir.resolve("journal-2025.db"), 1, 0);
        try (Journal journal = Journal.open(journal(), Database.Mode.EXISTING);
             Journal old = Journal.open(other, Database.Mode.EXISTING)) {
            journal.settings().setBackupsKept(1);
            old.settings().setBackupsKept(1);
            at("2026-11-01T09:00:00").backUpIfNoneToday(old);
            at("2026-11-01T09:00:00").backUpIfNoneToday(journal);
            at("2026-11-02T09:00:00").backUpIfNoneToday(journal);
            assertThat(at("2026-11-02T10:00:00").backUpIfNoneToday(old)).as("journal's backup is not old's")
                    .isPresent();
        }
        assertThat(names(dir.resolve("backups")))
                .containsExactly("journal-2025-2026-11-02T100000.db", "journal-2026-11-02T090000.db");
    }
}
