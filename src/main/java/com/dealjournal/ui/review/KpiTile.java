package com.dealjournal.ui.review;

import com.dealjournal.ui.common.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One figure of the month: what it is, its value, and how it changed against the month before. */
final class KpiTile extends VBox {

    private final Label value = new Label();
    private final Label change = new Label();

    KpiTile(String id, String title) {
        super(4);
        setId(id);
        getStyleClass().add(Styles.KPI_TILE);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.KPI_TITLE);
        value.getStyleClass().add(Styles.KPI_VALUE);
        value.setId(id + "-value");
        change.getStyleClass().add(Styles.KPI_CHANGE);
        change.setId(id + "-change");
        // unwrapped, each tile as wide as its longest line (at least 200, app.css): wrapped lines made
        // tiles taller than the flow of tiles had made room for, so that tiles overlapped
        getChildren().addAll(heading, value, change);
    }

    void show(String valueText, String changeText) {
        value.setText(valueText);
        change.setText(changeText);
    }
}
