package com.dealjournal.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.testing.JournalFiles;
import com.dealjournal.ui.FxTest;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** The review on a journal whose October 2026 was worked out by hand (see JournalFiles.octoberJournal). */
class ReviewScreenTest extends FxTest {

    private String text(String id) {
        return lookup("#" + id).queryAs(Label.class).getText();
    }

    private void openOctober(Path file) throws Exception {
        startApp(file);
        waitUntil(() -> stage.getTitle().endsWith(file.toString()));
        clickOn("#nav-review");
        waitUntil(() -> "November 2026".equals(text("review-month")));
        clickOn("#review-previous");
        waitUntil(() -> "October 2026".equals(text("review-month")) && "38".equals(text("tile-score-value")));
    }

    @Test
    void theTilesShowTheMonthsFiguresAndTheirChange() throws Exception {
        openOctober(JournalFiles.octoberJournal(dir.resolve("journal.db")));

        assertThat(text("tile-score-value")).isEqualTo("38");
        assertThat(text("tile-score-change")).isEqualTo("no score to compare in September 2026");
        assertThat(text("tile-requests-value")).isEqualTo("6");
        assertThat(text("tile-requests-change")).isEqualTo("+6 against September 2026");
        assertThat(text("tile-answers-value")).isEqualTo("2 \u00b7 1 \u00b7 3");
        assertThat(text("tile-excess-value")).isEqualTo("2");
        assertThat(text("tile-money-value")).isEqualTo("\u20ac750.50");
        assertThat(text("tile-declined-value")).isEqualTo("1");
        assertThat(lookup("#review-empty").query().isVisible()).isFalse();
    }

    @Test
    void theChartsDrawEveryMonthOfTheRangeAndLeaveMonthsWithoutDataEmpty() throws Exception {
        openOctober(JournalFiles.octoberJournal(dir.resolve("journal.db")));

        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> answers = lookup("#chart-answers").queryAs(StackedBarChart.class);
        List<XYChart.Series<String, Number>> series = answers.getData();
        assertThat(series).extracting(XYChart.Series::getName).containsExactly("Held", "Traded", "Conceded");
        assertThat(series.get(0).getData()).singleElement().satisfies(d -> {
            assertThat(d.getXValue()).isEqualTo("Oct 26");
            assertThat(d.getYValue()).isEqualTo(2);
        });
        assertThat(series.get(2).getData()).singleElement().extracting(XYChart.Data::getYValue).isEqualTo(3);
        assertThat(((javafx.scene.chart.CategoryAxis) answers.getXAxis()).getCategories())
                .hasSize(12).startsWith("Nov 25").endsWith("Oct 26");
        PieChart outcomes = lookup("#chart-outcomes").queryAs(PieChart.class);
        assertThat(outcomes.getData()).extracting(PieChart.Data::getName)
                .containsExactlyInAnyOrder("Won (1)", "Lost (1)", "Declined by me (1)");
    }

    @Test
    void everyChartNamesEveryMonthOfTheRangeOnItsAxisAndEachAnswerByIconAsWellAsColour() throws Exception {
        openOctober(JournalFiles.octoberJournal(dir.resolve("journal.db")));

        List<String> months = List.of("Nov 25", "Dec 25", "Jan 26", "Feb 26", "Mar 26", "Apr 26", "May 26",
                "Jun 26", "Jul 26", "Aug 26", "Sep 26", "Oct 26");
        for (String chart : List.of("chart-answers", "chart-score", "chart-money", "chart-followups")) {
            javafx.scene.chart.Axis<?> axis = lookup("#" + chart).queryAs(XYChart.class).getXAxis();
            waitUntil(() -> visibleLabels(axis).size() == months.size());
            assertThat(visibleLabels(axis)).as(chart).containsExactlyElementsOf(months);
        }
        // the legend below the answers shows the timeline's icon of each answer beside its colour
        List<Label> legend = lookup("#chart-answers").query().getParent().lookupAll(".review-legend .chart-legend-item").stream()
                .map(Label.class::cast).toList();
        assertThat(legend).extracting(Label::getText).containsExactly("Held", "Traded", "Conceded");
        assertThat(legend).extracting(item -> ((javafx.scene.Parent) item.getGraphic()).getChildrenUnmodifiable()
                .stream().filter(org.kordamp.ikonli.javafx.FontIcon.class::isInstance)
                .map(icon -> ((org.kordamp.ikonli.javafx.FontIcon) icon).getIconCode()).toList())
                .containsExactly(List.of(com.dealjournal.ui.common.Icon.HELD.node(1).getIconCode()),
                        List.of(com.dealjournal.ui.common.Icon.TRADED.node(1).getIconCode()),
                        List.of(com.dealjournal.ui.common.Icon.CONCEDED.node(1).getIconCode()));
    }

