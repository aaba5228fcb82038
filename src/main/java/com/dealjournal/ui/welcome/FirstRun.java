package com.dealjournal.ui.welcome;

import com.dealjournal.demo.DemoFile;
import com.dealjournal.i18n.Messages;
import com.dealjournal.prefs.UserPreferences;
import com.dealjournal.store.JournalOpenException;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.shell.ShellController;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * How the window starts: with the welcome page for someone new, else straight on their journal; and,
 * whenever a demo journal is open, the banner that leads back to their own.
 *
 * <p>The welcome is shown when the user has not been welcomed yet <em>and</em> the journal to open
 * does not exist. A journal that exists already (from before the welcome existed, or kept while the
 * preferences were lost) means someone who knows the application: it opens at once and the user
 * counts as welcomed. Once any journal has opened from the welcome page, whichever way, the user is
 * welcomed and never sees it again.
 *
 * <p>The user's own journal is the one the application was started on. Leaving a demo journal opens
 * it (creating it when missing); when the application was started on the demo journal itself, the
 * own journal is {@code journal.db} beside it.
 */
public final class FirstRun {

    /** The file name of the own journal beside a demo journal the application was started on. */
    static final String OWN_FILE_NAME = "journal.db";

    private final Messages messages;
    private final Async async;
    private final UserPreferences preferences;
    private final Clock clock;
    private final ShellController shell;
    private final DemoBanner banner;
    private Path startedOn;
    private boolean welcoming;

    public FirstRun(Messages messages, Async async, UserPreferences preferences, Clock clock, ShellController shell) {
        this.messages = messages;
        this.async = async;
        this.preferences = preferences;
        this.clock = clock;
        this.shell = shell;
        this.banner = new DemoBanner(messages);
        banner.leave.setOnAction(e -> onLeaveDemo());
    }

    /** Whether a start shows the welcome page. */
    static boolean showsWelcome(boolean welcomed, boolean journalExists) {
        return !welcomed && !journalExists;
    }

    /** Shows the window, then the welcome page or the journal {@code journal}. Call on the FX thread. */
    public void start(Path journal) {
        startedOn = journal.toAbsolutePath().normalize();
        Path file = startedOn;
        // decided and opened on the journal thread while this thread builds and shows the window
        shell.openJournalUnless(file, () -> {
            boolean welcomed = preferences.welcomed();
            boolean exists = Files.exists(file);
            if (!welcomed && exists) {
                preferences.setWelcomed(true);
            }
            return showsWelcome(welcomed, exists);
        }, this::showWelcome);
        shell.showWindow();
        attach();
    }

    /**
     * Carries on from the first run of the window this one replaces (after the language changed): the
     * same own journal, and the demo banner for the journal the window takes over.
     */
    public void continueFrom(FirstRun previous) {
        startedOn = previous.startedOn;
        attach();
    }

    private void attach() {
        shell.addBanner(banner);
        shell.onOpened(opened -> {
            Path openFile = opened.journal().file();
            banner.showDemo(opened.demo(), !ownJournal(openFile).equals(openFile));
            if (welcoming) {
                welcoming = false;
                remember();
            }
        });
    }

    private void showWelcome() {
        welcoming = true;
        Path demo = DemoFile.beside(startedOn);
        WelcomePage page = new WelcomePage(messages, startedOn, demo);
        page.own.setOnAction(e -> {
            page.busy(true, messages.format("status.opening", startedOn.toString()));
            shell.openJournal(startedOn);
        });
        page.demo.setOnAction(e -> {
            page.busy(true, messages.get("welcome.demo.making"));
            LocalDate today = LocalDate.now(clock);
            async.run(() -> DemoFile.makeIfMissing(demo, today, messages))
                    .onSuccess(made -> shell.openJournal(demo))
                    .onError(Exception.class, problem -> page.busy(false,
                            messages.format("welcome.demo.failed", reason(problem))))
                    .start();
        });
        shell.showPage(page);
    }

    /** Why the demo could not be made: in the user's words where the store names the problem. */
    private String reason(Exception problem) {
        return problem instanceof JournalOpenException refused
                ? messages.format(refused.messageKey(), refused.messageArgs())
                : String.valueOf(problem.getMessage());
    }

    /** Opens the own journal in place of the demo. */
    private void onLeaveDemo() {
        shell.journal().ifPresent(open -> shell.openJournal(ownJournal(open.file())));
    }

    /** The journal the application was started on, unless that is the demo journal being left. */
    private Path ownJournal(Path demoOpen) {
        return demoOpen.equals(startedOn) ? startedOn.resolveSibling(OWN_FILE_NAME) : startedOn;
    }

    private void remember() {
        async.run(() -> {
            preferences.setWelcomed(true);
            return null;
        }).start();
    }
}
