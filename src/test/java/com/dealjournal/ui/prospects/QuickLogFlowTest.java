package com.dealjournal.ui.prospects;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.model.Reply;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Logging through the shortcuts on the real window: what the dialogs save, the chase warning, closing. */
class QuickLogFlowTest extends FxTest {


    private static Prospect nordlicht(Journal journal) {
        return journal.prospects().insert(new Prospect(0, "Anna Schmidt", "Nordlicht GmbH", null, null, null,
                com.dealjournal.model.ProspectStatus.OPEN, null, JournalFiles.EUR, new BigDecimal("4800.00"),
                null, null, null, null));
    }


    @SuppressWarnings("unchecked")
    private ProspectSummary row(String name) {
        TableView<ProspectSummary> table = lookup("#prospect-table").queryAs(TableView.class);
        return table.getItems().stream().filter(s -> s.prospect().name().equals(name)).findFirst().orElseThrow();
    }

    private void select(String name) throws Exception {
        waitUntil(() -> lookup(name).tryQuery().isPresent());
        clickOn(name);
        waitUntil(() -> name.equals(lookup("#prospect-title").queryAs(Label.class).getText()));
    }

    private void waitForDialog(String styleClass) throws Exception {
        waitUntil(() -> lookup("." + styleClass).tryQuery().isPresent());
    }

    private void waitForNoDialog() throws Exception {
        waitUntil(() -> lookup(".quick-log").tryQuery().isEmpty());
    }

    private long count(Path file, String where) {
        return JournalFiles.queryLong(file, "SELECT count(*) FROM events WHERE " + where);
    }

    @Test
    void eachKindIsLoggedWithItsShortcutAndEnter() throws Exception {
        Path file = journalWith(QuickLogFlowTest::nordlicht);
        startApp(file);
        select("Anna Schmidt");

        key(KeyCode.D);
        waitForDialog("log-discount");
        key(KeyCode.ENTER);
        waitForNoDialog();
        waitUntil(() -> count(file, "type = 'DISCOUNT' AND response = 'HELD' AND date = '2026-11-28'") == 1);

        key(KeyCode.S);
        waitForDialog("log-scope");
        key(KeyCode.ENTER);
        waitForNoDialog();
        waitUntil(() -> count(file, "type = 'SCOPE' AND initiator = 'THEM' AND response = 'HELD'") == 1);

        key(KeyCode.F);
        waitForDialog("log-followup");
        key(KeyCode.ENTER);
        waitForNoDialog();
        waitUntil(() -> count(file, "type = 'FOLLOW_UP' AND reply = 'NONE'") == 1);

        key(KeyCode.N);
        waitForDialog("log-note");
        writeInDialog("log-note", "Called back, they liked the concept.");
        key(KeyCode.CONTROL, KeyCode.ENTER);
        waitForNoDialog();
        waitUntil(() -> count(file, "type = 'NOTE' AND note = 'Called back, they liked the concept.'") == 1);

        waitUntil(() -> lookup("#timeline").queryListView().getItems().size() == 4);
        waitUntil(() -> row("Anna Schmidt").discounts() == 1 && row("Anna Schmidt").followUps() == 1);
        assertThat(row("Anna Schmidt").requests()).isEqualTo(2);
        assertThat(row("Anna Schmidt").eyeLevelPercent()).isEqualTo(100);
    }

