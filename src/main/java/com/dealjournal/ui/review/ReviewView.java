package com.dealjournal.ui.review;

import com.dealjournal.i18n.Messages;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.Styles;
import com.dealjournal.ui.common.TextCell;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The review screen: the month picker and range, the month's tiles, and the charts of the range. */
final class ReviewView extends StackPane {

    final Button previous;
    final Button next;
    final Button thisMonth;
    final Label month = new Label();
    final ComboBox<ReviewRange> range = new ComboBox<>();
    final Button exportImage;
    final Button exportFigures;
    /** What an image export shows: the whole review, not only the part scrolled into view. */
    final VBox content;
    final KpiTile score;
    final KpiTile requests;
    final KpiTile answers;
    final KpiTile excess;
    final KpiTile money;
    final KpiTile declined;
    final ReviewCharts charts;
    final Label emptyHint = new Label();
    final javafx.scene.control.TextArea note = new javafx.scene.control.TextArea();
    final Button saveNote;
    final Label noteStatus = new Label();
    private final VBox insights = new VBox(6);

    ReviewView(Messages messages, Formats formats) {
        setId("review");
        previous = button("review-previous", "\u2039", messages.get("review.previous"));
        next = button("review-next", "\u203a", messages.get("review.next"));
        thisMonth = button("review-this-month", messages.get("review.thisMonth"), messages.get("review.thisMonth"));
        month.setId("review-month");
        month.getStyleClass().add(Styles.SECTION_TITLE);
        month.setMinWidth(Region.USE_PREF_SIZE);
        range.setId("review-range");
        range.getItems().setAll(ReviewRange.values());
        range.setCellFactory(list -> new TextCell<>(item -> item == null ? null : messages.get(item.labelKey())));
        range.setButtonCell(new TextCell<>(item -> item == null ? null : messages.get(item.labelKey())));
        range.setAccessibleText(messages.get("review.range"));
        range.setTooltip(new Tooltip(messages.get("review.range")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        exportImage = button("review-export-png", messages.get("review.export.image"),
                messages.get("review.export.image.tooltip"));
        exportFigures = button("review-export-csv", messages.get("review.export.figures"),
                messages.get("review.export.figures.tooltip"));
        HBox toolbar = new HBox(8, previous, month, next, thisMonth, spacer, range, exportImage, exportFigures);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        score = new KpiTile("tile-score", messages.get("review.tile.score"));
        requests = new KpiTile("tile-requests", messages.get("review.tile.requests"));
        answers = new KpiTile("tile-answers", messages.get("review.tile.answers"));
        excess = new KpiTile("tile-excess", messages.get("review.tile.excess"));
        money = new KpiTile("tile-money", messages.get("review.tile.money"));
        declined = new KpiTile("tile-declined", messages.get("review.tile.declined"));
        FlowPane tiles = new FlowPane(12, 12, score, requests, answers, excess, money, declined);

        emptyHint.setId("review-empty");
        emptyHint.getStyleClass().add(Styles.HINT);
        emptyHint.setWrapText(true);
        emptyHint.managedProperty().bind(emptyHint.visibleProperty());

        Label noteTitle = new Label(messages.get("review.note"));
        noteTitle.getStyleClass().add(Styles.SUBSECTION_TITLE);
        note.setId("review-note");
        note.setPromptText(messages.get("review.note.prompt"));
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setAccessibleText(messages.get("review.note"));
        saveNote = button("review-note-save", messages.get("review.note.save"), messages.get("review.note.save"));
        noteStatus.setId("review-note-status");
        noteStatus.getStyleClass().add(Styles.HINT);
        noteStatus.setWrapText(true);
        HBox noteBar = new HBox(8, saveNote, noteStatus);
        noteBar.setAlignment(Pos.CENTER_LEFT);
        VBox reflection = new VBox(6, noteTitle, note, noteBar);

        charts = new ReviewCharts(messages, formats);
        GridPane grid = new GridPane(16, 16);
        int i = 0;
        for (var chart : charts.all()) {
            GridPane.setHgrow(chart, Priority.ALWAYS);
            grid.add(chart, i % 2, i / 2);
            i++;
        }

        insights.setId("review-insights");
        insights.getStyleClass().add("insights");
        content = new VBox(16, toolbar, tiles, emptyHint, insights, reflection, grid);
        content.getStyleClass().add("review-content");
        content.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        getChildren().add(scroll);
    }

    /** The review's sentences, one per line; nothing at all when the data supports none. */
    void showInsights(java.util.List<String> sentences) {
        insights.getChildren().clear();
        for (int i = 0; i < sentences.size(); i++) {
            Label sentence = new Label(sentences.get(i));
            sentence.setId("insight-" + i);
            sentence.getStyleClass().add("insight");
            sentence.setWrapText(true);
            insights.getChildren().add(sentence);
        }
        insights.setVisible(!sentences.isEmpty());
        insights.setManaged(!sentences.isEmpty());
    }

    private static Button button(String id, String text, String tooltip) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }
}
