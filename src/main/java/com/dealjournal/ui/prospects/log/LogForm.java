package com.dealjournal.ui.prospects.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The form of a quick-log dialog: captions in the first column, fields in the second, each field with a
 * line under it for what is wrong with it. Rows carry their own space above, so a hidden message takes
 * no room at all; texts that wrap are as wide as the form, so they wrap where the user sees them.
 */
final class LogForm {

    private static final double ROW_GAP = 10;
    private static final double MIN_TEXT_WIDTH = 200;

    private final GridPane grid = new GridPane();
    private final Map<String, Label> errorLines = new LinkedHashMap<>();
    private final Label otherErrors = errorLine("log-error");
    private Label firstCaption;
    private int rows;

    LogForm() {
        grid.getStyleClass().add(LogStyles.FORM);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), fields);
    }

    GridPane node() {
        return grid;
    }

    /**
     * Adds a captioned row; the messages about {@code fields} appear under the control, in a label with
     * the control's id and {@code -error}. The caption is disabled with the control.
     */
    <T extends Node> T row(String caption, T control, String... fields) {
        Label label = new Label(caption);
        label.getStyleClass().add(LogStyles.CAPTION);
        label.setLabelFor(control);
        label.disableProperty().bind(control.disableProperty());
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        if (control instanceof TextArea) {
            GridPane.setValignment(label, VPos.TOP);
            label.setPadding(new Insets(6, 0, 0, 0));
        }
        if (firstCaption == null) {
            firstCaption = label;
        }
        GridPane.setMargin(label, new Insets(ROW_GAP, 0, 0, 0));
        GridPane.setMargin(control, new Insets(ROW_GAP, 0, 0, 0));
        grid.add(label, 0, rows);
        grid.add(control, 1, rows++);

        Label error = errorLine(control.getId() + "-error");
        GridPane.setMargin(error, new Insets(2, 0, 0, 0));
        wrapWithin(error, () -> grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset()
                - grid.getHgap() - firstCaption.getWidth());
        grid.add(error, 1, rows++);
        for (String field : fields) {
            errorLines.put(field, error);
        }
        return control;
    }

    /** Adds a node across both columns, such as an explanation or a warning. */
    void fullRow(Node node) {
        GridPane.setMargin(node, new Insets(ROW_GAP, 0, 0, 0));
        if (node instanceof Label label) {
            wrapWithin(label, () -> grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset());
        }
        grid.add(node, 0, rows++, 2, 1);
    }

    /** Ends the form with a line for messages about fields it does not show. */
    void finish() {
        fullRow(otherErrors);
    }

    /**
     * Shows each message under the field it is about (others at the end); returns whether anything the
     * user sees changed.
     */
    boolean show(Map<String, List<String>> messagesByField) {
        Map<Label, List<String>> lines = new LinkedHashMap<>();
        errorLines.values().forEach(line -> lines.put(line, new ArrayList<>()));
        lines.put(otherErrors, new ArrayList<>());
        messagesByField.forEach((field, texts) -> lines.get(errorLines.getOrDefault(field, otherErrors)).addAll(texts));
        boolean changed = false;
        for (Map.Entry<Label, List<String>> entry : lines.entrySet()) {
            Label line = entry.getKey();
            String text = String.join("\n", entry.getValue());
            changed |= !text.equals(line.getText());
            line.setText(text);
            line.setVisible(!text.isEmpty());
            line.setManaged(!text.isEmpty());
        }
        return changed;
    }

    /** A label that wraps at the width it gets, not at its own preferred width. */
    private void wrapWithin(Label label, DoubleSupplier width) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(MIN_TEXT_WIDTH, width.getAsDouble()), grid.widthProperty(), grid.insetsProperty()));
    }

    private static Label errorLine(String id) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add(LogStyles.FIELD_ERROR);
        line.setVisible(false);
        line.setManaged(false);
        return line;
    }
}
