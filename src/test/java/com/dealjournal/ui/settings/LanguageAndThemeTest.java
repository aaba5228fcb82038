package com.dealjournal.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.dealjournal.prefs.UserPreferences.Theme;
import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Language and theme chosen in Settings: applied at once on the open journal, and kept for the next start. */
class LanguageAndThemeTest extends FxTest {

    private String text(String id) {
        return lookup("#" + id).queryAs(Labeled.class).getText();
    }

    /** Chooses an entry of a settings drop-down the way a user does: open it, click the entry. */
    private void choose(String comboId, String entry) {
        clickOn("#" + comboId);
        clickOn(lookup(".list-cell").match((Labeled cell) -> entry.equals(cell.getText())).queryLabeled());
    }

    @Test
    void germanChosenInSettingsShowsTheReviewInGermanWithGermanNumbersAndIsKept() throws Exception {
        Path file = JournalFiles.octoberJournal(dir.resolve("journal.db"));
        startApp(file);
        waitUntil(() -> stage.getTitle().endsWith(file.toString()));
        clickOn("#nav-settings");

        choose("settings-language", "Deutsch");

        waitUntil(() -> "Rückblick".equals(text("nav-review")));
        assertThat(preferences.language()).as("kept for the next start").contains(Locale.GERMAN);
        assertThat(text("nav-settings")).isEqualTo("Einstellungen");
        assertThat(lookup("#settings").query().isVisible()).as("still in Settings").isTrue();
        assertThat(stage.getTitle()).as("the same journal, still open").isEqualTo("Deal Journal \u2014 " + file);
        waitUntil(() -> file.toString().equals(lookup("#settings-file").queryAs(TextField.class).getText()));
        assertThat(javafx.scene.control.ButtonType.CLOSE.getText()).as("JavaFX's own texts follow")
                .isEqualTo("Schließen");

        clickOn("#nav-review");
        waitUntil(() -> "November 2026".equals(text("review-month")));
        clickOn("#review-previous");
        waitUntil(() -> "Oktober 2026".equals(text("review-month")) && "38".equals(text("tile-score-value")));
        assertThat(text("tile-money-value")).isEqualTo("750,50\u00a0\u20ac");
        assertThat(text("tile-score-change")).isEqualTo("kein Wert zum Vergleich im September 2026");
        assertThat(text("tile-requests-change")).isEqualTo("+6 gegenüber September 2026");
        assertThat(lookup(".kpi-title").queryAll()).extracting(node -> ((Label) node).getText())
                .contains("Augenhöhe-Quote", "Zugeständnisse in Geld", "Von mir abgelehnte Deals");
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> answers = lookup("#chart-answers").queryAs(StackedBarChart.class);
        assertThat(answers.getTitle()).isEqualTo("Wie ich auf Anfragen reagiert habe");
        assertThat(answers.getData()).extracting(XYChart.Series::getName)
                .containsExactly("Gehalten", "Getauscht", "Nachgegeben");
        assertThat(answers.getData().getFirst().getData()).singleElement()
                .extracting(XYChart.Data::getXValue).isEqualTo("Okt. 26");
        assertThat(lookup("#chart-outcomes").queryAs(PieChart.class).getData()).extracting(PieChart.Data::getName)
                .containsExactlyInAnyOrder("Gewonnen (1)", "Verloren (1)", "Von mir abgelehnt (1)");
        assertThat(lookup("#insight-0").queryAs(Labeled.class).getText()).startsWith("Bei 3 von 6 Anfragen");
    }

    @Test
    void backToTheSystemLanguageForgetsTheChoice() throws Exception {
        preferences.setLanguage(java.util.Optional.of(Locale.GERMAN));
        Path file = dir.resolve("journal.db");
        startApp(file);
        waitUntil(() -> stage.getTitle().endsWith(file.toString()));
        assertThat(text("nav-prospects")).as("the saved choice holds from the start").isEqualTo("Interessenten");
        clickOn("#nav-settings");

        choose("settings-language", "Systemsprache (Englisch)");

        waitUntil(() -> "Prospects".equals(text("nav-prospects")));
        assertThat(preferences.language()).as("follows the system again").isEmpty();
        assertThat(lookup("#settings-language").queryComboBox().getValue()).hasToString("SYSTEM");
    }

    @Test
    void darkChosenInSettingsTurnsTheWindowDarkAndBackAndIsKept() throws Exception {
        Path file = JournalFiles.octoberJournal(dir.resolve("journal.db"));
        startApp(file);
        waitUntil(() -> stage.getTitle().endsWith(file.toString()));
        clickOn("#nav-review");
        waitUntil(() -> lookup("#chart-answers").tryQuery().isPresent());
        assertThat(windowBrightness()).as("the review light to begin with").isGreaterThan(0.8);
        clickOn("#nav-settings");

        choose("settings-theme", "Dark");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        waitUntil(() -> preferences.theme() == Theme.DARK);
        assertThat(windowBrightness()).as("the settings turned dark").isLessThan(0.2);
        clickOn("#nav-review");
        clickOn("#review-previous");
        waitUntil(() -> "38".equals(text("tile-score-value")));
        assertThat(windowBrightness()).as("the review turned dark").isLessThan(0.2);
        java.util.Set<Node> charts = lookup(".review-chart").queryAll();
        assertThat(charts).as("the charts are still there").hasSize(5);
        assertThat(charts).allMatch(chart -> chart.isVisible() && chart.getScene() != null);
        Label title = lookup("#chart-answers .chart-title").queryAs(Label.class);
        assertThat(brightness((Color) title.getTextFill())).as("chart titles light on dark").isGreaterThan(0.6);
        clickOn("#nav-settings");

        choose("settings-theme", "Light");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        waitUntil(() -> preferences.theme() == Theme.LIGHT);
        assertThat(windowBrightness()).isGreaterThan(0.8);
    }

    @Test
    void aDarkThemeChosenBeforeIsAppliedAtStart() throws Exception {
        preferences.setTheme(Theme.DARK);
        startApp(dir.resolve("journal.db"));

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(windowBrightness()).isLessThan(0.2);
        clickOn("#nav-settings");
        assertThat(lookup("#settings-theme").queryComboBox().getValue()).isEqualTo(Theme.DARK);
    }

    @Test
    void openContainingFolderShowsTheJournalsFolder() throws Exception {
        Path file = dir.resolve("journals").resolve("journal.db");
        startApp(file);
        waitUntil(() -> stage.getTitle().endsWith(file.toString()));
        clickOn("#nav-settings");

        clickOn("#settings-open-folder");

        waitUntil(() -> !shownFolders.isEmpty());
        assertThat(shownFolders).containsExactly(dir.resolve("journals"));
    }

    /** The mean brightness, 0 black to 1 white, of the window as drawn on the screen. */
    private double windowBrightness() {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        interact(() -> shot.set(stage.getScene().snapshot(null)));
        PixelReader pixels = shot.get().getPixelReader();
        double sum = 0;
        int count = 0;
        for (int y = 0; y < shot.get().getHeight(); y += 4) {
            for (int x = 0; x < shot.get().getWidth(); x += 4) {
                sum += brightness(pixels.getColor(x, y));
                count++;
            }
        }
        return sum / count;
    }

    private static double brightness(Color colour) {
        return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
    }
}
