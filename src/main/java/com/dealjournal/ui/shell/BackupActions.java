package com.dealjournal.ui.shell;

import com.dealjournal.i18n.Messages;
import com.dealjournal.io.RollingBackups;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Confirm;
import com.dealjournal.ui.common.Dialogs;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.JournalChooser;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Stage;

/**
 * The journal's backups in the window: today's backup right after a journal opened, File &gt; Back up
 * now… and File &gt; Restore from backup…. The file work runs through {@link Async}; what came of it is
 * said in the status bar, and a backup that cannot be restored in a dialog that does not wait.
 */
final class BackupActions {

    /** The style class of the dialog saying a chosen backup cannot be restored. */
    static final String REFUSED = "backup-refused";

    /** What the user is asked before a restore: the backup's facts, and how many prospects it would replace. */
    private record Question(RollingBackups.BackupInfo backup, int currentProspects) {
    }

    private final Stage stage;
    private final Messages messages;
    private final Formats formats;
    private final Async async;
    private final Dialogs dialogs;
    private final JournalChooser chooser;
    private final RollingBackups backups;
    private final StatusBar statusBar;
    private final Supplier<Optional<Journal>> openJournal;
    private final Runnable showAgain;

    /**
     * @param openJournal the journal open now, if any
     * @param showAgain   shows the open journal again in every section, after its content was replaced
     */
    BackupActions(Stage stage, Messages messages, Async async, Dialogs dialogs, JournalChooser chooser,
                  RollingBackups backups, MainWindow window, Supplier<Optional<Journal>> openJournal,
                  Runnable showAgain) {
        this.stage = stage;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.async = async;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.backups = backups;
        this.statusBar = window.statusBar();
        this.openJournal = openJournal;
        this.showAgain = showAgain;
        window.backUpNow.setOnAction(e -> onBackUpNow());
        window.restoreBackup.setOnAction(e -> onRestore());
    }

    /**
     * Makes today's backup of a journal that has just opened, unless there is one: queued behind the
     * sections' first reads, so the list shows first. A failure is said in the status bar, nothing more.
     *
     * @param openMessage what the status bar says about the opening that is worth keeping before the
     *                    backup's message (a migration), or {@code null}
     */
    void opened(Journal journal, String openMessage) {
        async.run(() -> backups.backUpIfNoneToday(journal))
                .onSuccess(made -> made.ifPresent(backup -> showFor(journal, openMessage == null
                        ? messages.format("status.backup.daily", backup.toString())
                        : openMessage + " " + messages.format("status.backup.made", backup.toString()))))
                .onError(Exception.class, problem -> showFor(journal, (openMessage == null ? "" : openMessage + " ")
                        + messages.format("status.backup.failed", reason(problem))))
                .start();
    }

    void onBackUpNow() {
        openJournal.get().ifPresent(journal -> {
            statusBar.showMessage(messages.get("status.backup.running"));
            async.run(() -> backups.backUpNow(journal))
                    .onSuccess(backup -> statusBar.showMessage(messages.format("status.backup.made", backup.toString())))
                    .onError(Exception.class, problem -> {
                        statusBar.showMessage(messages.format("status.backup.nowFailed", reason(problem)));
                        dialogs.error(problem);
                    })
                    .start();
        });
    }

    void onRestore() {
        Optional<Journal> open = openJournal.get();
        if (open.isEmpty()) {
            return;
        }
        Journal journal = open.get();
        Optional<Path> chosen = chooser.chooseBackup(stage, RollingBackups.folderOf(journal.file()));
        chosen.ifPresent(backup -> async.run(() -> new Question(backups.describe(backup), journal.prospects().count()))
                .onSuccess(question -> confirm(journal, question))
                .onError(JournalOpenException.class, this::refused)
                .start());
    }

    private void confirm(Journal journal, Question question) {
        if (openJournal.get().orElse(null) != journal) {
            return; // another journal was opened meanwhile: the question is about one no longer shown
        }
        RollingBackups.BackupInfo backup = question.backup();
        boolean restore = Confirm.ask(stage, messages.get("restore.confirm.header"),
                messages.format("restore.confirm.text", formats.dateTime(backup.madeAt()), backup.prospects(),
                        backup.file().toString(), question.currentProspects(),
                        RollingBackups.folderOf(journal.file()).toString()),
                messages.get("restore.confirm.action"), messages.get("dialog.cancel"));
        if (!restore) {
            return;
        }
        statusBar.showMessage(messages.get("status.restore.running"));
        async.run(() -> backups.restore(journal, backup.file()))
                .onSuccess(before -> {
                    showAgain.run();
                    statusBar.showMessage(messages.format("status.restore.done", formats.dateTime(backup.madeAt()),
                            before.toString()));
                })
                .onError(Exception.class, problem -> {
                    statusBar.showMessage(messages.get("status.restore.failed"));
                    dialogs.error(problem);
                })
                .onError(JournalOpenException.class, this::refused)
                .start();
    }

    private void refused(JournalOpenException problem) {
        statusBar.showMessage(messages.get("status.restore.refused"));
        dialogs.refused(REFUSED, messages.get("restore.refused.header"), problem,
                messages.get("restore.refused.unchanged"));
    }

    /** Shows a message about a journal only while that journal is still the open one. */
    private void showFor(Journal journal, String message) {
        if (openJournal.get().orElse(null) == journal) {
            statusBar.showMessage(message);
        }
    }

    private static String reason(Throwable problem) {
        return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    }
}
