package com.dealjournal.ui.shell;

import com.dealjournal.exchange.ExchangeFormat;
import com.dealjournal.i18n.Messages;
import com.dealjournal.ui.exchange.ExchangeActions;
import com.dealjournal.io.RollingBackups;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import com.dealjournal.ui.common.Async;
import com.dealjournal.ui.common.Dialogs;
import com.dealjournal.ui.common.Frames;
import com.dealjournal.ui.common.JournalActions;
import com.dealjournal.ui.common.JournalChooser;
import com.dealjournal.ui.common.SectionView;
import com.dealjournal.ui.common.Styles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Runs the main window: opens journals off the FX thread, offers another file when one cannot be
 * opened, keeps the title and status bar naming the open file (and saying when it is a demo journal),
 * and switches between the sections. Backing up and restoring are the work of {@link BackupActions}.
 * Before the first journal opens, the content area may show another page, such as the welcome.
 */
public final class ShellController implements JournalActions {

    /** A journal the window has just opened, and whether it is a demo journal. */
    public record Opened(Journal journal, boolean demo) {
    }

    private final Stage stage;
    private final Messages messages;
    private final Async async;
    private final Dialogs dialogs;
    private final JournalChooser chooser;
    private final MainWindow window;
    private final Map<Section, SectionView> sections = new EnumMap<>(Section.class);
    private final BackupActions backups;
    private final List<Consumer<Opened>> openedListeners = new ArrayList<>();
    private final List<Runnable> afterFirstFrame = new ArrayList<>();
    private Journal journal;
    private Consumer<Journal> prepare = opened -> { };
    /** Whether the open journal is a demo journal. */
    private boolean demo;
    /** Whether the content area shows a page of its own instead of a section, until a journal opens. */
    private boolean paging;

