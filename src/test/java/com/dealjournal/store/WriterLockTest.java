package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.named;
import static com.dealjournal.store.StoreFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.testing.JournalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per journal: a second writer is refused cleanly, readers are not. */
class WriterLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedNamingTheFileAndNothingChanges() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("j.db"), 2, 1);
        try (Database first = Database.open(file, Database.Mode.EXISTING)) {
            assertThat(first.isReadOnly()).isFalse();
            for (Database.Mode mode : new Database.Mode[] {Database.Mode.EXISTING, Database.Mode.CREATE}) {
                JournalOpenException e = refusal(file, mode);
                assertThat(e.problem()).isEqualTo(JournalProblem.OPEN_ELSEWHERE);
                assertThat(e.file()).isEqualTo(file.toAbsolutePath());
            }
            assertThat(StoreFixtures.rowCount(file, "prospects")).isEqualTo(2);
        }
    }

    @Test
    void readersOpenWhileTheWriterHasItAndSeeItsCommittedRows() throws Exception {
        Path file = dir.resolve("j.db");
        try (Journal writer = Journal.open(file, Database.Mode.CREATE)) {
            writer.prospects().insert(named("Written while open"));
            try (Journal reader = Journal.open(file, Database.Mode.READ_ONLY)) {
                assertThat(reader.prospects().findAll()).extracting(p -> p.name()).containsExactly("Written while open");
            }
        }
    }

    @Test
    void closingTheWriterFreesTheJournalAndLeavesNoLockFile() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("j.db"), 1, 0);
        Path lockFile = dir.resolve("j.db.lock");
        try (Database first = Database.open(file, Database.Mode.EXISTING)) {
            assertThat(lockFile).exists();
        }
        assertThat(lockFile).doesNotExist();
        try (Journal second = Journal.open(file, Database.Mode.EXISTING)) {
            second.prospects().insert(named("After the first closed"));
        }
        assertThat(StoreFixtures.rowCount(file, "prospects")).isEqualTo(2);
    }

    @Test
    void aLockFileLeftByAProcessThatDiedIsTakenOver() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("j.db"), 1, 0);
        // a killed writer leaves its lock file, naming a process that no longer runs
        long pid = ProcessHandle.current().pid();
        Files.writeString(dir.resolve("j.db.lock"), "pid 2147483646 started 2026-11-28T09:00:00Z\n");
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            journal.prospects().insert(named("Despite the stale lock file"));
        }
        // a living process of the same id, started at another time, is not the one that wrote it
        Files.writeString(dir.resolve("j.db.lock"), "pid " + pid + " started 2001-01-01T00:00:00Z\n");
        try (Journal journal = Journal.open(file, Database.Mode.EXISTING)) {
            journal.prospects().insert(named("Despite the stale lock file"));
        }
        assertThat(StoreFixtures.rowCount(file, "prospects")).isEqualTo(3);
        assertThat(dir.resolve("j.db.lock")).doesNotExist();
    }

    @Test
    void aLockFileOfAnotherLivingProcessIsRespected() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("j.db"), 1, 0);
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        String lock = "pid " + parent.pid() + " started " + parent.info().startInstant().orElseThrow() + "\n";
        Files.writeString(dir.resolve("j.db.lock"), lock);

        assertThat(refusal(file, Database.Mode.EXISTING).problem()).isEqualTo(JournalProblem.OPEN_ELSEWHERE);
        assertThat(Files.readString(dir.resolve("j.db.lock"))).isEqualTo(lock);
    }

    @Test
    void aRefusedFileGetsNoLockFileBesideIt() throws Exception {
        Path text = JournalFiles.textFile(dir.resolve("notes.db"));
        assertThat(refusal(text, Database.Mode.EXISTING).problem()).isEqualTo(JournalProblem.NOT_A_DATABASE);
        assertThat(StoreFixtures.siblings(text)).isEmpty();
    }
}
