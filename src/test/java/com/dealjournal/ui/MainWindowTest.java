package com.dealjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.dealjournal.store.Migrations;
import com.dealjournal.testing.JournalFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The real main window on a temporary journal: the file it opens, its title, and its three sections. */
class MainWindowTest extends FxTest {

    @Test
    void firstStartCreatesTheJournalAndShowsWhichFileIsOpen() throws Exception {
        Path journal = dir.resolve("new folder").resolve("journal.db");

        startApp(journal);
        waitUntil(() -> stage.getTitle().contains(journal.toString()));

        assertThat(stage.getTitle()).isEqualTo("Deal Journal \u2014 " + journal);
        assertThat(lookup("#status-file").queryAs(Label.class).getText()).isEqualTo(journal.toString());
        assertThat(Files.exists(journal)).isTrue();
        assertThat(JournalFiles.queryLong(journal, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
        assertThat(JournalFiles.queryLong(journal, "SELECT count(*) FROM prospects")).isZero();
    }

    @Test
    void theWindowCarriesTheApplicationIconInFourSizes() throws Exception {
        Path journal = dir.resolve("journal.db");
        startApp(journal);

        // set once the first frame is drawn, not before it
        waitUntil(() -> stage.getIcons().size() == 4);
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth(), image -> image.isError())
                .containsExactly(tuple(16, false), tuple(32, false), tuple(64, false), tuple(256, false));
    }

    @Test
    void navigatesToEachSectionAndEachShowsWhatItIsFor() throws Exception {
        Path journal = dir.resolve("journal.db");
        startApp(journal);
        waitUntil(() -> stage.getTitle().contains(journal.toString()));

        // opens on the prospects, with an empty state rather than a blank pane
        assertThat(visible("#prospects")).isTrue();
        assertThat(lookup("No prospects yet").tryQuery()).isPresent();
        assertThat(lookup("#first-prospect").tryQuery()).isPresent();

        clickOn("#nav-review");
        assertThat(visible("#review")).isTrue();
        assertThat(visible("#prospects")).isFalse();
        waitUntil(() -> "November 2026".equals(lookup("#review-month").queryAs(Label.class).getText()));
        assertThat(lookup("#tile-score-value").queryAs(Label.class).getText()).isEqualTo("no data");

        clickOn("#nav-settings");
        assertThat(visible("#settings")).isTrue();
        waitUntil(() -> journal.toString().equals(lookup("#settings-file").queryAs(TextField.class).getText()));
        assertThat(lookup("#settings-schema").queryAs(Label.class).getText())
                .isEqualTo("Version " + Migrations.LATEST);

        clickOn("#nav-prospects");
        assertThat(visible("#prospects")).isTrue();
        assertThat(visible("#settings")).isFalse();
    }

    @Test
    void keyboardShortcutsSwitchSections() throws Exception {
        Path journal = dir.resolve("journal.db");
        startApp(journal);
        waitUntil(() -> stage.getTitle().contains(journal.toString()));

        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> visible("#settings"));
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> visible("#review"));
        assertThat(visible("#settings")).isFalse();
    }

    @Test
    void clickingTheSelectedSectionAgainKeepsItShown() throws Exception {
        Path journal = dir.resolve("journal.db");
        startApp(journal);
        waitUntil(() -> stage.getTitle().contains(journal.toString()));

        clickOn("#nav-prospects");

        assertThat(visible("#prospects")).isTrue();
    }

    @Test
    void prospectsSectionListsWhatAnExistingJournalHolds() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 3, 2);

        startApp(journal);

        waitUntil(() -> lookup("#prospect-table").queryTableView().getItems().size() == 3);
        assertThat(lookup("Prospect 1").tryQuery()).isPresent();
        assertThat(lookup("Prospect 3").tryQuery()).isPresent();
        assertThat(JournalFiles.queryLong(journal, "SELECT count(*) FROM events")).isEqualTo(6);
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(this::isShowing).orElse(false);
    }

    private boolean isShowing(Node node) {
        return node.getScene() != null && node.isVisible() && node.getParent() != null;
    }
}
