package com.dealjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Prospect;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The journal's backups in the real window: the daily one, File > Back up now…, File > Restore from backup…. */
class BackupsTest extends FxTest {

    private Path backups() {
        return dir.resolve("backups");
    }

    /** The backup the window makes when it opens, with the test's fixed clock. */
    private Path daily() {
        return backups().resolve("journal-2026-11-28T100000.db");
    }

    private String status() {
        return lookup("#status-message").queryAs(Label.class).getText();
    }

    private List<String> backupNames() throws Exception {
        try (Stream<Path> files = Files.list(backups())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> prospectNames(Path file) throws Exception {
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            return journal.prospects().findAll().stream().map(Prospect::name).sorted().toList();
        }
    }

    /** A backup made a week ago, holding one prospect the open journal does not have. */
    private Path weekOldBackup() throws Exception {
        Path backup = backups().resolve("journal-2026-11-21T183000.db");
        try (Journal journal = Journal.open(backup, Database.Mode.CREATE)) {
            journal.prospects().insert(Prospect.named("Nordlicht GmbH", JournalFiles.EUR));
        }
        return backup;
    }

    private Path startedOnThreeProspects() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 3, 1);
        startApp(journal);
        waitUntil(() -> status().startsWith("Journal open and backed up"));
        waitUntil(() -> lookup("#prospect-table").queryTableView().getItems().size() == 3);
        return journal;
    }

    private void fileMenu(String item) {
        clickOn("File");
        clickOn(item);
    }

    @Test
    void openingTheJournalBacksItUpForTheDayAndSaysWhere() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 3, 1);

        startApp(journal);

        waitUntil(() -> status().equals("Journal open and backed up to " + daily() + "."));
        assertThat(lookup("#prospect-table").queryTableView().getItems()).hasSize(3);
        assertThat(backupNames()).containsExactly("journal-2026-11-28T100000.db");
        assertThat(prospectNames(daily())).containsExactly("Prospect 1", "Prospect 2", "Prospect 3");
        assertThat(JournalFiles.queryLong(daily(), "SELECT count(*) FROM events")).isEqualTo(3);
    }

    @Test
    void aDailyBackupThatFailsIsSaidInTheStatusBarAndTheJournalIsOpenAsUsual() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 3, 1);
        Files.writeString(backups(), "a file where the backups folder would be");

        startApp(journal);

        waitUntil(() -> status().startsWith("Today's automatic backup failed: " + backups() + " is a file"));
        assertThat(lookup(".dialog-pane").tryQuery()).as("no dialog in the way").isEmpty();
        waitUntil(() -> lookup("#prospect-table").queryTableView().getItems().size() == 3);
        assertThat(Files.readString(backups())).isEqualTo("a file where the backups folder would be");
    }

    @Test
    void backingUpNowWritesAnotherFileAndTheStatusBarNamesIt() throws Exception {
        startedOnThreeProspects();
        Path second = backups().resolve("journal-2026-11-28T100000_02.db");

        fileMenu("Back up now\u2026");

        waitUntil(() -> status().equals("Backed up to " + second + "."));
        assertThat(backupNames()).containsExactly("journal-2026-11-28T100000.db", "journal-2026-11-28T100000_02.db");
        assertThat(prospectNames(second)).containsExactly("Prospect 1", "Prospect 2", "Prospect 3");
    }

    @Test
    void restoringABackupShowsItsProspectsKeepsThePreviousContentAndForgetsTheOldUndo() throws Exception {
        Path journal = startedOnThreeProspects();
        Path backup = weekOldBackup();
        // a change that Ctrl+Z could undo, made to the content about to be replaced
        clickOn("Prospect 2");
        key(KeyCode.DELETE);
        waitUntil(() -> lookup(".confirm").tryQuery().isPresent());
        clickDialogButton("confirm", "Delete");
        waitUntil(() -> JournalFiles.queryLong(journal, "SELECT count(*) FROM prospects") == 2);
        waitUntil(() -> !lookup("#undo").queryButton().isDisabled());
        chosenFiles.add(backup);

        fileMenu("Restore from backup\u2026");

        assertThat(backupFolders).containsExactly(backups());
        waitUntil(() -> lookup(".confirm").tryQuery().isPresent());
        String question = lookup(".confirm").queryAs(DialogPane.class).getContentText();
        assertThat(question).contains(backup.toString(), "Nov 21, 2026", "holds one prospect",
                "2 prospects with their events", "first backed up into " + backups());
        clickDialogButton("confirm", "Restore");

        waitUntil(() -> lookup("#prospect-table").queryTableView().getItems().size() == 1);
        assertThat(lookup("Nordlicht GmbH").tryQuery()).isPresent();
        Path before = backups().resolve("journal-2026-11-28T100000_02.db");
        waitUntil(() -> status().startsWith("Restored the backup of Nov 21, 2026"));
        assertThat(status()).endsWith("The journal as it was before is kept at " + before + ".");
        assertThat(prospectNames(journal)).containsExactly("Nordlicht GmbH");
        assertThat(JournalFiles.queryLong(journal, "SELECT count(*) FROM events")).isZero();
        assertThat(prospectNames(before)).containsExactly("Prospect 1", "Prospect 3");

        assertThat(lookup("#undo").queryButton().isDisabled()).as("nothing of the old content to undo").isTrue();
        clickOn("Nordlicht GmbH");
        key(KeyCode.CONTROL, KeyCode.Z);
        fileMenu("Back up now\u2026"); // runs after anything Ctrl+Z started, on the journal's one thread
        Path third = backups().resolve("journal-2026-11-28T100000_03.db");
        waitUntil(() -> status().equals("Backed up to " + third + "."));
        assertThat(prospectNames(journal)).containsExactly("Nordlicht GmbH");
        assertThat(prospectNames(third)).containsExactly("Nordlicht GmbH");
    }

    @Test
    void cancellingTheQuestionChangesNothing() throws Exception {
        Path journal = startedOnThreeProspects();
        Path backup = weekOldBackup();
        byte[] backupBytes = JournalFiles.bytes(backup);
        chosenFiles.add(backup);

        fileMenu("Restore from backup\u2026");
        waitUntil(() -> lookup(".confirm").tryQuery().isPresent());
        clickDialogButton("confirm", "Cancel");

        waitUntil(() -> lookup(".confirm").tryQuery().isEmpty());
        assertThat(lookup("#prospect-table").queryTableView().getItems()).hasSize(3);
        assertThat(prospectNames(journal)).containsExactly("Prospect 1", "Prospect 2", "Prospect 3");
        assertThat(backupNames()).as("no backup made for a restore that did not happen")
                .containsExactly("journal-2026-11-21T183000.db", "journal-2026-11-28T100000.db");
        assertThat(JournalFiles.bytes(backup)).isEqualTo(backupBytes);
    }

    @Test
    void aFileThatIsNoJournalIsRefusedWithoutAQuestionAndNothingChanges() throws Exception {
        Path journal = startedOnThreeProspects();
        Path notes = JournalFiles.textFile(backups().resolve("notes.db"));
        byte[] notesBytes = JournalFiles.bytes(notes);
        chosenFiles.add(notes);

        fileMenu("Restore from backup\u2026");

        waitUntil(() -> lookup(".backup-refused").tryQuery().isPresent());
        DialogPane dialog = lookup(".backup-refused").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("This backup cannot be restored");
        assertThat(dialog.getContentText()).contains(notes.toString(), "not an SQLite database",
                "Your journal was not changed.");
        assertThat(lookup(".confirm").tryQuery()).isEmpty();
        clickOn("OK");

        assertThat(lookup("#prospect-table").queryTableView().getItems()).hasSize(3);
        assertThat(prospectNames(journal)).containsExactly("Prospect 1", "Prospect 2", "Prospect 3");
        assertThat(backupNames()).containsExactly("journal-2026-11-28T100000.db", "notes.db");
        assertThat(JournalFiles.bytes(notes)).isEqualTo(notesBytes);
    }
}