    private static List<String> visibleLabels(javafx.scene.chart.Axis<?> axis) {
        return axis.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof javafx.scene.text.Text && node.isVisible())
                .map(node -> ((javafx.scene.text.Text) node).getText()).toList();
    }

    @Test
    void anEmptyMonthSaysSoAndShowsNoScore() throws Exception {
        startApp(journalWith(journal -> { }));
        clickOn("#nav-review");
        waitUntil(() -> "November 2026".equals(text("review-month")));

        waitUntil(() -> lookup("#review-empty").query().isVisible());
        assertThat(text("review-empty")).startsWith("Nothing logged in November 2026.");
        assertThat(text("tile-score-value")).isEqualTo("no data");
        assertThat(lookup("#review-next").query().isDisabled()).as("no future months").isTrue();
    }

    @Test
    void aReflectionNoteIsSavedForItsMonthAndShownWithIt() throws Exception {
        Path file = JournalFiles.octoberJournal(dir.resolve("journal.db"));
        openOctober(file);
        javafx.scene.control.TextArea note = lookup("#review-note").queryAs(javafx.scene.control.TextArea.class);

        interact(() -> note.setText("Held firm with B; chased A once too often."));
        clickOn("#review-note-save");

        waitUntil(() -> "Saved for October 2026.".equals(text("review-note-status")));
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM month_notes WHERE month = '2026-10'"
                + " AND note = 'Held firm with B; chased A once too often.'")).isEqualTo(1);
        clickOn("#review-next");
        waitUntil(() -> "November 2026".equals(text("review-month")) && note.getText().isEmpty());
        clickOn("#review-previous");
        waitUntil(() -> "Held firm with B; chased A once too often.".equals(note.getText()));
    }

    @Test
    void aReflectionTypedBeforeGoingToAnotherMonthIsSavedNotLost() throws Exception {
        Path file = JournalFiles.octoberJournal(dir.resolve("journal.db"));
        openOctober(file);
        javafx.scene.control.TextArea note = lookup("#review-note").queryAs(javafx.scene.control.TextArea.class);

        interact(() -> note.setText("Typed, never saved by hand."));
        clickOn("#review-previous");

        waitUntil(() -> "September 2026".equals(text("review-month")) && note.getText().isEmpty());
        waitUntil(() -> JournalFiles.queryLong(file, "SELECT count(*) FROM month_notes WHERE month = '2026-10'"
                + " AND note = 'Typed, never saved by hand.'") == 1);
        clickOn("#review-next");
        waitUntil(() -> "Typed, never saved by hand.".equals(note.getText()));
    }

    @Test
    void aTooLongReflectionIsNamedAndNotSaved() throws Exception {
        Path file = JournalFiles.octoberJournal(dir.resolve("journal.db"));
        openOctober(file);

        interact(() -> lookup("#review-note").queryAs(javafx.scene.control.TextArea.class).setText("x".repeat(10_001)));
        clickOn("#review-note-save");

        waitUntil(() -> text("review-note-status").contains("is too long: 10,001 characters"));
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM month_notes")).isZero();
    }

    @Test
    void theMonthsFiguresAreExportedAsCsvAndTheReviewAsPng() throws Exception {
        openOctober(JournalFiles.octoberJournal(dir.resolve("journal.db")));
        Path csv = dir.resolve("exports").resolve("figures.csv");
        Path png = dir.resolve("exports").resolve("review.png");
        java.nio.file.Files.createDirectories(csv.getParent());
        chosenFiles.add(csv);
        chosenFiles.add(png);

        clickOn("#review-export-csv");
        waitUntil(() -> java.nio.file.Files.exists(csv));
        assertThat(java.nio.file.Files.readString(csv)).isEqualTo("""
                figure,value
                month,2026-10
                chaseLimit,2
                requests,6
                held,2
                traded,1
                conceded,3
                followUps,3
                excessFollowUps,2
                gaveGround,5
                eyeLevelScore,38
                concededMoney.EUR,750.50
                closed.WON,1
                closed.LOST,0
                closed.DECLINED,1
                closed.STALLED,0
                """);

        clickOn("#review-export-png");
        waitUntil(() -> java.nio.file.Files.exists(png));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(image.getHeight()).as("the whole review, not only the visible part").isGreaterThan(700);
        try (var files = java.nio.file.Files.list(csv.getParent())) {
            assertThat(files).as("no temporary files left").hasSize(2);
        }
    }

    @Test
    void theInsightsSayOnlyWhatTheFiguresSupport() throws Exception {
        openOctober(JournalFiles.octoberJournal(dir.resolve("journal.db")));

        waitUntil(() -> lookup("#insight-0").tryQuery().isPresent());
        List<String> sentences = lookup(".insight").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(sentences).containsExactly(
                "You held your price or traded in 3 of 6 requests this month.",
                "You chased 2 times beyond your limit of 2 unanswered follow-ups this month. Waiting is also an answer.",
                "Your concessions cost \u20ac750.50 this month.",
                "Deals where you conceded closed at 100 %, deals where you held firm at 0 %.",
                "With only one deal in the smaller group, that is too few to tell yet.",
                "When you gave something, you got something back in 25 % of the cases.",
                "You offered extra work for free once in these months.");
    }

    @Test
    void anEmptyJournalHasNoInsights() throws Exception {
        startApp(journalWith(journal -> { }));
        clickOn("#nav-review");
        waitUntil(() -> lookup("#review-empty").query().isVisible());

        assertThat(lookup(".insight").queryAll()).isEmpty();
        assertThat(lookup("#review-insights").query().isVisible()).isFalse();
    }

    @Test
    void aMonthWithoutAScoreIsAGapInTheScoreLineNotAZero() throws Exception {
        Path file = journalWith(journal -> {
            var p = journal.prospects().insert(com.dealjournal.model.Prospect.named("Gap", JournalFiles.EUR));
            for (String[] d : new String[][] {{"2026-08-10", "HELD"}, {"2026-10-10", "CONCEDED"}}) {
                journal.events().insert(new com.dealjournal.model.Event.Discount(0, p.id(),
                        java.time.LocalDate.parse(d[0]), null, null, com.dealjournal.model.Response.valueOf(d[1]),
                        null, null, null));
            }
        });
        openMonth(file, "October 2026");

        @SuppressWarnings("unchecked")
        javafx.scene.chart.LineChart<String, Number> score = lookup("#chart-score").queryAs(
                javafx.scene.chart.LineChart.class);
        List<List<String>> scorePieces = score.getData().stream()
                .filter(series -> series.getName().equals("Score"))
                .map(series -> series.getData().stream().map(d -> d.getXValue() + "=" + d.getYValue()).toList())
                .toList();
        assertThat(scorePieces).containsExactly(List.of("Aug 26=100"), List.of("Oct 26=0"));
    }

    private void openMonth(Path file, String month) throws Exception {
        startApp(file);
        clickOn("#nav-review");
        waitUntil(() -> "November 2026".equals(text("review-month")));
        clickOn("#review-previous");
        waitUntil(() -> month.equals(text("review-month")) && !"no data".equals(text("tile-score-value")));
    }
}
