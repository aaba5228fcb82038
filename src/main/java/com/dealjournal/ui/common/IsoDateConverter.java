package com.dealjournal.ui.common;

import com.dealjournal.model.Field;
import com.dealjournal.model.Input;
import com.dealjournal.model.ValidationException;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * Dates in a date picker written as the journal writes them, {@code YYYY-MM-DD}. Text that is not a
 * real day never throws: the picker keeps its date, so the field keeps showing what the user typed, and
 * the dialog reads and judges that text itself, with the model's message.
 */
public final class IsoDateConverter extends StringConverter<LocalDate> {

    private final Supplier<LocalDate> current;

    /** @param current the picker's date, kept when the text is not a date */
    public IsoDateConverter(Supplier<LocalDate> current) {
        this.current = current;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = parse(text);
        return date != null ? date : current.get();
    }

    /** The day the text names, or {@code null} when it names none. */
    public static LocalDate parse(String text) {
        try {
            return Input.date(Field.DATE, text);
        } catch (ValidationException e) {
            return null;
        }
    }
}
