package com.dealjournal.ui.prospects.log;

import com.dealjournal.ui.common.IsoDateConverter;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.Violation;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The scaffolding every quick-log dialog shares: a modal dialog naming the prospect, a form of
 * captioned rows each with its own error line, Save (the default button, Enter; Ctrl+Enter from
 * anywhere, also inside a text area) and Cancel (Esc). Every change reads the form again; Save stays
 * disabled while anything breaks a rule, and each broken rule is shown under its field in the model's
 * words.
 *
 * @param <R> what the dialog returns when saved
 */
abstract class LogDialog<R> {

    private static final KeyCombination SAVE_FROM_ANYWHERE =
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ENTER = new KeyCodeCombination(KeyCode.ENTER);
    private static final KeyCombination ESCAPE = new KeyCodeCombination(KeyCode.ESCAPE);
    private static final String REQUIRED = "validation.required";

    protected final LogContext context;
    protected final Messages messages;
    private final Dialog<R> dialog = new Dialog<>();
    private final LogForm form = new LogForm();
    private final Button save;
    private Node firstFocus;
    private boolean started;
    private boolean shown;
    private boolean edited;

    LogDialog(LogContext context, String kindStyle, Icon icon, String title, String header) {
        this.context = context;
        this.messages = context.messages();
        dialog.initOwner(context.owner());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setGraphic(icon.node(28));
        dialog.setResizable(true);

        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().addAll(LogStyles.QUICK_LOG, kindStyle);
        pane.getStylesheets().add(LogDialog.class.getResource(Styles.STYLESHEET).toExternalForm());
        ButtonType saveType = new ButtonType(messages.get("log.save"), ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("log.cancel"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(saveType, cancelType);
        save = (Button) pane.lookupButton(saveType);
        save.setId("log-save");
        save.setTooltip(new Tooltip(messages.get("log.save.tooltip")));
        Button cancel = (Button) pane.lookupButton(cancelType);
        cancel.setId("log-cancel");
        cancel.setTooltip(new Tooltip(messages.get("log.cancel.tooltip")));

        pane.setContent(form.node());

        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            // a toggle button would take Enter for itself; in these dialogs Enter on a choice saves
            if (SAVE_FROM_ANYWHERE.match(e) || ENTER.match(e) && e.getTarget() instanceof ToggleButton) {
                e.consume();
                if (!save.isDisabled()) {
                    save.fire();
                }
            } else if (ESCAPE.match(e) && !inOpenPopup(e.getTarget())) {
                // an editable combo box or date picker would swallow Esc even with its popup closed
                e.consume();
                cancel.fire();
            }
        });
        dialog.setResultConverter(button -> button == saveType ? validate().orElse(null) : null);
        // after the dialog's own focus on its default button, and after its skins filled in their fields
        dialog.setOnShown(e -> Platform.runLater(() -> {
            giveFirstFocus();
            shown = true;
            fit();
        }));
    }

    /**
     * Reads the form into what the dialog returns, adding to {@code reading} every text it cannot read
     * and every rule the result breaks.
     */
    protected abstract R read(Reading reading);

    /** Shows the dialog, waits until it is closed, and returns what was saved, or empty when cancelled. */
    final Optional<R> showAndWait() {
        started = true;
        form.finish();
        validate();
        return dialog.showAndWait();
    }

    /** Reads the form, shows what is wrong under each field, and enables Save only when nothing is. */
    private Optional<R> validate() {
        Reading reading = new Reading(context.formats().locale());
        R value = read(reading);
        List<Violation> violations = reading.violations();
        show(violations);
        save.setDisable(!violations.isEmpty());
        return violations.isEmpty() ? Optional.ofNullable(value) : Optional.empty();
    }

    private void show(List<Violation> violations) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Violation violation : violations) {
            // an empty required field is not scolded before the user has changed anything
            if (edited || !REQUIRED.equals(violation.key())) {
                byField.computeIfAbsent(violation.field(), f -> new ArrayList<>()).add(messages.describe(violation));
            }
        }
        if (form.show(byField)) {
            fit();
        }
    }

    /** Grows or shrinks the dialog to what its form now shows, such as a message that appeared. */
    private void fit() {
        if (shown && dialog.getDialogPane().getScene() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    /** Reads the form again whenever one of these changes. */
    protected final void watch(Observable... observables) {
        for (Observable observable : observables) {
            observable.addListener(o -> {
                if (started) {
                    edited |= shown;
                    validate();
                }
            });
        }
    }

    /**
     * Adds a captioned row; the messages about {@code fields} appear under the control, in a label with
     * the control's id and {@code -error}.
     */
    protected final <T extends Node> T row(String caption, T control, String... fields) {
        return form.row(caption, control, fields);
    }

    /** Adds a node across both columns, such as an explanation or a warning. */
    protected final void fullRow(Node node) {
        form.fullRow(node);
    }

    /** The control that has the focus when the dialog opens; choose it so that Enter alone saves the common case. */
    protected final void focusFirst(Node node) {
        firstFocus = node;
    }

    /** Whether the key goes to a combo box or date picker whose list or calendar is open, to close it. */
    private static boolean inOpenPopup(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ComboBoxBase<?> box) {
                return box.isShowing();
            }
        }
        return false;
    }

    private void giveFirstFocus() {
        // some window systems (and headless Monocle) leave the keyboard with the owner window
        dialog.getDialogPane().getScene().getWindow().requestFocus();
        if (firstFocus != null) {
            firstFocus.requestFocus();
            if (firstFocus instanceof TextInputControl text) {
                text.selectAll();
            }
        }
    }

    /** A date picker that writes and reads {@code YYYY-MM-DD}; the dialog judges its typed text. */
    protected final DatePicker datePicker(String id, LocalDate value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setConverter(new IsoDateConverter(picker::getValue));
        picker.setValue(value);
        picker.setPromptText(messages.get("log.date.prompt"));
        picker.setPrefWidth(170);
        picker.getEditor().setText(value == null ? "" : value.toString());
        watch(picker.getEditor().textProperty(), picker.valueProperty());
        return picker;
    }

    /** A field for an amount or a percentage, pre-filled as the user's language writes decimals. */
    protected final TextField decimalField(String id, BigDecimal value) {
        TextField field = new TextField(decimalText(value));
        field.setId(id);
        field.setPromptText(messages.get("log.optional"));
        field.setPrefColumnCount(10);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        watch(field.textProperty());
        return field;
    }

    private String decimalText(BigDecimal value) {
        if (value == null) {
            return "";
        }
        char separator = DecimalFormatSymbols.getInstance(context.formats().locale()).getDecimalSeparator();
        return value.toPlainString().replace('.', separator);
    }
}
