package com.dealjournal.ui.welcome;

import com.dealjournal.i18n.Messages;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bar above the content while a demo journal is open: says that the data is made up and offers the
 * way to the user's own journal. Hidden (and taking no room) while any other journal is open.
 */
final class DemoBanner extends HBox {

    final Button leave;

    DemoBanner(Messages messages) {
        super(12);
        setId("demo-banner");
        getStyleClass().add(Styles.DEMO_BANNER);
        getStylesheets().add(DemoBanner.class.getResource(Styles.WELCOME_STYLESHEET).toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(messages.get("demo.banner.text"), Icon.DEMO.node(20));
        text.setId("demo-banner-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        leave = new Button(messages.get("demo.banner.leave"), Icon.JOURNAL_FILE.node(16));
        leave.setId("demo-banner-leave");
        leave.setMnemonicParsing(true);
        leave.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(text, leave);
        showDemo(false, false);
    }

    /**
     * @param demo     whether a demo journal is open
     * @param canLeave whether there is an own journal to go to (not when the demo is where it would be)
     */
    void showDemo(boolean demo, boolean canLeave) {
        setVisible(demo);
        setManaged(demo);
        leave.setVisible(canLeave);
        leave.setDisable(!demo || !canLeave);
    }
}
