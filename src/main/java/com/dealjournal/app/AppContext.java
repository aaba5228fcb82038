package com.dealjournal.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.dealjournal.i18n.Messages;
import com.dealjournal.prefs.UserPreferences;
import com.dealjournal.prefs.UserPreferences.Theme;
import com.dealjournal.io.RollingBackups;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Dialogs;
import com.dealjournal.ui.common.FolderOpener;
import com.dealjournal.ui.common.Frames;
import com.dealjournal.ui.common.JournalChooser;
import com.dealjournal.ui.common.LazySection;
import com.dealjournal.ui.notify.StartupNotifier;
import com.dealjournal.ui.prospects.ProspectsSection;
import com.dealjournal.ui.review.ReviewSection;
import com.dealjournal.ui.settings.Appearance;
import com.dealjournal.ui.settings.SettingsSection;
import com.dealjournal.ui.shell.Section;
import com.dealjournal.ui.shell.ShellController;
import com.dealjournal.ui.welcome.FirstRun;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The composition root: the one place that creates the application's services and wires them into
 * the window by constructor. All journal work runs on one background thread, so the journal has one
 * writer and the FX thread never touches the file. Choosing another language builds the window's
 * content again, in the same stage and on the same open journal.
 */
public final class AppContext implements AutoCloseable {

    private final Messages systemMessages;
    /** The JVM's locale as the application started: the system's language, for JavaFX's own texts. */
    private final Locale systemLocale = Locale.getDefault();
    private final Function<Messages, JournalChooser> chooserFactory;
    private final Clock clock;
    private final UserPreferences preferences;
    private final FolderOpener folders;
    private final ExecutorService journalThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "deal-journal-db");
        thread.setDaemon(true);
        return thread;
    });
    private Stage stage;
    private Window window;

    /**
     * @param messages       the texts in the system's language, shown while the user has chosen no other
     * @param chooserFactory the file dialogs (tests hand in their own)
     * @param clock          what "today" is for new entries and for the daily backup, and the time in a backup's name
     * @param preferences    the user's own choices: language, theme, whether the welcome was shown
     * @param folders        shows the journal's folder in the file manager (tests hand in their own)
     */
    public AppContext(Messages messages, Function<Messages, JournalChooser> chooserFactory, Clock clock,
                      UserPreferences preferences, FolderOpener folders) {
        this.systemMessages = messages;
        this.chooserFactory = chooserFactory;
        this.clock = clock;
        this.preferences = preferences;
        this.folders = folders;
    }

    /**
     * Builds the main window into the stage, shows it and opens the journal, or first the welcome page
     * for someone new ({@link FirstRun}). Call on the FX thread.
     */
    public ShellController start(Stage stage, Path journal) {
        this.stage = stage;
        applyTheme(preferences.theme());
        window = build(messagesFor(preferences.language()));
        window.firstRun().start(journal);
        StartupProbe.fromSystemProperties().ifPresent(probe -> probe.watch(stage.getScene()));
        return window.shell();
    }

    /** One language's window: the shell with its sections, and the first run that decides what it opens. */
    private record Window(ShellController shell, FirstRun firstRun, LazySection<SettingsSection> settings) {
    }

    /** The window's sections and services for one language, wired into a new shell for the stage. */
    private Window build(Messages messages) {
        Dialogs dialogs = new Dialogs(messages, () -> stage);
        Async async = new Async(journalThread, dialogs::error);
        // a mistake in an event handler reaches the user as a dialog, not only as a trace on stdout
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> dialogs.error(error));
        JournalChooser chooser = chooserFactory.apply(messages);
        ShellController built = new ShellController(stage, messages, async, dialogs, chooser, new RollingBackups(clock));
        ProspectsSection prospects = new ProspectsSection(messages, async, clock);
        built.addSection(Section.PROSPECTS, prospects);
        built.prepareWith(prospects::prepare);
        // the review and settings are built when first shown, or in idle time after the first frame
        LazySection<ReviewSection> review = new LazySection<>(() -> new ReviewSection(messages, async, clock, chooser));
        built.addSection(Section.REVIEW, review);
        LazySection<SettingsSection> settings = new LazySection<>(() -> new SettingsSection(messages, async, built,
                prospects::refresh, new Choices(async), folders));
        built.addSection(Section.SETTINGS, settings);
        StartupNotifier notifier = new StartupNotifier(messages, async, preferences, clock, () -> stage, month -> {
            built.select(Section.REVIEW);
            review.get().showMonth(month);
        });
        built.onOpened(opened -> notifier.opened(opened.journal()));
        Window made = new Window(built, new FirstRun(messages, async, preferences, clock, built), settings);
        built.afterFirstFrame(() -> Frames.oneAtATime(review::build, settings::build));
        return made;
    }

    /**
     * The texts for a language, or the system's. JavaFX's own texts (the buttons OK and Close, a text
     * field's menu, a date picker's month names) follow the JVM's default locale, so it follows too;
     * Deal Journal's own texts and formats are always given their locale.
     */
    private Messages messagesFor(Optional<Locale> language) {
        Locale.setDefault(language.orElse(systemLocale));
        return language.map(Messages::new).orElse(systemMessages);
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet((theme == Theme.DARK ? new PrimerDark() : new PrimerLight())
                .getUserAgentStylesheet());
    }

    /** The language and theme chosen in Settings: kept off the FX thread, applied at once. */
    private final class Choices implements Appearance {

        private final Async async;

        Choices(Async async) {
            this.async = async;
        }

        @Override
        public Optional<Locale> language() {
            return preferences.language();
        }

        @Override
        public Locale systemLanguage() {
            return systemMessages.locale();
        }

        @Override
        public Theme theme() {
            return preferences.theme();
        }

        /** Builds the window again in the new language, in the same stage, on the journal that is open. */
        @Override
        public void chooseLanguage(Optional<Locale> language) {
            async.run(() -> {
                preferences.setLanguage(language);
                return null;
            }).onSuccess(saved -> {
                Window previous = window;
                window = build(messagesFor(language));
                window.firstRun().continueFrom(previous.firstRun());
                window.shell().takeOver(previous.shell());
                window.settings().get().focusLanguage();
            }).start();
        }

        @Override
        public void chooseTheme(Theme theme) {
            applyTheme(theme);
            async.run(() -> {
                preferences.setTheme(theme);
                return null;
            }).start();
        }
    }

    /** Closes the open journal on its own thread and waits for that thread to finish its work. */
    @Override
    public void close() {
        if (window != null) {
            window.shell().journal().ifPresent(journal -> journalThread.execute(journal::close));
        }
        journalThread.shutdown();
        try {
            journalThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Locale.setDefault(systemLocale);
    }
}
