package com.dealjournal.ui.welcome;

import com.dealjournal.i18n.Messages;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The first page a new user sees, in the window's content area before any journal is open: what
 * Deal Journal is for in three sentences, and two choices, their own empty journal (the default
 * button, so Enter takes it) or a demo journal in a file of its own. Both have Alt mnemonics and are
 * reached with Tab.
 */
final class WelcomePage extends ScrollPane {

    final Button own;
    final Button demo;
    final Label status = new Label();

    WelcomePage(Messages messages, Path ownJournal, Path demoJournal) {
        setId("welcome");
        getStyleClass().add(Styles.WELCOME);
        getStylesheets().add(WelcomePage.class.getResource(Styles.WELCOME_STYLESHEET).toExternalForm());
        setFitToWidth(true);
        setFitToHeight(true);

        ImageView icon = new ImageView(new Image(WelcomePage.class.getResource(Styles.ICON_FOLDER
                + "deal-journal-256.png").toExternalForm(), 96, 96, true, true));
        Label title = new Label(messages.get("welcome.title"));
        title.getStyleClass().add(Styles.WELCOME_TITLE);
        VBox sentences = new VBox(8);
        sentences.setId("welcome-text");
        for (String key : new String[] {"welcome.text.purpose", "welcome.text.logging", "welcome.text.review"}) {
            Label sentence = new Label(messages.get(key));
            sentence.getStyleClass().add(Styles.WELCOME_TEXT);
            sentence.setWrapText(true);
            sentences.getChildren().add(sentence);
        }

        own = choiceButton(messages.get("welcome.own"), Icon.JOURNAL_FILE, "welcome-own");
        own.setDefaultButton(true);
        own.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        demo = choiceButton(messages.get("welcome.demo"), Icon.DEMO, "welcome-demo");
        HBox choices = new HBox(24,
                choice(own, messages.format("welcome.own.hint", ownJournal.toString())),
                choice(demo, messages.format("welcome.demo.hint", demoJournal.toString())));
        choices.setAlignment(Pos.TOP_CENTER);

        status.setId("welcome-status");
        status.getStyleClass().add(Styles.HINT);
        status.setWrapText(true);

        VBox page = new VBox(20, icon, title, sentences, choices, status);
        page.setAlignment(Pos.TOP_CENTER);
        page.setMaxWidth(760);
        page.getStyleClass().add("welcome-page");
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.CENTER);
        setContent(centred);
        // the default choice has the focus as soon as the page is in the window
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                own.requestFocus();
            }
        });
    }

    /** While a choice is being carried out, neither can be taken again. */
    void busy(boolean busy, String message) {
        own.setDisable(busy);
        demo.setDisable(busy);
        status.setText(message == null ? "" : message);
    }

    private static Button choiceButton(String text, Icon icon, String id) {
        Button button = new Button(text, icon.node(24));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.getStyleClass().addAll(Styles.WELCOME_CHOICE, atlantafx.base.theme.Styles.LARGE);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    private static VBox choice(Button button, String explanation) {
        Label hint = new Label(explanation);
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        hint.setLabelFor(button);
        VBox choice = new VBox(8, button, hint);
        choice.setPrefWidth(340);
        HBox.setHgrow(choice, Priority.ALWAYS);
        return choice;
    }
}
