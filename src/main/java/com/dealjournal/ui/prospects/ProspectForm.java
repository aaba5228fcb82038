package com.dealjournal.ui.prospects;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Field;
import com.dealjournal.ui.common.IsoDateConverter;
import com.dealjournal.ui.common.LineBreaks;
import com.dealjournal.ui.common.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The prospect's editable fields, bound to a {@link ProspectFormModel}. Each problem the model finds
 * marks its field and is named, in words, below the form.
 */
final class ProspectForm extends GridPane {

    private final Messages messages;
    private final ProspectFormModel model;
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Label problems = new Label();

    ProspectForm(Messages messages, ProspectFormModel model) {
        super(10, 8);
        this.messages = messages;
        this.model = model;
        getStyleClass().add(Styles.PROSPECT_FORM);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, inputs);

        line(Field.NAME, model.name);
        line(Field.COMPANY, model.company);
        line(Field.CONTACT, model.contact);
        line(Field.SOURCE, model.source);
        DatePicker firstContact = new DatePicker();
        firstContact.setId("prospect-first-contact");
        firstContact.setConverter(new IsoDateConverter(firstContact::getValue));
        firstContact.setPromptText(messages.get("log.date.prompt"));
        firstContact.getEditor().textProperty().bindBidirectional(model.firstContact);
        row(Field.FIRST_CONTACT, firstContact);
        line(Field.CURRENCY, model.currency);
        line(Field.LIST_PRICE, model.listPrice);
        line(Field.WALK_AWAY_PRICE, model.walkAwayPrice);
        row(Field.GUT_FEELING, gutFeeling());
        TextArea notes = new TextArea();
        notes.setId("prospect-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(model.notes);
        row(Field.NOTES, notes);

        problems.setId("prospect-problems");
        problems.getStyleClass().add(Styles.FIELD_ERROR);
        problems.setWrapText(true);
        add(problems, 0, getRowCount(), 2, 1);

        model.errorsProperty().addListener(o -> showProblems());
        showProblems();
    }

    /** The control that edits a field, for focus and for tests. */
    Control control(String field) {
        return controls.get(field);
    }

    private void line(String field, javafx.beans.property.StringProperty property) {
        TextField text = new TextField();
        text.setId("prospect-" + field.replace('_', '-'));
        text.setTextFormatter(LineBreaks.marked());
        text.textProperty().bindBidirectional(property);
        row(field, text);
    }

    private ComboBox<Integer> gutFeeling() {
        ComboBox<Integer> box = new ComboBox<>();
        box.setId("prospect-gut-feeling");
        box.getItems().addAll(null, 1, 2, 3, 4, 5);
        box.setCellFactory(list -> new GutFeelingCell());
        box.setButtonCell(new GutFeelingCell());
        box.valueProperty().bindBidirectional(model.gutFeeling);
        return box;
    }

    private void row(String field, Control control) {
        Label label = new Label(messages.fieldLabel(field));
        label.setLabelFor(control);
        control.setAccessibleText(messages.fieldLabel(field));
        control.setMaxWidth(Double.MAX_VALUE);
        controls.put(field, control);
        addRow(getRowCount(), label, control);
    }

    private void showProblems() {
        List<String> lines = new ArrayList<>();
        for (String field : controls.keySet()) {
            String message = model.errorsProperty().get().get(field);
            if (message != null) {
                lines.add(message);
            }
        }
        problems.setText(String.join("\n", lines));
        problems.setVisible(!lines.isEmpty());
        problems.setManaged(!lines.isEmpty());
        // each invalid field is marked by a style class (not ControlsFX's ValidationSupport: its decorations
        // put a pane of their own at the scene's root, which cuts the theme's colour lookups off)
        controls.forEach((field, control) -> {
            boolean invalid = model.errorsProperty().get().containsKey(field);
            control.getStyleClass().remove(Styles.FIELD_INVALID);
            if (invalid) {
                control.getStyleClass().add(Styles.FIELD_INVALID);
            }
        });
    }

    private final class GutFeelingCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value == null ? messages.get("prospect.gutFeeling.none")
                    : messages.get("prospect.gutFeeling." + value));
        }
    }
}
