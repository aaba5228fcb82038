package com.dealjournal.ui.prospects.log;

import com.dealjournal.ui.common.LineBreaks;
import com.dealjournal.model.Input;
import com.dealjournal.model.ValidationException;
import com.dealjournal.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextInputControl;

/**
 * One reading of a dialog's fields into model values. Text the model cannot read becomes {@code null}
 * and a violation for its field; a disabled field reads as {@code null}, so its value is not saved.
 */
final class Reading {

    private final Locale locale;
    private final List<Violation> violations = new ArrayList<>();

    Reading(Locale locale) {
        this.locale = locale;
    }

    /** An amount or a percentage as typed in the user's language (German: 12,5). */
    BigDecimal decimal(String field, TextInputControl input) {
        return input.isDisable() ? null : parse(() -> Input.typedDecimal(field, input.getText(), locale));
    }

    /** The date typed into a picker's editor: its text, which may not have reached the picker's value yet. */
    LocalDate date(String field, DatePicker picker) {
        return parse(() -> Input.date(field, picker.getEditor().getText()));
    }

    /** Free text as typed, or {@code null} when blank or when {@code owner} is disabled. */
    String text(Node owner, TextInputControl input) {
        String text = input.getText();
        return owner.isDisable() || text == null || text.isBlank() ? null : text;
    }

    /** One line of text with its surrounding spaces trimmed; pasted line breaks are kept, to be refused. */
    String line(Node owner, TextInputControl input) {
        String text = text(owner, input);
        return text == null ? null : LineBreaks.restore(text).replaceAll("^\\h+|\\h+$", "");
    }

    /** Adds the model's own verdict, except on fields whose text could not even be read. */
    void check(List<Violation> verdict) {
        List<String> unreadable = violations.stream().map(Violation::field).toList();
        verdict.stream().filter(v -> !unreadable.contains(v.field())).forEach(violations::add);
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    private <T> T parse(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            return null;
        }
    }
}
