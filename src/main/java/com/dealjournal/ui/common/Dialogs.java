package com.dealjournal.ui.common;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.ValidationException;
import com.dealjournal.store.JournalOpenException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The application's dialogs: errors, refusals, and the choice offered when a journal cannot be opened. */
public final class Dialogs {

    /** What the user chose when a journal could not be opened. */
    public enum ProblemChoice { OPEN_ANOTHER, CREATE_NEW, CANCEL }

    private final Messages messages;
    private final Supplier<Window> owner;

    public Dialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /** Shows a failure as a dialog: what went wrong in words, the technical details folded away. */
    public void error(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(messages.get("dialog.error.header"));
        alert.setContentText(describe(error));
        TextArea details = new TextArea(stackTrace(error));
        details.setEditable(false);
        details.setWrapText(false);
        alert.getDialogPane().setExpandableContent(details);
        alert.show();
    }

    /**
     * Says why a file the user chose cannot be used, in the words of {@link JournalOpenException}'s message,
     * followed by {@code outcome} (what this meant, such as "your journal was not changed"). Does not wait.
     *
     * @param styleClass of the dialog's pane, so that it can be told apart
     */
    public void refused(String styleClass, String header, JournalOpenException problem, String outcome) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("dialog.error.title"));
        alert.setHeaderText(header);
        alert.setContentText(messages.format(problem.messageKey(), problem.messageArgs()) + "\n\n" + outcome);
        alert.getDialogPane().getStyleClass().add(styleClass);
        alert.show();
    }

    /**
     * Says that a journal cannot be opened, naming the file and the problem, and offers to open another
     * file or create a new one; the last button quits when no journal is open, or keeps the open one.
     */
    public void journalProblem(JournalOpenException problem, boolean journalOpen, Consumer<ProblemChoice> then) {
        ButtonType another = new ButtonType(messages.get("dialog.problem.openAnother"), ButtonBar.ButtonData.OK_DONE);
        ButtonType create = new ButtonType(messages.get("dialog.problem.createNew"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get(journalOpen ? "dialog.problem.keep" : "dialog.problem.quit"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", another, create, cancel);
        alert.initOwner(owner.get());
        alert.setTitle(messages.get("dialog.problem.title"));
        alert.setHeaderText(messages.get("dialog.problem.header"));
        alert.setContentText(messages.format(problem.messageKey(), problem.messageArgs()));
        alert.getDialogPane().getStyleClass().add(Styles.JOURNAL_PROBLEM);
        alert.setOnHidden(e -> then.accept(alert.getResult() == another ? ProblemChoice.OPEN_ANOTHER
                : alert.getResult() == create ? ProblemChoice.CREATE_NEW : ProblemChoice.CANCEL));
        alert.show();
    }

    private String describe(Throwable error) {
        return switch (error) {
            case JournalOpenException e -> messages.format(e.messageKey(), e.messageArgs());
            case ValidationException e -> e.violations().stream().map(messages::describe)
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            default -> error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        };
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
