package com.dealjournal.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A centred icon, title and explanation for a screen that has nothing to show yet. */
public final class EmptyState extends VBox {

    private final Label title = new Label();
    private final Label text = new Label();

    public EmptyState(Icon icon, String titleText, String explanation) {
        super(12);
        getStyleClass().add(Styles.EMPTY_STATE);
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        title.setText(titleText);
        title.getStyleClass().add(Styles.EMPTY_TITLE);
        text.setText(explanation);
        text.getStyleClass().add(Styles.EMPTY_TEXT);
        text.setWrapText(true);
        text.setMaxWidth(520);
        getChildren().addAll(icon.node(48), title, text);
    }

    public Label title() {
        return title;
    }

    public Label text() {
        return text;
    }
}
