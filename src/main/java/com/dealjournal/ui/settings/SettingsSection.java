package com.dealjournal.ui.settings;

import com.dealjournal.i18n.Messages;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.JournalActions;
import com.dealjournal.ui.common.SectionView;
import com.dealjournal.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Settings: which journal file is open, its schema version, and opening or creating another. */
public final class SettingsSection implements SectionView {

    private final Messages messages;
    private final VBox view = new VBox(16);
    private final TextField file = new TextField();
    private final Label schema = new Label();

    public SettingsSection(Messages messages, JournalActions actions) {
        this.messages = messages;
        view.setId("settings");
        view.getStyleClass().add(Styles.SECTION);
        view.setPadding(new Insets(24));

        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);

        file.setId("settings-file");
        file.setEditable(false);
        file.setAccessibleText(messages.get("settings.file"));
        GridPane.setHgrow(file, Priority.ALWAYS);
        schema.setId("settings-schema");

        GridPane grid = new GridPane(12, 8);
        grid.addRow(0, new Label(messages.get("settings.file")), file);
        grid.addRow(1, new Label(messages.get("settings.schema")), schema);

        Button open = new Button(messages.get("menu.file.open"), Icon.OPEN_FILE.node(16));
        open.setId("settings-open");
        open.setOnAction(e -> actions.openAnotherJournal());
        Button create = new Button(messages.get("menu.file.new"), Icon.NEW_FILE.node(16));
        create.setId("settings-new");
        create.setOnAction(e -> actions.createNewJournal());

        Label hint = new Label(messages.get("settings.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.HINT);
        view.getChildren().addAll(title, grid, new HBox(8, open, create), hint);
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void show(Journal journal) {
        file.setText(journal.file().toString());
        schema.setText(messages.format("settings.schema.value", journal.schemaVersion()));
    }
}
