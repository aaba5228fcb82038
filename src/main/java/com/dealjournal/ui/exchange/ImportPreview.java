package com.dealjournal.ui.exchange;

import com.dealjournal.exchange.ImportResult;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** What an import would add, or why it cannot: shown before anything is written. */
final class ImportPreview {

    static final String PREVIEW_STYLE = "import-preview";
    static final String PROBLEMS_STYLE = "import-problems";

    private final Messages messages;

    ImportPreview(Messages messages) {
        this.messages = messages;
    }

    /** Lists the prospects an import would add; true when the user chose to import them. */
    boolean confirm(Window owner, Path source, Path journal, JournalContent content) {
        ButtonType importButton = new ButtonType(messages.get("import.preview.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("import.preview.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", importButton, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("import.preview.title"));
        alert.setHeaderText(messages.format("import.preview.header", content.prospects().size(), content.eventCount()));
        Label summary = wrapped(messages.format("import.preview.text", source.toString(), journal.toString()));
        alert.getDialogPane().setContent(column(summary, prospectTable(content)));
        alert.getDialogPane().getStyleClass().add(PREVIEW_STYLE);
        alert.setResizable(true);
        return alert.showAndWait().filter(importButton::equals).isPresent();
    }

    /** Lists every problem the file has; nothing was written. */
    void showProblems(Window owner, Path source, ImportResult result) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(messages.get("import.problems.title"));
        alert.setHeaderText(messages.format("import.problems.header", result.problemCount()));
        Label summary = wrapped(messages.format("import.problems.text", source.toString()));
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                result.problems().stream().map(problem -> problem.describe(messages)).toList()));
        list.setId("import-problem-list");
        list.setCellFactory(view -> new WrappingCell());
        list.setPrefSize(720, 280);
        VBox content = column(summary, list);
        int unlisted = result.problemCount() - result.problems().size();
        if (unlisted > 0) {
            content.getChildren().add(new Label(messages.format("import.problems.more", unlisted)));
        }
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStyleClass().add(PROBLEMS_STYLE);
        alert.setResizable(true);
        alert.showAndWait();
    }

    private TableView<JournalContent.Entry> prospectTable(JournalContent content) {
        TableView<JournalContent.Entry> table = new TableView<>(FXCollections.observableArrayList(content.prospects()));
        table.setId("import-preview-table");
        table.setPrefSize(720, 280);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("field.name", entry -> entry.prospect().name()));
        table.getColumns().add(column("field.company", entry -> entry.prospect().company()));
        table.getColumns().add(column("field.status", entry -> messages.get(
                "status." + entry.prospect().status().name())));
        table.getColumns().add(column("import.preview.events", entry -> messages.format("import.preview.eventCount",
                entry.events().size())));
        return table;
    }

    private TableColumn<JournalContent.Entry, String> column(String titleKey,
            java.util.function.Function<JournalContent.Entry, String> text) {
        TableColumn<JournalContent.Entry, String> column = new TableColumn<>(messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    /** A problem over as many lines as it needs, never cut off at the list's edge. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {

        private final Label text = new Label();

        WrappingCell() {
            text.setWrapText(true);
            text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            listViewProperty().addListener((obs, old, list) -> {
                if (list != null) {
                    text.maxWidthProperty().bind(list.widthProperty().subtract(36));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(item);
            setGraphic(empty ? null : text);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(720);
        return label;
    }

    private static VBox column(javafx.scene.Node... nodes) {
        VBox box = new VBox(10, nodes);
        VBox.setVgrow(nodes[nodes.length - 1], Priority.ALWAYS);
        return box;
    }
}
