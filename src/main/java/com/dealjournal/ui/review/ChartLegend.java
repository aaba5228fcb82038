package com.dealjournal.ui.review;

import com.dealjournal.ui.common.Icon;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * A chart's legend drawn by the review itself, below the chart: each entry a sample of its colour (a
 * swatch, or a line with its dash), the icon the rest of the window uses for the same meaning, and its
 * name; so no entry is told apart by colour alone, in either theme.
 */
final class ChartLegend extends FlowPane {

    static final String STYLE = "review-legend";

    /** One entry: its colour and dash come from the stylesheet through {@code styleClass}. */
    record Entry(String text, String styleClass, Icon icon, boolean line) {

        static Entry swatch(String text, String styleClass, Icon icon) {
            return new Entry(text, styleClass, icon, false);
        }

        static Entry line(String text, String styleClass) {
            return new Entry(text, styleClass, null, true);
        }
    }

    ChartLegend(List<Entry> entries) {
        super(16, 4);
        getStyleClass().add(STYLE);
        setAlignment(Pos.CENTER);
        show(entries);
    }

    void show(List<Entry> entries) {
        getChildren().setAll(entries.stream().map(ChartLegend::item).toList());
    }

    private static Label item(Entry entry) {
        Node sample;
        if (entry.line()) {
            sample = new Line(0, 0, 18, 0);
            sample.getStyleClass().addAll("legend-line", entry.styleClass());
        } else {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", entry.styleClass());
            sample = swatch;
        }
        HBox graphic = new HBox(4, sample);
        graphic.setAlignment(Pos.CENTER_LEFT);
        if (entry.icon() != null) {
            graphic.getChildren().add(entry.icon().node(14));
        }
        Label item = new Label(entry.text(), graphic);
        item.getStyleClass().add("chart-legend-item");
        return item;
    }
}