    public ShellController(Stage stage, Messages messages, Async async, Dialogs dialogs, JournalChooser chooser,
                           RollingBackups rollingBackups) {
        this.stage = stage;
        this.messages = messages;
        this.async = async;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.window = new MainWindow(messages, async.busyProperty());
        window.openJournal.setOnAction(e -> openAnotherJournal());
        window.newJournal.setOnAction(e -> createNewJournal());
        window.quit.setOnAction(e -> stage.close());
        backups = new BackupActions(stage, messages, async, dialogs, chooser, rollingBackups, window, this::journal,
                () -> sections.values().forEach(view -> view.show(journal)));
        ExchangeActions exchange = new ExchangeActions(messages, async, chooser, new ExchangeActions.Host(
                () -> stage, this::journal, opened -> sections.values().forEach(view -> view.show(opened)),
                text -> window.statusBar().showMessage(text)));
        window.importCsv.setOnAction(e -> exchange.importFrom(ExchangeFormat.CSV));
        window.importJson.setOnAction(e -> exchange.importFrom(ExchangeFormat.JSON));
        window.exportCsv.setOnAction(e -> exchange.exportTo(ExchangeFormat.CSV));
        window.exportJson.setOnAction(e -> exchange.exportTo(ExchangeFormat.JSON));
        window.navigation().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && !paging) {
                window.showContent(sections.get((Section) now.getUserData()).node());
            }
        });
    }

    /**
     * Work to run on the journal thread as soon as a journal has opened, before the window hears of it:
     * the first screen's reads, which then need not wait until the window is built and shown.
     */
    public void prepareWith(Consumer<Journal> work) {
        prepare = work;
    }

    public void addSection(Section section, SectionView view) {
        sections.put(section, view);
    }

    /**
     * Runs {@code work} on the FX thread once this shell's window has drawn its first frame with a journal
     * open: for start-up work that the first screen does not need. Call before the window is shown.
     */
    public void afterFirstFrame(Runnable work) {
        afterFirstFrame.add(work);
    }

    private void watchFirstFrame(Scene scene) {
        Frames.afterFrame(scene, () -> journal != null && !paging, () -> afterFirstFrame.forEach(Runnable::run));
    }

    /** Shows the window and opens the journal, creating it when it does not exist yet. */
    public void start(Path file) {
        showWindow();
        openJournal(file);
    }

    /** Shows the window, with no journal open yet. */
    public void showWindow() {
        Scene scene = new Scene(window.root(), 1240, 780);
        scene.getStylesheets().add(getClass().getResource(Styles.STYLESHEET).toExternalForm());
        addShortcuts(scene);
        stage.setScene(scene);
        // decoding four PNGs is not needed for the first frame; the desktop takes the icons when they come
        Frames.afterFrame(scene, () -> true, this::setIcons);
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setTitle(messages.get("app.name"));
        window.select(Section.PROSPECTS);
        stage.show();
        watchFirstFrame(scene);
    }

    private void setIcons() {
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new Image(getClass().getResource(Styles.ICON_FOLDER + "deal-journal-" + size + ".png")
                    .toExternalForm()));
        }
    }

    /**
     * Shows a page of its own in the content area, with the navigation and the File menu's journal
     * commands off, until a journal opens; the section chosen last comes back then.
     */
    public void showPage(Node page) {
        paging = true;
        window.setJournalControlsDisabled(true);
        window.showContent(page);
    }

    /** Puts a bar above the content area, such as the demo journal's; it shows and hides itself. */
    public void addBanner(Node banner) {
        window.addBanner(banner);
    }

    /** Goes to a section, unless a page of its own is shown. */
    public void select(Section section) {
        if (!paging) {
            window.select(section);
        }
    }

    /** Tells {@code listener} about each journal this window opens, after the sections were shown it. */
    public void onOpened(Consumer<Opened> listener) {
        openedListeners.add(listener);
    }

    /** Opens a journal, creating it when it does not exist yet. */
    public void openJournal(Path file) {
        open(file, Database.Mode.CREATE);
    }

    /**
     * Takes the place of {@code previous} in the same window, as after the language changed: shows the
     * section it showed, and the journal it had open, which is not opened again and now belongs to this
     * shell. Today's backup is not repeated.
     */
    public void takeOver(ShellController previous) {
        Scene scene = stage.getScene();
        scene.setRoot(window.root());
        addShortcuts(scene);
        watchFirstFrame(scene);
        window.select(previous.window.selected());
        journal = previous.journal;
        demo = previous.demo;
        previous.journal = null;
        if (journal == null) {
            stage.setTitle(messages.get("app.name"));
            window.statusBar().showMessage(messages.get("status.notOpened"));
            return;
        }
        stage.setTitle(messages.format(demo ? "window.title.demo" : "window.title", journal.file().toString()));
        window.statusBar().showFile(journal.file().toString());
        window.statusBar().showMessage(messages.get("status.opened"));
        sections.values().forEach(view -> view.show(journal));
        Opened shown = new Opened(journal, demo);
        openedListeners.forEach(listener -> listener.accept(shown));
    }

    private void addShortcuts(Scene scene) {
        for (Section section : Section.values()) {
            scene.getAccelerators().put(MainWindow.shortcut(section), () -> select(section));
        }
    }

    /** The journal that is open now, if any. */
    public Optional<Journal> journal() {
        return Optional.ofNullable(journal);
    }

    @Override
    public void openAnotherJournal() {
        chooser.chooseExisting(stage).ifPresent(file -> open(file, Database.Mode.EXISTING));
    }

    @Override
    public void createNewJournal() {
        chooser.chooseNew(stage).ifPresent(file -> open(file, Database.Mode.CREATE));
    }

    private void open(Path file, Database.Mode mode) {
        if (journal != null && journal.file().equals(file.toAbsolutePath().normalize())) {
            // this window is its writer already; opening it again would find it locked by ourselves
            window.statusBar().showMessage(messages.format("status.alreadyOpen", file.toString()));
            return;
        }
        window.statusBar().showMessage(messages.format("status.opening", file.toString()));
        openUnless(file, mode, () -> false, () -> { });
    }

    /**
     * Opens a journal for the first run, on the journal thread while this thread goes on to build and
     * show the window: unless {@code instead}, asked first on the journal thread, says no journal is to
     * be opened, in which case {@code otherwise} runs on the FX thread.
     */
    public void openJournalUnless(Path file, Callable<Boolean> instead, Runnable otherwise) {
        window.statusBar().showMessage(messages.format("status.opening", file.toString()));
        openUnless(file, Database.Mode.CREATE, instead, () -> {
            window.statusBar().showMessage("");
            otherwise.run();
        });
    }

    private void openUnless(Path file, Database.Mode mode, Callable<Boolean> instead, Runnable otherwise) {
        async.run(() -> {
            if (instead.call()) {
                return null;
            }
            // the check of the whole file follows once the journal is on screen (verifyThenBackUp)
            Journal opening = Journal.openVerifyingLater(file, mode);
            try {
                prepare.accept(opening);
                return new Opened(opening, opening.settings().isDemo());
            } catch (RuntimeException e) {
                opening.close();
                throw e;
            }
        })
                .onSuccess(opened -> {
                    if (opened == null) {
                        otherwise.run();
                    } else {
                        opened(opened);
                    }
                })
                .onError(JournalOpenException.class, this::failed)
                .start();
    }

    private void opened(Opened result) {
        Journal opened = result.journal();
        Journal previous = journal;
        journal = opened;
        demo = result.demo();
        if (previous != null) {
            async.run(() -> {
                previous.close();
                return null;
            }).start();
        }
        stage.setTitle(messages.format(result.demo() ? "window.title.demo" : "window.title", opened.file().toString()));
        window.statusBar().showFile(opened.file().toString());
        String migrated = opened.migrationBackup()
                .map(backup -> messages.format("status.migrated", opened.schemaVersion(), backup.toString()))
                .orElse(null);
        window.statusBar().showMessage(migrated != null ? migrated : messages.get("status.opened"));
        if (paging) {
            paging = false;
            window.setJournalControlsDisabled(false);
            window.showContent(sections.get((Section) window.navigation().getSelectedToggle().getUserData()).node());
        }
        sections.values().forEach(view -> view.show(opened));
        openedListeners.forEach(listener -> listener.accept(result));
        Frames.afterFrame(stage.getScene(), () -> true, () -> verifyThenBackUp(result, migrated));
    }

    /**
     * Checks the whole file, which the open left for after the journal was on screen, then makes the day's
     * backup: never a copy of a damaged file among the backups. A damaged journal is closed before anything
     * is written to it, and the user is offered another, as when it is refused at the open.
     */
    private void verifyThenBackUp(Opened result, String migrated) {
        Journal opened = result.journal();
        async.run(() -> {
            opened.verify();
            return opened;
        })
                .onSuccess(checked -> {
                    if (!result.demo() && journal == checked) {
                        backups.opened(checked, migrated); // a demo journal is made again when missing: no daily copies of it
                    }
                })
                .onError(JournalOpenException.class, problem -> {
                    if (journal == opened) {
                        journal = null;
                        async.run(() -> {
                            opened.close();
                            return null;
                        }).start();
                        stage.setTitle(messages.get("app.name"));
                        window.statusBar().showFile("");
                        failed(problem);
                    }
                })
                .start();
    }

    private void failed(JournalOpenException problem) {
        window.statusBar().showMessage(messages.get("status.notOpened"));
        dialogs.journalProblem(problem, journal != null, choice -> {
            Optional<Path> other = switch (choice) {
                case OPEN_ANOTHER -> chooser.chooseExisting(stage);
                case CREATE_NEW -> chooser.chooseNew(stage);
                case CANCEL -> Optional.empty();
            };
            if (other.isPresent()) {
                open(other.get(), choice == Dialogs.ProblemChoice.CREATE_NEW ? Database.Mode.CREATE
                        : Database.Mode.EXISTING);
            } else if (journal == null && choice != Dialogs.ProblemChoice.CANCEL) {
                failed(problem); // the file dialog was cancelled: ask again rather than leave an empty window
            } else if (journal == null) {
                stage.close();
            }
        });
    }
}
