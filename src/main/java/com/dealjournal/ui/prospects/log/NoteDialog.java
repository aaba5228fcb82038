package com.dealjournal.ui.prospects.log;

import com.dealjournal.model.Event;
import com.dealjournal.ui.common.Icon;
import com.dealjournal.ui.common.Styles;
import java.time.LocalDate;
import javafx.scene.control.Label;

/** Anything else worth remembering: a date and the text, which is required. Ctrl+Enter saves. */
final class NoteDialog extends EventDialog {

    private final Event.Note initial;

    NoteDialog(LogContext context, Event.Note initial) {
        super(context, initial, LogStyles.NOTE, Icon.NOTE, "log.note");
        this.initial = initial;
        focusFirst(noteRow(initial.note(), "log.note.requiredPrompt"));
        Label hint = new Label(messages.get("log.note.hint"));
        hint.setId("log-note-hint");
        hint.getStyleClass().add(Styles.HINT);
        fullRow(hint);
    }

    @Override
    protected Event read(Reading reading, LocalDate date, String note) {
        return new Event.Note(initial.id(), initial.prospectId(), date, note);
    }
}
