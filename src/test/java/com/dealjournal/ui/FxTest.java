package com.dealjournal.ui;

import com.dealjournal.app.AppContext;
import com.dealjournal.i18n.Messages;
import com.dealjournal.prefs.UserPreferences;
import com.dealjournal.ui.common.JournalChooser;
import com.dealjournal.ui.shell.ShellController;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the UI tests: starts the real main window, headless, through the same composition root as
 * the application, with a journal chooser that answers from a queue instead of showing file dialogs.
 */
public abstract class FxTest extends FxRobot {

    /** A fresh folder for each test's journal files. */
    @TempDir
    protected Path dir;

    /** Paths the file dialogs "choose", in order; empty means the user cancelled. */
    protected final Deque<Path> chosenFiles = new ArrayDeque<>();
    /** The folders the backup file dialog was asked to open in, in order. */
    protected final java.util.List<Path> backupFolders = new java.util.ArrayList<>();
    /** The folders the window asked the file manager to show, in order. */
    protected final java.util.List<Path> shownFolders = new java.util.concurrent.CopyOnWriteArrayList<>();
    protected AppContext context;
    protected ShellController shell;
    protected Stage stage;

    /** The texts in the system's language, English in every test, shown until a test chooses another. */
    protected final Messages messages = new Messages(Locale.ENGLISH);

    /** "Today" in every UI test. */
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    protected static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** This test's own preferences node, removed afterwards: never the real user's. */
    protected final java.util.prefs.Preferences preferencesNode = java.util.prefs.Preferences.userRoot()
            .node("com/dealjournal-tests/" + java.util.UUID.randomUUID());
    /**
     * The user's choices as this test starts: the welcome already answered, today's start-up notices
     * already shown (so they cover nothing a test clicks), everything else the default.
     */
    protected final UserPreferences preferences = new UserPreferences(preferencesNode);

    {
        preferences.setWelcomed(true);
        preferences.setLastNotified(TODAY);
    }

    /** Opens the real main window on {@code journal} and waits until it is showing. */
    protected void startApp(Path journal) throws TimeoutException {
        startApp(journal, CLOCK, messages);
    }

    /** Opens the real main window on {@code journal} on another day or in another language. */
    protected void startApp(Path journal, Clock clock, Messages language) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        context = new AppContext(language, m -> new QueueChooser(), clock, preferences, shownFolders::add);
        FxToolkit.setupFixture(() -> shell = context.start(stage, journal));
        waitUntil(() -> stage.isShowing());
    }

    @AfterEach
    protected void stopApp() throws Exception {
        FxToolkit.cleanupStages();
        if (context != null) {
            context.close();
        }
        preferencesNode.removeNode();
    }

    /** Presses and releases keys together, such as Ctrl+N. */
    protected void key(javafx.scene.input.KeyCode... keys) {
        press(keys).release(keys);
    }

    /** A journal in this test's folder, filled by {@code seed} through the store, then closed. */
    protected Path journalWith(java.util.function.Consumer<com.dealjournal.store.Journal> seed) throws Exception {
        Path file = dir.resolve("journal.db");
        try (com.dealjournal.store.Journal journal = com.dealjournal.store.Journal.open(file,
                com.dealjournal.store.Database.Mode.CREATE)) {
            seed.accept(journal);
        }
        return file;
    }

    /** Clicks a button of the dialog whose pane has the style class, not a button of the same text behind it. */
    protected void clickDialogButton(String paneStyleClass, String text) {
        clickOn(lookup("." + paneStyleClass + " .button").match((javafx.scene.control.Button b) -> text.equals(b.getText()))
                .queryButton());
    }

    /** Types text into the open dialog whose pane has the style class (the robot types into one window). */
    protected void writeInDialog(String paneStyleClass, String text) {
        targetWindow(lookup("." + paneStyleClass).query().getScene().getWindow());
        write(text);
        targetWindow(stage);
    }

    /** Whether the node has the keyboard focus in its window (headless windows may never be "focused"). */
    protected boolean hasFocus(javafx.scene.Node node) {
        return node.getScene() != null && node.getScene().getFocusOwner() == node;
    }

    protected static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private final class QueueChooser implements JournalChooser {
        @Override
        public Optional<Path> chooseExisting(Window owner) {
            return Optional.ofNullable(chosenFiles.poll());
        }

        @Override
        public Optional<Path> chooseNew(Window owner) {
            return Optional.ofNullable(chosenFiles.poll());
        }

        @Override
        public Optional<Path> chooseExport(Window owner, String initialName, String extension) {
            return Optional.ofNullable(chosenFiles.poll());
        }

        @Override
        public Optional<Path> chooseFolder(Window owner, String title) {
            return Optional.ofNullable(chosenFiles.poll());
        }

        @Override
        public Optional<Path> chooseFile(Window owner, String title, String extension) {
            return Optional.ofNullable(chosenFiles.poll());
        }

        @Override
        public Optional<Path> chooseBackup(Window owner, Path folder) {
            backupFolders.add(folder);
            return Optional.ofNullable(chosenFiles.poll());
        }
    }
}
