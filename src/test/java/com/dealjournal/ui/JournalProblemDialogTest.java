package com.dealjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.Migrations;
import com.dealjournal.testing.JournalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A journal that cannot be opened: the window names the file and the problem, offers a way on, touches nothing. */
class JournalProblemDialogTest extends FxTest {

    @Test
    void aFileThatIsNoDatabaseIsNamedInADialogAndQuitClosesTheWindow() throws Exception {
        Path text = JournalFiles.textFile(dir.resolve("notes.db"));
        byte[] before = JournalFiles.bytes(text);

        startApp(text);
        waitUntil(() -> lookup(".journal-problem").tryQuery().isPresent());

        DialogPane dialog = lookup(".journal-problem").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("This journal cannot be opened");
        assertThat(dialog.getContentText()).contains(text.toString(), "not an SQLite database", "left untouched");

        clickOn("Quit");
        waitUntil(() -> !stage.isShowing());
        assertThat(JournalFiles.bytes(text)).isEqualTo(before);
        assertThat(dir.resolve("notes.db-wal")).doesNotExist();
    }

    @Test
    void aJournalFoundDamagedAfterItIsShownIsClosedNamedInADialogAndNeitherWrittenNorBackedUp() throws Exception {
        Path damaged = JournalFiles.withDamagedIndex(dir.resolve("damaged.db"));
        byte[] before = JournalFiles.bytes(damaged);

        startApp(damaged);
        waitUntil(() -> lookup(".journal-problem").tryQuery().isPresent());

        DialogPane dialog = lookup(".journal-problem").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(damaged.toString(), "is damaged", "left untouched");
        assertThat(stage.getTitle()).isEqualTo("Deal Journal");
        clickOn("Quit");
        waitUntil(() -> !stage.isShowing());
        assertThat(JournalFiles.bytes(damaged)).isEqualTo(before);
        assertThat(dir.resolve("backups")).as("no daily backup of a damaged journal").doesNotExist();
        waitUntil(() -> Files.notExists(dir.resolve("damaged.db.lock")));
    }

    @Test
    void openingAnotherJournalFromTheDialogShowsThatJournal() throws Exception {
        Path future = JournalFiles.tooNewJournal(dir.resolve("future.db"), Migrations.LATEST + 1);
        byte[] before = JournalFiles.bytes(future);
        Path good = JournalFiles.journalWith(dir.resolve("good.db"), 2, 1);
        chosenFiles.add(good);

        startApp(future);
        waitUntil(() -> lookup(".journal-problem").tryQuery().isPresent());
        assertThat(lookup(".journal-problem").queryAs(DialogPane.class).getContentText())
                .contains(future.toString(), "newer version of Deal Journal");

        clickOn("Open another journal\u2026");

        waitUntil(() -> stage.getTitle().endsWith(good.toString()));
        waitUntil(() -> lookup("#prospect-table").queryTableView().getItems().size() == 2);
        assertThat(JournalFiles.bytes(future)).isEqualTo(before);
    }

    @Test
    void aJournalAnotherWindowIsWritingIsNamedAndAnotherCanBeOpenedInstead() throws Exception {
        Path busy = JournalFiles.journalWith(dir.resolve("busy.db"), 1, 0);
        Path good = JournalFiles.journalWith(dir.resolve("good.db"), 2, 1);
        chosenFiles.add(good);
        // another window (here: another writer in this process) has the journal open
        try (Journal otherWindow = Journal.open(busy, Database.Mode.EXISTING)) {
            startApp(busy);
            waitUntil(() -> lookup(".journal-problem").tryQuery().isPresent());
            assertThat(lookup(".journal-problem").queryAs(DialogPane.class).getContentText())
                    .contains(busy.toString(), "open in another Deal Journal window");

            clickOn("Open another journal\u2026");

            waitUntil(() -> stage.getTitle().endsWith(good.toString()));
            waitUntil(() -> lookup("#prospect-table").queryTableView().getItems().size() == 2);
            otherWindow.prospects().insert(com.dealjournal.model.Prospect.named("Still writable there",
                    JournalFiles.EUR));
        }
        assertThat(JournalFiles.queryLong(busy, "SELECT count(*) FROM prospects")).isEqualTo(2);
    }

    @Test
    void openingTheJournalThatIsAlreadyOpenKeepsItAndSaysSo() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 2, 0);
        chosenFiles.add(journal);
        startApp(journal);
        waitUntil(() -> lookup("#prospect-table").queryTableView().getItems().size() == 2);

        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        waitUntil(() -> lookup("#status-message").queryLabeled().getText().contains("already open in this window"));
        assertThat(lookup(".journal-problem").tryQuery()).isEmpty();
        assertThat(lookup("#prospect-table").queryTableView().getItems()).hasSize(2);
    }

    @Test
    void aReadOnlyJournalChosenFromTheMenuKeepsTheOpenOne() throws Exception {
        Path good = dir.resolve("good.db");
        Path readOnly = JournalFiles.journalWith(dir.resolve("readonly.db"), 1, 0);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = JournalFiles.bytes(readOnly);
        chosenFiles.add(readOnly);

        startApp(good);
        waitUntil(() -> stage.getTitle().endsWith(good.toString()));
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntil(() -> lookup(".journal-problem").tryQuery().isPresent());
        assertThat(lookup(".journal-problem").queryAs(DialogPane.class).getContentText())
                .contains(readOnly.toString(), "read-only");

        clickOn("Keep the current journal");

        waitUntil(() -> lookup(".journal-problem").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).endsWith(good.toString());
        assertThat(JournalFiles.bytes(readOnly)).isEqualTo(before);
    }

    @Test
    void anOlderJournalIsMigratedAndTheStatusBarNamesItsBackup() throws Exception {
        Path journal = JournalFiles.version1Journal(dir.resolve("journal.db"), "Nordlicht GmbH");
        Path backup = dir.resolve("journal.db.before-v" + Migrations.LATEST + ".bak");

        startApp(journal);

        waitUntil(() -> lookup("#status-message").queryAs(Label.class).getText().contains(backup.toString()));
        assertThat(lookup("#status-message").queryAs(Label.class).getText())
                .startsWith("Updated the journal to version " + Migrations.LATEST);
        assertThat(JournalFiles.queryLong(journal, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
        assertThat(JournalFiles.queryLong(backup, "PRAGMA user_version")).isEqualTo(1);
        assertThat(JournalFiles.queryLong(backup, "SELECT count(*) FROM prospects WHERE name = 'Nordlicht GmbH'"))
                .isEqualTo(1);
        assertThat(JournalFiles.queryLong(journal, "SELECT count(*) FROM prospects WHERE name = 'Nordlicht GmbH'"))
                .isEqualTo(1);
    }
}
