package com.dealjournal.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** File > Import and File > Export in the real window: the preview first, then the list and the file. */
class ImportExportFlowTest extends FxTest {

    private static final String PROSPECTS = "id,name,company,status,closed_on\r\n"
            + "a,Imported Anna,Nordlicht,OPEN,\r\n"
            + "b,Imported Bernd,,LOST,2026-03-01\r\n";
    private static final String EVENTS = "prospect_id,date,type,response,note\r\n"
            + "a,2026-01-10,DISCOUNT,HELD,\r\n"
            + "a,2026-01-11,NOTE,,first call\r\n"
            + "b,2026-02-10,FOLLOW_UP,,\r\n";

    private Path csvPair(String prospects) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("import"));
        Files.writeString(folder.resolve("prospects.csv"), prospects);
        Files.writeString(folder.resolve("events.csv"), EVENTS);
        return folder;
    }

    private void chooseFromFileMenu(String item) {
        clickOn("File");
        clickOn(item);
    }

    private int listed() {
        return lookup("#prospect-table").queryTableView().getItems().size();
    }

    private String status() {
        return lookup("#status-message").queryLabeled().getText();
    }

    @Test
    void anImportIsPreviewedAndThenAddedToTheListAndTheFile() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        chosenFiles.add(csvPair(PROSPECTS));
        startApp(journal);
        waitUntil(() -> listed() == 4);

        chooseFromFileMenu("Import from CSV folder\u2026");

        waitUntil(() -> lookup(".import-preview").tryQuery().isPresent());
        DialogPane preview = lookup(".import-preview").queryAs(DialogPane.class);
        assertThat(preview.getHeaderText()).isEqualTo("Add 2 prospects and 3 events?");
        TableView<?> table = lookup("#import-preview-table").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(JournalFiles.queryLong(journal, "SELECT count(*) FROM prospects")).isEqualTo(4);

        clickDialogButton("import-preview", "Import");

        waitUntil(() -> listed() == 6);
        waitUntil(() -> status().startsWith("Added 2 prospects and 3 events"));
        assertThat(JournalFiles.queryLong(journal, "SELECT count(*) FROM prospects")).isEqualTo(6);
        assertThat(JournalFiles.queryLong(journal,
                "SELECT count(*) FROM events e JOIN prospects p ON p.id = e.prospect_id"
                        + " WHERE p.name LIKE 'Imported %'")).isEqualTo(3);
    }

    @Test
    void cancellingThePreviewWritesNothing() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        chosenFiles.add(csvPair(PROSPECTS));
        startApp(journal);
        waitUntil(() -> listed() == 4);

        chooseFromFileMenu("Import from CSV folder\u2026");
        waitUntil(() -> lookup(".import-preview").tryQuery().isPresent());
        clickDialogButton("import-preview", "Cancel");

        waitUntil(() -> status().startsWith("Import cancelled"));
        assertThat(listed()).isEqualTo(4);
        assertThat(JournalFiles.queryLong(journal, "SELECT count(*) FROM prospects")).isEqualTo(4);
    }

    @Test
    void aFileWithProblemsListsThemWithLineAndColumnAndWritesNothing() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        chosenFiles.add(csvPair(PROSPECTS.replace("b,Imported Bernd,,LOST,2026-03-01", "b,Imported Bernd,,LOST,")
                .replace("a,Imported Anna", "a,")));
        startApp(journal);
        waitUntil(() -> listed() == 4);

        chooseFromFileMenu("Import from CSV folder\u2026");

        waitUntil(() -> lookup(".import-problems").tryQuery().isPresent());
        assertThat(lookup(".import-problems").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Nothing was imported: 2 problems");
        ListView<String> problems = lookup("#import-problem-list").queryListView();
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems().get(0)).startsWith("prospects.csv, line 2, column name:");
        assertThat(problems.getItems().get(1)).startsWith("prospects.csv, line 3, column closed_on:");
        clickDialogButton("import-problems", "Close");

        assertThat(listed()).isEqualTo(4);
        assertThat(JournalFiles.queryLong(journal, "SELECT count(*) FROM prospects")).isEqualTo(4);
    }

    @Test
    void exportWritesJsonAndAskedBeforeReplacingACsvPair() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        Path json = dir.resolve("journal.json");
        Path folder = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(folder.resolve("prospects.csv"), "an older export");
        chosenFiles.add(json);
        chosenFiles.add(folder);
        startApp(journal);
        waitUntil(() -> listed() == 4);

        chooseFromFileMenu("Export as JSON file\u2026");
        waitUntil(() -> status().startsWith("Exported 4 prospects and 6 events to " + json));
        assertThat(Files.readString(json)).contains("\"name\": \"Anna Schmidt\"");

        chooseFromFileMenu("Export as CSV folder\u2026");
        waitUntil(() -> lookup(".confirm").tryQuery().isPresent());
        assertThat(lookup(".confirm").queryAs(DialogPane.class).getContentText()).contains(folder.toString());
        clickDialogButton("confirm", "Replace");

        waitUntil(() -> status().startsWith("Exported 4 prospects and 6 events to " + folder));
        assertThat(Files.readString(folder.resolve("prospects.csv"))).startsWith("id,name,company,")
                .contains("Anna Schmidt");
        assertThat(Files.readString(folder.resolve("events.csv"))).startsWith("prospect_id,date,type,");
    }
}
