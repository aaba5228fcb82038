package com.dealjournal.ui.prospects.log;

import com.dealjournal.ui.common.LineBreaks;
import com.dealjournal.model.Event;
import com.dealjournal.model.Field;
import com.dealjournal.ui.common.Icon;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;

/**
 * A dialog that logs or edits one journal event: its date first, its own fields, the note last. It is
 * filled from an event (a fresh one with id 0, or one being edited) and returns the changed event with
 * the same id and prospect.
 */
abstract class EventDialog extends LogDialog<Event> {

    protected final DatePicker date;
    private TextArea note;

    EventDialog(LogContext context, Event initial, String kindStyle, Icon icon, String keys) {
        super(context, kindStyle, icon, context.messages().format(keys + ".title", context.prospectName()),
                context.messages().format(keys + ".header", context.prospectName()));
        date = row(messages.get("log.date"), datePicker("log-date", initial.date()), Field.DATE);
    }

    /** Builds the event from what the form holds; {@code date} and {@code note} are already read. */
    protected abstract Event read(Reading reading, LocalDate date, String note);

    @Override
    protected final Event read(Reading reading) {
        Event event = read(reading, reading.date(Field.DATE, date), reading.text(note, note));
        reading.check(event.validate());
        return event;
    }

    /** Adds the note as the last row: Enter starts a new line in it, Ctrl+Enter saves. */
    protected final TextArea noteRow(String text, String promptKey) {
        note = new TextArea(text == null ? "" : text);
        note.setId("log-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPrefColumnCount(30);
        note.setPromptText(messages.get(promptKey));
        watch(note.textProperty());
        return row(messages.get("log.note"), note, Field.NOTE);
    }

    /** "What I got in return": an editable list of the usual trades, or anything typed, on one line. */
    protected final ComboBox<String> tradedForRow(String text) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("log-traded-for");
        box.setEditable(true);
        box.getItems().setAll(List.of("lessScope", "prepayment", "commitment", "referral").stream()
                .map(choice -> messages.get("log.tradedFor." + choice)).toList());
        box.getEditor().setTextFormatter(LineBreaks.marked());
        box.setValue(text);
        box.getEditor().setText(text == null ? "" : text);
        box.setPromptText(messages.get("log.tradedFor.prompt"));
        box.setMaxWidth(Double.MAX_VALUE);
        watch(box.getEditor().textProperty());
        return row(messages.get("log.tradedFor"), box, Field.TRADED_FOR);
    }
}
