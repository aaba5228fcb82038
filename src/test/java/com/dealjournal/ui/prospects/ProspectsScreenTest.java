package com.dealjournal.ui.prospects;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.model.Reply;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import com.dealjournal.ui.common.Icon;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.util.WaitForAsyncUtils;

/** The prospect list and form on the real window, each flow checked on screen and in the file. */
class ProspectsScreenTest extends FxTest {

    private static final Currency EUR = Currency.getInstance("EUR");


    private static Prospect prospect(Journal journal, String name, String company, String notes) {
        return journal.prospects().insert(new Prospect(0, name, company, null, null, null, ProspectStatus.OPEN, null,
                EUR, null, null, null, null, notes));
    }

    private static void followUp(Journal journal, Prospect p, String date, Reply reply) {
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse(date), reply, null));
    }

    @SuppressWarnings("unchecked")
    private TableView<ProspectSummary> table() {
        return (TableView<ProspectSummary>) lookup("#prospect-table").queryAs(TableView.class);
    }

    private List<String> shownNames() {
        return table().getItems().stream().map(s -> s.prospect().name()).toList();
    }


    /** Focuses a field (its scroll pane brings it into view) and clicks it, as a user scrolling to it would. */
    private org.testfx.api.FxRobotInterface clickField(String query) {
        interact(() -> lookup(query).query().requestFocus());
        return clickOn(query);
    }

    private void selectRow(String name) throws Exception {
        waitUntil(() -> shownNames().contains(name));
        clickOn(name);
        waitUntil(() -> name.equals(lookup("#prospect-title").queryAs(Label.class).getText()));
    }

    @Test
    void createsAProspectFromTheKeyboard() throws Exception {
        Path file = journalWith(journal -> { });
        startApp(file);
        waitUntil(() -> lookup("#first-prospect").tryQuery().isPresent());

        key(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> hasFocus(lookup("#prospect-name").query()));
        write("Anna Schmidt");
        clickField("#prospect-company").write("Nordlicht GmbH");
        clickField("#prospect-list-price").write("4800");
        key(KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> shownNames().equals(List.of("Anna Schmidt")));
        assertThat(lookup("#prospect-title").queryAs(Label.class).getText()).isEqualTo("Anna Schmidt");
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects WHERE name = 'Anna Schmidt'"
                + " AND company = 'Nordlicht GmbH' AND currency = 'EUR' AND list_price_cents = 480000")).isEqualTo(1);
    }

    @Test
    void anEditIsDiscardedWithEscapeAndTheFileKeepsTheOldValue() throws Exception {
        Path file = journalWith(journal -> prospect(journal, "Anna Schmidt", "Nordlicht GmbH", null));
        startApp(file);
        selectRow("Anna Schmidt");

        TextField company = lookup("#prospect-company").queryAs(TextField.class);
        clickField("#prospect-company");
        interact(() -> company.setText("Südwind AG"));
        waitUntil(() -> !lookup("#prospect-discard").queryAs(Button.class).isDisabled());
        assertThat(table().isDisabled()).as("the list waits while a prospect is edited").isTrue();

        key(KeyCode.ESCAPE);

        waitUntil(() -> "Nordlicht GmbH".equals(company.getText()));
        assertThat(lookup("#prospect-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(table().isDisabled()).isFalse();
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects WHERE company = 'Nordlicht GmbH'"))
                .isEqualTo(1);
    }

    @Test
    void anEditIsSavedWhole() throws Exception {
        Path file = journalWith(journal -> prospect(journal, "Anna Schmidt", "Nordlicht GmbH", null));
        startApp(file);
        selectRow("Anna Schmidt");

        interact(() -> lookup("#prospect-company").queryAs(TextField.class).setText("Südwind AG"));
        interact(() -> lookup("#prospect-walk-away-price").queryAs(TextField.class).setText("3900.50"));
        clickOn("#prospect-save");

        waitUntil(() -> JournalFiles.queryLong(file, "SELECT count(*) FROM prospects WHERE company = 'Südwind AG'"
                + " AND walk_away_price_cents = 390050") == 1);
        waitUntil(() -> !table().isDisabled());
        assertThat(table().getItems()).singleElement().extracting(s -> s.prospect().company()).isEqualTo("Südwind AG");
    }

    @Test
    void invalidFieldsAreNamedSaveStaysOffAndNothingIsWritten() throws Exception {
        Path file = journalWith(journal -> { });
        startApp(file);
        waitUntil(() -> lookup("#first-prospect").tryQuery().isPresent());
        clickOn("#first-prospect");

        Label problems = lookup("#prospect-problems").queryAs(Label.class);
        Button save = lookup("#prospect-save").queryAs(Button.class);
        waitUntil(() -> problems.getText().contains("Name is required."));
        assertThat(save.isDisabled()).isTrue();

        clickField("#prospect-name").write("Anna Schmidt");
        clickField("#prospect-list-price").write("-5");
        waitUntil(() -> problems.getText().contains("List price cannot be negative."));
        assertThat(lookup("#prospect-list-price").query().getStyleClass()).as("the field is marked").contains("field-invalid");
        assertThat(lookup("#prospect-name").query().getStyleClass()).as("a valid field is not").doesNotContain("field-invalid");
        interact(() -> lookup("#prospect-list-price").queryAs(TextField.class).setText("1,250.00"));
        waitUntil(() -> problems.getText().contains("List price: \"1,250.00\" is not a number."));
        interact(() -> ((javafx.scene.control.DatePicker) lookup("#prospect-first-contact").query()).getEditor()
                .setText("2026-02-30"));
        waitUntil(() -> problems.getText().contains("First contact: \"2026-02-30\" is not a date."));
        interact(() -> lookup("#prospect-notes").queryAs(javafx.scene.control.TextArea.class)
                .setText("x".repeat(100_000)));
        waitUntil(() -> problems.getText().contains("Notes is too long: 100,000 characters"));
        assertThat(save.isDisabled()).isTrue();

        key(KeyCode.CONTROL, KeyCode.S);
        Thread.sleep(300);

        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects")).isZero();
    }

    @Test
    void lineBreaksPastedIntoAOneLineFieldAreShownNamedAndNeverSaved() throws Exception {
        Path file = journalWith(journal -> prospect(journal, "Anna Schmidt", "Nordlicht GmbH", null));
        startApp(file);
        selectRow("Anna Schmidt");
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Hafenstraße 1\n20457 Hamburg");
            Clipboard.getSystemClipboard().setContent(content);
        });

        clickField("#prospect-contact");
        key(KeyCode.CONTROL, KeyCode.V);

        waitUntil(() -> lookup("#prospect-problems").queryAs(Label.class).getText()
                .contains("Contact must be a single line, without line breaks."));
        assertThat(lookup("#prospect-contact").queryAs(TextField.class).getText())
                .isEqualTo("Hafenstraße 1\u21b520457 Hamburg");
        assertThat(lookup("#prospect-save").queryAs(Button.class).isDisabled()).isTrue();
        key(KeyCode.CONTROL, KeyCode.S);
        Thread.sleep(300);
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects WHERE contact IS NULL")).isEqualTo(1);
    }

    @Test
    void filtersByTextInNameCompanyContactAndNotesAndByStatus() throws Exception {
        Path file = journalWith(journal -> {
            prospect(journal, "Anna Schmidt", "Nordlicht GmbH", null);
            prospect(journal, "Bernd Weber", "Südwind AG", "Met at the Hamburg fair");
            journal.prospects().insert(new Prospect(0, "Carla Diaz", null, null, null, null, ProspectStatus.WON,
                    LocalDate.parse("2026-10-01"), EUR, null, null, new BigDecimal("3000"), null, null));
        });
        startApp(file);
        waitUntil(() -> shownNames().size() == 3);

        key(KeyCode.CONTROL, KeyCode.F);
        write("nord");
        waitUntil(() -> shownNames().equals(List.of("Anna Schmidt")));
        interact(() -> lookup("#prospect-search").queryAs(TextField.class).setText("HAMBURG"));
        waitUntil(() -> shownNames().equals(List.of("Bernd Weber")));
        interact(() -> lookup("#prospect-search").queryAs(TextField.class).setText(""));
        waitUntil(() -> shownNames().size() == 3);

        @SuppressWarnings("unchecked")
        ComboBox<ProspectStatus> status = lookup("#status-filter").queryAs(ComboBox.class);
        interact(() -> status.setValue(ProspectStatus.WON));
        waitUntil(() -> shownNames().equals(List.of("Carla Diaz")));
        interact(() -> status.setValue(ProspectStatus.OPEN));
        waitUntil(() -> shownNames().equals(List.of("Anna Schmidt", "Bernd Weber")));
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects")).isEqualTo(3);
    }

    private void search(String text) {
        interact(() -> lookup("#prospect-search").queryAs(TextField.class).setText(text));
    }

    private String selectedName() {
        ProspectSummary selected = table().getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.prospect().name();
    }

    @Test
    void sortingByNameFollowsTheLanguageNotTheCharacterCodes() throws Exception {
        Path file = journalWith(journal -> {
            prospect(journal, "Zoe Berg", null, null);
            prospect(journal, "\u00c9mile Roux", null, null);
            prospect(journal, "bernd Weber", null, null);
            prospect(journal, "Anna Schmidt", null, null);
        });
        startApp(file);
        waitUntil(() -> shownNames().size() == 4);

        clickOn("#column-name");
        // by character codes lower case and accents would come after Z
        waitUntil(() -> shownNames().equals(List.of("Anna Schmidt", "bernd Weber", "\u00c9mile Roux", "Zoe Berg")));
        clickOn("#column-name");
        waitUntil(() -> shownNames().equals(List.of("Zoe Berg", "\u00c9mile Roux", "bernd Weber", "Anna Schmidt")));
        search("e");
        assertThat(shownNames()).containsExactly("Zoe Berg", "\u00c9mile Roux", "bernd Weber");
    }

    @Test
    void theSelectedProspectStaysSelectedWhileTheSearchShowsItInEitherOrder() throws Exception {
        Path file = journalWith(journal -> {
            prospect(journal, "Bernd Weber", null, null);
            prospect(journal, "Anna Schmidt", null, null);
            prospect(journal, "Anja Berg", null, null);
            prospect(journal, "Carla Diaz", null, null);
        });
        startApp(file);
        selectRow("Anna Schmidt");

        for (String typed : List.of("a", "an", "ann", "anna", "ann", "an")) {
            search(typed);
            assertThat(selectedName()).as("searching %s", typed).isEqualTo("Anna Schmidt");
            assertThat(lookup("#prospect-title").queryAs(Label.class).getText()).isEqualTo("Anna Schmidt");
        }
        assertThat(shownNames()).containsExactly("Anja Berg", "Anna Schmidt");
        search("");
        assertThat(selectedName()).isEqualTo("Anna Schmidt");

        // sorted by name, last first: the search keeps that order and the selection
        clickOn("#column-name");
        clickOn("#column-name");
        waitUntil(() -> shownNames().equals(List.of("Carla Diaz", "Bernd Weber", "Anna Schmidt", "Anja Berg")));
        search("an");
        assertThat(shownNames()).containsExactly("Anna Schmidt", "Anja Berg");
        assertThat(selectedName()).isEqualTo("Anna Schmidt");
        search("");
        assertThat(shownNames()).containsExactly("Carla Diaz", "Bernd Weber", "Anna Schmidt", "Anja Berg");
        assertThat(selectedName()).isEqualTo("Anna Schmidt");

        // a search that hides it lets it go, and the detail with it; it stays let go when shown again
        search("ber");
        assertThat(shownNames()).containsExactly("Bernd Weber", "Anja Berg");
        assertThat(selectedName()).isNull();
        waitUntil(() -> lookup("#prospect-title").tryQuery().isEmpty());
        search("");
        assertThat(shownNames()).hasSize(4);
        assertThat(selectedName()).isNull();
    }

    @Test
    void waitingOnThemShowsOpenProspectsWithAnUnansweredLastFollowUpLongestWaitFirst() throws Exception {
        Path file = journalWith(journal -> {
            Prospect recent = prospect(journal, "Recent silence", null, null);
            followUp(journal, recent, "2026-11-20", Reply.NONE);
            Prospect longest = prospect(journal, "Longest wait", null, null);
            followUp(journal, longest, "2026-09-01", Reply.PUT_OFF);
            Prospect middle = prospect(journal, "Middle wait", null, null);
            followUp(journal, middle, "2026-08-01", Reply.ANSWERED);
            followUp(journal, middle, "2026-10-15", Reply.NONE);
            Prospect answered = prospect(journal, "Answered", null, null);
            followUp(journal, answered, "2026-11-01", Reply.ANSWERED);
            Prospect noteAfter = prospect(journal, "Note after chase", null, null);
            followUp(journal, noteAfter, "2026-08-01", Reply.NONE);
            journal.events().insert(new Event.Note(0, noteAfter.id(), LocalDate.parse("2026-08-02"), "met them"));
        });
        startApp(file);
        waitUntil(() -> shownNames().size() == 5);

        clickOn("#waiting-filter");

        waitUntil(() -> shownNames().equals(List.of("Longest wait", "Middle wait", "Recent silence")));
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM events")).isEqualTo(7);
    }

    @Test
    void prospectsAtTheChaseLimitAreMarked() throws Exception {
        Path file = journalWith(journal -> {
            Prospect chased = prospect(journal, "Chased twice", null, null);
            followUp(journal, chased, "2026-10-01", Reply.NONE);
            followUp(journal, chased, "2026-10-08", Reply.PUT_OFF);
            Prospect once = prospect(journal, "Chased once", null, null);
            followUp(journal, once, "2026-10-01", Reply.NONE);
        });
        startApp(file);
        waitUntil(() -> shownNames().size() == 2);

        waitUntil(() -> lookup(".table-row-cell:at-chase-limit").queryAll().size() == 1);
        assertThat(lookup(".table-row-cell:at-chase-limit").queryAll()).singleElement()
                .satisfies(row -> assertThat(((javafx.scene.control.TableRow<?>) row).getItem())
                        .extracting(item -> ((ProspectSummary) item).prospect().name()).isEqualTo("Chased twice"));
        // the chase streak of the prospect at the limit carries the warning icon and says why; the other not
        assertThat(cell("chaseStreak", "Chased twice").getGraphic()).isNotNull();
        assertThat(cell("chaseStreak", "Chased twice").getTooltip().getText()).contains("2");
        assertThat(cell("chaseStreak", "Chased once").getGraphic()).isNull();
        assertThat(cell("chaseStreak", "Chased once").getTooltip()).isNull();
        assertThat(cell("status", "Chased once").getTooltip().getText()).isEqualTo("Open");

        // after a sort the cells show other rows: each cell's icon and tooltip follow the row it shows
        clickOn("#column-name");
        clickOn("#column-name");
        waitUntil(() -> shownNames().equals(List.of("Chased twice", "Chased once")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell("chaseStreak", "Chased twice").getGraphic()).isNotNull();
        assertThat(cell("chaseStreak", "Chased once").getGraphic()).isNull();
        assertThat(cell("chaseStreak", "Chased once").getTooltip()).isNull();
    }

    @Test
    void eachStatusKeepsItsOwnIconAndColourAsTheSearchChangesTheRows() throws Exception {
        Path file = journalWith(journal -> {
            closed(journal, "Anna Schmidt", ProspectStatus.WON);
            closed(journal, "Bernd Weber", ProspectStatus.LOST);
            prospect(journal, "Carla Diaz", null, null);
        });
        startApp(file);
        waitUntil(() -> shownNames().equals(List.of("Anna Schmidt", "Bernd Weber", "Carla Diaz")));
        WaitForAsyncUtils.waitForFxEvents();
        FontIcon won = statusIcon("Anna Schmidt");
        FontIcon lost = statusIcon("Bernd Weber");
        FontIcon open = statusIcon("Carla Diaz");
        assertThat(won.getIconCode().getCode()).isEqualTo(Icon.WON.node(16).getIconCode().getCode());
        assertThat(lost.getIconCode().getCode()).isEqualTo(Icon.LOST.node(16).getIconCode().getCode());
        // the line under each row is drawn in the row's last pixel, under its cells, as the theme draws it
        javafx.scene.control.TableCell<?, ?> first = cell("name", "Anna Schmidt");
        assertThat(first.getTableRow().getHeight()).isPositive().isEqualTo(first.getHeight());
        javafx.scene.paint.Paint wonColour = won.getIconColor();
        javafx.scene.paint.Paint lostColour = lost.getIconColor();
        assertThat(List.of(wonColour, lostColour, open.getIconColor())).doesNotHaveDuplicates();

        // the first row's cells now show the lost deal: its icon and colour, not the won deal's
        search("bernd");
        waitUntil(() -> shownNames().equals(List.of("Bernd Weber")));
        WaitForAsyncUtils.waitForFxEvents();
        FontIcon shown = statusIcon("Bernd Weber");
        assertThat(shown.getIconCode().getCode()).isEqualTo(Icon.LOST.node(16).getIconCode().getCode());
        assertThat(shown.getIconColor()).isEqualTo(lostColour);
        assertThat(cell("status", "Bernd Weber").getTooltip().getText()).isEqualTo("Lost");

        // no row: no status icon left visible in an empty cell
        search("nobody");
        waitUntil(() -> shownNames().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".table-cell .ikonli-font-icon").<javafx.scene.Node>queryAll())
                .noneMatch(javafx.scene.Node::isVisible);
        // and a screen reader hears nothing of the rows that were there
        assertThat(lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .allMatch(cell -> cell.getAccessibleText() == null);

        search("");
        waitUntil(() -> shownNames().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusIcon("Anna Schmidt").getIconColor()).isEqualTo(wonColour);
        assertThat(statusIcon("Anna Schmidt").isVisible()).isTrue();
        assertThat(statusIcon("Bernd Weber").getIconColor()).isEqualTo(lostColour);
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects WHERE status = 'WON'")).isEqualTo(1);
    }

    private static void closed(Journal journal, String name, ProspectStatus status) {
        journal.prospects().insert(new Prospect(0, name, null, null, null, null, status,
                LocalDate.parse("2026-10-01"), EUR, null, null,
                status == ProspectStatus.WON ? new BigDecimal("3000") : null, null, null));
    }

    private FontIcon statusIcon(String name) {
        return (FontIcon) cell("status", name).getGraphic();
    }

    /** The cell of a column in the row that shows the prospect named {@code name}. */
    private javafx.scene.control.TableCell<?, ?> cell(String column, String name) {
        return lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() != null && ("column-" + column).equals(cell.getTableColumn().getId()))
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getItem() instanceof ProspectSummary s
                        && s.prospect().name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + column + " cell for " + name));
    }

    @Test
    void deletingAProspectWithEventsAsksFirstAndCtrlZBringsItBack() throws Exception {
        Path file = journalWith(journal -> {
            Prospect p = prospect(journal, "Anna Schmidt", "Nordlicht GmbH", null);
            followUp(journal, p, "2026-10-01", Reply.NONE);
            followUp(journal, p, "2026-10-02", Reply.ANSWERED);
            prospect(journal, "Bernd Weber", null, null);
        });
        long idsBefore = JournalFiles.queryLong(file, "SELECT sum(id) FROM events");
        startApp(file);
        selectRow("Anna Schmidt");
        waitUntil(() -> lookup("#timeline").queryListView().getItems().size() == 2);

        clickOn("#prospect-delete");
        waitUntil(() -> lookup(".confirm").tryQuery().isPresent());
        assertThat(lookup(".confirm").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("Anna Schmidt and all 2 of its logged events will be deleted.");
        clickDialogButton("confirm", "Delete");

        waitUntil(() -> shownNames().equals(List.of("Bernd Weber")));
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM events")).isZero();

        key(KeyCode.CONTROL, KeyCode.Z);

        waitUntil(() -> shownNames().equals(List.of("Anna Schmidt", "Bernd Weber")));
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects WHERE name = 'Anna Schmidt'"))
                .isEqualTo(1);
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM events")).isEqualTo(2);
        assertThat(JournalFiles.queryLong(file, "SELECT sum(id) FROM events")).isEqualTo(idsBefore);
    }

    @Test
    void cancellingTheDeleteQuestionKeepsEverything() throws Exception {
        Path file = journalWith(journal -> {
            Prospect p = prospect(journal, "Anna Schmidt", null, null);
            followUp(journal, p, "2026-10-01", Reply.NONE);
        });
        startApp(file);
        selectRow("Anna Schmidt");
        waitUntil(() -> lookup("#timeline").queryListView().getItems().size() == 1);

        clickOn("#prospect-delete");
        waitUntil(() -> lookup(".confirm").tryQuery().isPresent());
        clickDialogButton("confirm", "Cancel");

        waitUntil(() -> lookup(".confirm").tryQuery().isEmpty());
        assertThat(shownNames()).containsExactly("Anna Schmidt");
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM events")).isEqualTo(1);
    }
}