    @Test
    void theDialogStartsWithTheAnswerThisJournalLoggedMostOften() throws Exception {
        Path file = journalWith(journal -> {
            Prospect p = nordlicht(journal);
            for (String day : List.of("2026-10-01", "2026-10-08")) {
                journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse(day), Reply.PUT_OFF, null));
            }
            journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-10-15"), Reply.NONE, null));
        });
        startApp(file);
        // the journal's answers are counted after the first frame, before the day's backup on the same thread
        waitUntil(() -> lookup("#status-message").queryAs(Label.class).getText()
                .startsWith("Journal open and backed up"));
        select("Anna Schmidt");

        key(KeyCode.F);
        waitForDialog("log-followup");
        key(KeyCode.ENTER);
        waitForNoDialog();

        waitUntil(() -> count(file, "type = 'FOLLOW_UP'") == 4);
        assertThat(count(file, "type = 'FOLLOW_UP' AND reply = 'PUT_OFF' AND date = '2026-11-28'"))
                .as("put off, as two of the three follow-ups before").isEqualTo(1);
        waitUntil(() -> row("Anna Schmidt").followUps() == 4);
    }

    @Test
    void theChaseWarningAppearsAtTheLimitAndNotBefore() throws Exception {
        Path file = journalWith(journal -> {
            Prospect p = nordlicht(journal);
            journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-11-01"), Reply.NONE, null));
        });
        startApp(file);
        select("Anna Schmidt");

        key(KeyCode.F);
        waitForDialog("log-followup");
        assertThat(warningShown()).as("one unanswered follow-up: the second is still fine").isFalse();
        key(KeyCode.ENTER);
        waitForNoDialog();
        waitUntil(() -> count(file, "type = 'FOLLOW_UP'") == 2);
        waitUntil(() -> lookup(".table-row-cell:at-chase-limit").queryAll().size() == 1);

        key(KeyCode.F);
        waitForDialog("log-followup");
        waitUntil(this::warningShown);
        assertThat(lookup("#log-chase-warning").queryAs(Label.class).getText()).isEqualTo(
                "This would be your 3rd follow-up to Nordlicht GmbH without a real answer. Waiting is also an answer.");
        key(KeyCode.ENTER);
        waitForNoDialog();

        waitUntil(() -> count(file, "type = 'FOLLOW_UP'") == 3);
        waitUntil(() -> row("Anna Schmidt").chaseStreak() == 3);
    }

    private boolean warningShown() {
        return lookup("#log-chase-warning").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aLoggedEventIsUndoneWithCtrlZ() throws Exception {
        Path file = journalWith(QuickLogFlowTest::nordlicht);
        startApp(file);
        select("Anna Schmidt");
        key(KeyCode.D);
        waitForDialog("log-discount");
        key(KeyCode.ENTER);
        waitForNoDialog();
        waitUntil(() -> count(file, "type = 'DISCOUNT'") == 1);
        waitUntil(() -> lookup("#timeline").queryListView().getItems().size() == 1);

        clickOn("#prospect-table");
        key(KeyCode.CONTROL, KeyCode.Z);

        waitUntil(() -> count(file, "1 = 1") == 0);
        waitUntil(() -> lookup("#timeline").queryListView().getItems().isEmpty());
    }

    @Test
    void anEditedEventKeepsItsIdAndPlace() throws Exception {
        Path file = journalWith(journal -> {
            Prospect p = nordlicht(journal);
            journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-11-01"), Reply.NONE, null));
        });
        long id = JournalFiles.queryLong(file, "SELECT id FROM events");
        startApp(file);
        select("Anna Schmidt");
        waitUntil(() -> lookup("#timeline").queryListView().getItems().size() == 1);

        clickOn(lookup("#timeline .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null)
                .queryAs(javafx.scene.control.ListCell.class));
        key(KeyCode.ENTER);
        waitForDialog("log-followup");
        clickOn("#log-reply-answered");
        clickOn("#log-save");
        waitForNoDialog();

        waitUntil(() -> count(file, "id = " + id + " AND reply = 'ANSWERED' AND date = '2026-11-01'") == 1);
        assertThat(count(file, "1 = 1")).isEqualTo(1);
    }

    @Test
    void aDealIsClosedAsWonWithItsFinalPriceAndAnotherDeclined() throws Exception {
        Path file = journalWith(journal -> {
            nordlicht(journal);
            journal.prospects().insert(Prospect.named("Kranich & Co", JournalFiles.EUR));
        });
        startApp(file);
        select("Anna Schmidt");

        clickOn("#close-won-button");
        waitForDialog("close-deal");
        interact(() -> lookup("#close-final-price").queryAs(TextField.class).setText("4500"));
        clickOn("#log-save");
        waitUntil(() -> JournalFiles.queryLong(file, "SELECT count(*) FROM prospects WHERE status = 'WON'"
                + " AND closed_on = '2026-11-28' AND final_price_cents = 450000") == 1);

        select("Kranich & Co");
        clickOn("#close-declined-button");
        waitForDialog("close-deal");
        key(KeyCode.ENTER);
        waitUntil(() -> JournalFiles.queryLong(file, "SELECT count(*) FROM prospects WHERE status = 'DECLINED'"
                + " AND closed_on = '2026-11-28' AND final_price_cents IS NULL") == 1);
        waitUntil(() -> lookup("#prospect-status").queryAs(Label.class).getText().startsWith("Declined by me"));

        clickOn("#reopen-button");
        waitUntil(() -> JournalFiles.queryLong(file,
                "SELECT count(*) FROM prospects WHERE name = 'Kranich & Co' AND status = 'OPEN' AND closed_on IS NULL") == 1);
        assertThat(List.of(row("Anna Schmidt").prospect().status().name())).containsExactly("WON");
    }
}
