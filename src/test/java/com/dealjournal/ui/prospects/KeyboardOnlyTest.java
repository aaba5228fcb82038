package com.dealjournal.ui.prospects;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A new user's first session, with the keyboard alone: three prospects, ten events, one deal won and
 * one declined; every count in the list agrees with what was logged and with the file.
 */
class KeyboardOnlyTest extends FxTest {


    @SuppressWarnings("unchecked")
    private List<ProspectSummary> rows() {
        return List.copyOf(((TableView<ProspectSummary>) lookup("#prospect-table").queryAs(TableView.class))
                .getItems());
    }

    private ProspectSummary row(String name) {
        return rows().stream().filter(s -> s.prospect().name().equals(name)).findFirst().orElseThrow();
    }

    private void newProspect(String name) throws Exception {
        key(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> hasFocus(lookup("#prospect-name").query()));
        write(name);
        key(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> name.equals(lookup("#prospect-title").queryAs(Label.class).getText())
                && rows().stream().anyMatch(s -> s.prospect().name().equals(name))
                && hasFocus(lookup("#prospect-table").query()));
    }

    /** Moves the focus with Tab until it reaches the control, then presses it with the space bar. */
    private void tabToAndPress(String query) throws Exception {
        javafx.scene.Node target = lookup(query).query();
        for (int i = 0; i < 40 && !hasFocus(target); i++) {
            key(KeyCode.TAB);
        }
        assertThat(hasFocus(target)).as("Tab reaches " + query).isTrue();
        key(KeyCode.SPACE);
    }

    /** One key and Enter; the dialog of that kind must come and go. */
    private void log(KeyCode kind, String dialog, long eventsAfter, Path file) throws Exception {
        key(kind);
        waitUntil(() -> lookup("." + dialog).tryQuery().isPresent());
        if (kind == KeyCode.N) {
            writeInDialog(dialog, "Talked about the timeline.");
            key(KeyCode.CONTROL, KeyCode.ENTER);
        } else {
            key(KeyCode.ENTER);
        }
        waitUntil(() -> lookup(".quick-log").tryQuery().isEmpty());
        waitUntil(() -> JournalFiles.queryLong(file, "SELECT count(*) FROM events") == eventsAfter);
    }

    @Test
    void threeProspectsTenEventsOneWonOneDeclinedAndTheListAgrees() throws Exception {
        Path file = dir.resolve("journal.db");
        startApp(file);
        waitUntil(() -> lookup("#first-prospect").tryQuery().isPresent());

        newProspect("Alpha Studio");
        log(KeyCode.D, "log-discount", 1, file);
        log(KeyCode.S, "log-scope", 2, file);
        log(KeyCode.F, "log-followup", 3, file);
        log(KeyCode.F, "log-followup", 4, file);
        newProspect("Beta Bakery");
        log(KeyCode.D, "log-discount", 5, file);
        log(KeyCode.F, "log-followup", 6, file);
        log(KeyCode.N, "log-note", 7, file);
        newProspect("Gamma GmbH");
        log(KeyCode.D, "log-discount", 8, file);
        log(KeyCode.S, "log-scope", 9, file);
        log(KeyCode.F, "log-followup", 10, file);

        // Gamma is selected: Tab to "Won" (Alt+W on a desktop; the headless robot cannot send Alt chords)
        tabToAndPress("#close-won-button");
        waitUntil(() -> lookup(".close-deal").tryQuery().isPresent());
        writeInDialog("close-deal", "5000");
        key(KeyCode.ENTER);
        waitUntil(() -> JournalFiles.queryLong(file,
                "SELECT count(*) FROM prospects WHERE name = 'Gamma GmbH' AND status = 'WON'") == 1);

        // Esc back to the list, up to Beta, and decline it
        key(KeyCode.ESCAPE);
        waitUntil(() -> hasFocus(lookup("#prospect-table").query()));
        key(KeyCode.UP);
        waitUntil(() -> "Beta Bakery".equals(lookup("#prospect-title").queryAs(Label.class).getText()));
        tabToAndPress("#close-declined-button");
        waitUntil(() -> lookup(".close-deal").tryQuery().isPresent());
        key(KeyCode.ENTER);
        waitUntil(() -> JournalFiles.queryLong(file,
                "SELECT count(*) FROM prospects WHERE name = 'Beta Bakery' AND status = 'DECLINED'") == 1);

        waitUntil(() -> row("Beta Bakery").prospect().status() == ProspectStatus.DECLINED);
        assertThat(rows()).extracting(s -> s.prospect().name())
                .containsExactly("Alpha Studio", "Beta Bakery", "Gamma GmbH");
        for (ProspectSummary summary : rows()) {
            long id = summary.prospect().id();
            assertThat(summary.discounts()).as(summary.prospect().name() + " discounts").isEqualTo(
                    JournalFiles.queryLong(file, "SELECT count(*) FROM events WHERE type = 'DISCOUNT' AND prospect_id = " + id));
            assertThat(summary.followUps()).as(summary.prospect().name() + " follow-ups").isEqualTo(
                    JournalFiles.queryLong(file, "SELECT count(*) FROM events WHERE type = 'FOLLOW_UP' AND prospect_id = " + id));
            assertThat(summary.requests()).as(summary.prospect().name() + " requests").isEqualTo(
                    JournalFiles.queryLong(file, "SELECT count(*) FROM events WHERE type IN ('DISCOUNT', 'SCOPE')"
                            + " AND prospect_id = " + id));
            assertThat(summary.conceded()).isZero();
        }
        assertThat(row("Alpha Studio").followUps()).isEqualTo(2);
        assertThat(row("Alpha Studio").chaseStreak()).isEqualTo(2);
        assertThat(row("Alpha Studio").eyeLevelPercent()).isEqualTo(100);
        assertThat(row("Gamma GmbH").prospect().finalPrice()).isEqualByComparingTo("5000");
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM events")).isEqualTo(10);
    }
}
