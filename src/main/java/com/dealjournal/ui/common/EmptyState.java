package com.dealjournal.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A centred icon, title and explanation for a screen that has nothing to show yet. */
public final class EmptyState extends VBox {

    public EmptyState(Icon icon, String titleText, String explanation) {
        super(12);
        getStyleClass().add(Styles.EMPTY_STATE);
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        Label title = new Label(titleText);
        title.getStyleClass().add(Styles.EMPTY_TITLE);
        // a long title (German: "Kein Interessent ausgewählt") wraps in a narrow pane instead of being cut off
        title.setWrapText(true);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        title.setMaxWidth(520);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(explanation);
        text.getStyleClass().add(Styles.EMPTY_TEXT);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(icon.node(48), title, text);
    }
}
