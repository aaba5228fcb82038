package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.model.Prospect;
import com.dealjournal.testing.JournalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window opens its journal without first reading the whole file through SQLite's quick check; the check
 * follows, and nothing is written to the file before it has passed.
 */
class DeferredCheckTest {

    @TempDir
    Path dir;

    @Test
    void aDamagedJournalOpensForReadingButFailsItsCheckAndTakesNoWrite() throws Exception {
        Path file = JournalFiles.withDamagedIndex(dir.resolve("journal.db"));
        byte[] before = Files.readAllBytes(file);

        try (Journal journal = Journal.openVerifyingLater(file, Database.Mode.EXISTING)) {
            assertThat(journal.prospects().summaries()).as("the list does not read the damaged index").hasSize(40);

            assertThatThrownBy(journal::verify).isInstanceOfSatisfying(JournalOpenException.class, e -> {
                assertThat(e.problem()).isEqualTo(JournalProblem.DAMAGED);
                assertThat(e.detail()).as("what SQLite found").isNotNull();
            });
            assertThatThrownBy(() -> journal.prospects().insert(Prospect.named("New", JournalFiles.EUR)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("DAMAGED");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theFirstWriteRunsTheCheckThatWasLeftForLater() throws Exception {
        Path file = JournalFiles.withDamagedIndex(dir.resolve("journal.db"));
        byte[] before = Files.readAllBytes(file);

        try (Journal journal = Journal.openVerifyingLater(file, Database.Mode.EXISTING)) {
            assertThatThrownBy(() -> journal.prospects().insert(Prospect.named("New", JournalFiles.EUR)))
                    .isInstanceOf(StoreException.class).hasCauseInstanceOf(JournalOpenException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSoundJournalPassesItsCheckAndIsWrittenAsEver() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("journal.db"), 3, 2);

        try (Journal journal = Journal.openVerifyingLater(file, Database.Mode.EXISTING)) {
            journal.verify();
            journal.prospects().insert(Prospect.named("New", JournalFiles.EUR));
        }
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects")).isEqualTo(4);
    }

    @Test
    void theOrdinaryOpenStillRefusesADamagedJournalAtOnce() throws Exception {
        Path file = JournalFiles.withDamagedIndex(dir.resolve("journal.db"));

        assertThatThrownBy(() -> Journal.open(file, Database.Mode.EXISTING))
                .isInstanceOfSatisfying(JournalOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(JournalProblem.DAMAGED));
    }

    @Test
    void aJournalThatMustBeMigratedIsCheckedBeforeTheMigrationWritesToIt() throws Exception {
        Path file = JournalFiles.version1Journal(dir.resolve("old.db"), "Old prospect");
        long page = JournalFiles.queryLong(file, "SELECT rootpage FROM sqlite_schema WHERE name = 'events'");
        long pageSize = JournalFiles.queryLong(file, "PRAGMA page_size");
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, (int) ((page - 1) * pageSize), (int) (page * pageSize), (byte) 0x55);
        Files.write(file, bytes);

        assertThatThrownBy(() -> Journal.openVerifyingLater(file, Database.Mode.EXISTING))
                .isInstanceOfSatisfying(JournalOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(JournalProblem.DAMAGED));
        assertThat(Files.readAllBytes(file)).as("not migrated, not backed up").isEqualTo(bytes);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("old.db");
        }
    }
}
