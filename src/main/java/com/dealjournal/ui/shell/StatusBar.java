package com.dealjournal.ui.shell;

import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line of the window: the open journal file, a message, and a progress indicator. */
final class StatusBar extends HBox {

    private final Label file = new Label();
    private final Label message = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();

    StatusBar(ObservableBooleanValue busy) {
        super(8);
        getStyleClass().add(Styles.STATUS_BAR);
        setAlignment(Pos.CENTER_LEFT);
        file.setId("status-file");
        file.setGraphic(Icon.JOURNAL_FILE.node(14));
        message.setId("status-message");
        progress.setId("status-progress");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(file, spacer, message, progress);
    }

    void showFile(String text) {
        file.setText(text);
    }

    void showMessage(String text) {
        message.setText(text);
    }
}
