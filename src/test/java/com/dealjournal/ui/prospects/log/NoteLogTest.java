package com.dealjournal.ui.prospects.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A note: the text is required; Enter starts a new line in it and Ctrl+Enter saves. */
class NoteLogTest extends QuickLogFxTest {

    private CompletableFuture<Optional<Event>> openNote() throws Exception {
        return open(() -> quickLog.note(owner, prospect, TODAY));
    }

    @Test
    void typingAndCtrlEnterLogsTheNoteToday() throws Exception {
        CompletableFuture<Optional<Event>> result = openNote();
        assertThat(dialog().getStyleClass()).contains("quick-log", "log-note");
        assertThat(dialog().getHeaderText()).isEqualTo("A note on Nordlicht GmbH");
        assertThat(dialog().getScene().getFocusOwner()).isSameAs(node("log-note", TextArea.class));

        write("Their CFO joins the next call.");
        pressCtrlEnter();

        assertThat(saved(result)).isEqualTo(new Event.Note(0, PROSPECT_ID, TODAY, "Their CFO joins the next call."));
    }

    @Test
    void enterInTheNoteStartsANewLine() throws Exception {
        CompletableFuture<Optional<Event>> result = openNote();

        write("First line");
        pressEnter();
        write("second line");
        assertThat(result).as("Enter in the note does not save").isNotDone();
        pressCtrlEnter();

        assertThat(((Event.Note) saved(result)).note()).isEqualTo("First line\nsecond line");
    }

    @Test
    void anEmptyNoteCannotBeSaved() throws Exception {
        CompletableFuture<Optional<Event>> result = openNote();
        assertThat(saveButton().isDisabled()).isTrue();
        assertThat(errorUnder("log-note")).as("no scolding before typing").isEmpty();
        assertThat(node("log-note", TextArea.class).getPromptText()).isEqualTo("What happened?");
        assertThat(node("log-note-hint", javafx.scene.control.Label.class).getText())
                .isEqualTo("Enter starts a new line, Ctrl+Enter saves.");

        write("x");
        type(KeyCode.BACK_SPACE);
        write("   ");

        assertThat(errorUnder("log-note")).isEqualTo("Note is required.");
        assertThat(saveButton().isDisabled()).isTrue();
        pressCtrlEnter();
        assertThat(result).isNotDone();
        pressEscape();
        assertCancelled(result);
    }

    @Test
    void editingKeepsTheId() throws Exception {
        Event.Note stored = new Event.Note(12, PROSPECT_ID, TODAY.minusDays(1), "Budget is fixed.");
        CompletableFuture<Optional<Event>> result = open(() -> quickLog.edit(owner, prospect, stored, List.of(), 2));
        assertThat(input("log-note").getText()).isEqualTo("Budget is fixed.");

        type(KeyCode.END);
        write(" Until June.");
        pressCtrlEnter();

        assertThat(saved(result)).isEqualTo(new Event.Note(12, PROSPECT_ID, TODAY.minusDays(1),
                "Budget is fixed. Until June."));
    }
}
