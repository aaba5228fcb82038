package com.dealjournal.app;

import atlantafx.base.theme.PrimerLight;
import com.dealjournal.i18n.Messages;
import com.dealjournal.prefs.UserPreferences;
import com.dealjournal.io.RollingBackups;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Dialogs;
import com.dealjournal.ui.common.JournalChooser;
import com.dealjournal.ui.notify.StartupNotifier;
import com.dealjournal.ui.prospects.ProspectsSection;
import com.dealjournal.ui.review.ReviewSection;
import com.dealjournal.ui.settings.SettingsSection;
import com.dealjournal.ui.shell.Section;
import com.dealjournal.ui.shell.ShellController;
import com.dealjournal.ui.welcome.FirstRun;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The composition root: the one place that creates the application's services and wires them into
 * the window by constructor. All journal work runs on one background thread, so the journal has one
 * writer and the FX thread never touches the file.
 */
public final class AppContext implements AutoCloseable {

    private final Messages messages;
    private final Function<Messages, JournalChooser> chooserFactory;
    private final Clock clock;
    private final UserPreferences preferences;
    private final ExecutorService journalThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "deal-journal-db");
        thread.setDaemon(true);
        return thread;
    });
    private ShellController shell;

    /**
     * @param chooserFactory the file dialogs (tests hand in their own)
     * @param clock          what "today" is for new entries and for the daily backup, and the time in a backup's name
     * @param preferences    the user's own choices: language, theme, whether the welcome was shown
     */
    public AppContext(Messages messages, Function<Messages, JournalChooser> chooserFactory, Clock clock,
                      UserPreferences preferences) {
        this.messages = messages;
        this.chooserFactory = chooserFactory;
        this.clock = clock;
        this.preferences = preferences;
    }

    /**
     * Builds the main window into the stage, shows it and opens the journal, or first the welcome page
     * for someone new ({@link FirstRun}). Call on the FX thread.
     */
    public ShellController start(Stage stage, Path journal) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Dialogs dialogs = new Dialogs(messages, () -> stage);
        Async async = new Async(journalThread, dialogs::error);
        // a mistake in an event handler reaches the user as a dialog, not only as a trace on stdout
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> dialogs.error(error));
        JournalChooser chooser = chooserFactory.apply(messages);
        shell = new ShellController(stage, messages, async, dialogs, chooser, new RollingBackups(clock));
        ProspectsSection prospects = new ProspectsSection(messages, async, clock);
        shell.addSection(Section.PROSPECTS, prospects);
        ReviewSection review = new ReviewSection(messages, async, clock, chooser);
        shell.addSection(Section.REVIEW, review);
        shell.addSection(Section.SETTINGS, new SettingsSection(messages, async, shell, prospects::refresh));
        StartupNotifier notifier = new StartupNotifier(messages, async, preferences, clock, () -> stage, month -> {
            shell.select(Section.REVIEW);
            review.showMonth(month);
        });
        shell.onOpened(opened -> notifier.opened(opened.journal()));
        new FirstRun(messages, async, preferences, clock, shell).start(journal);
        return shell;
    }

    /** Closes the open journal on its own thread and waits for that thread to finish its work. */
    @Override
    public void close() {
        if (shell != null) {
            shell.journal().ifPresent(journal -> journalThread.execute(journal::close));
        }
        journalThread.shutdown();
        try {
            journalThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
