package com.dealjournal.ui.prospects;

import atlantafx.base.theme.PrimerLight;
import com.dealjournal.bench.BenchJournals;
import com.dealjournal.i18n.Messages;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.common.Formats;
import com.dealjournal.ui.common.Styles;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Typing in the search field: the prospects screen (its real view, list model and theme) in a headless
 * window (Monocle, software pipeline), filled with every summary of the journal; one operation is one
 * keystroke, from the field's new text to the filtered list laid out on the FX thread (CSS and layout
 * of the table included). The frame is drawn on the render thread beside the next keystroke, which
 * waits for it when drawing is the slower part, so the drawing counts only as far as it holds typing
 * up. The keystrokes cycle through typing a name and deleting it again, so the list narrows and
 * widens. After the first cycle each of these texts is one whose matches the list remembers
 * ({@link ProspectSearch}); {@code SearchCpu --unremembered} times keystrokes that have nothing to
 * narrow. {@code Bench} warms this up for 12
 * seconds: on 2 shared cores the JIT takes 10-15 s of typing to compile JavaFX's CSS and layout code
 * (1-second iterations went 66, 56, 36, 20, 17, 14 ms on 2026-12-07).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
    "-Dprism.text=t2k", "-Djava.awt.headless=true"})
public class SearchBenchmark {

    private static final String[] TYPED = {"a", "an", "ann", "anna", "anna ", "anna s", "anna ", "anna", "ann",
        "an", "a", ""};

    @Param({"1000", "10000", "100000"})
    public int prospects;

    private ProspectsView view;
    /** Held here as the screen's controller holds it: the search binding alone holds it only weakly. */
    private ProspectListModel list;
    private java.util.List<com.dealjournal.model.ProspectSummary> summaries;
    private int next;

    @Setup(Level.Trial)
    public void show() throws Exception {
        Path file = new BenchJournals(Path.of(System.getProperty("bench.work"))).journal(prospects);
        summaries = withJournal(file);
        Platform.startup(() -> { });
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            Messages messages = new Messages(Locale.ENGLISH);
            list = new ProspectListModel();
            view = new ProspectsView(messages, new Formats(Locale.ENGLISH), list, new ProspectFormModel(messages));
            list.searchProperty().bind(view.search.textProperty());
            list.setAll(summaries);
            Scene scene = new Scene(view, 1240, 780);
            scene.getStylesheets().add(ProspectsView.class.getResource(Styles.STYLESHEET).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            view.applyCss();
            view.layout();
            return null;
        });
    }

    private static java.util.List<com.dealjournal.model.ProspectSummary> withJournal(Path file) throws Exception {
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            return journal.prospects().summaries();
        }
    }

    @TearDown(Level.Trial)
    public void exit() {
        Platform.exit();
    }

    @Benchmark
    public int keystroke() throws Exception {
        int key = next++;
        return onFx(() -> {
            type(key);
            layOut();
            return view.table.getItems().size();
        });
    }

    /** The field's text after keystroke {@code key}; on the FX thread. */
    void type(int key) {
        view.search.setText(TYPED[key % TYPED.length]);
    }

    /**
     * An empty field and the list set again, as after a reload: the next keystroke finds no earlier
     * search to narrow and looks at every summary; on the FX thread.
     */
    void forget() {
        view.search.setText("");
        list.setAll(summaries);
    }

    /** The table sorted by name, as a click on the column's header sorts it; on the FX thread. */
    void sortByName() {
        view.table.getSortOrder().setAll(java.util.List.of(view.table.getColumns().getFirst()));
    }

    /** CSS and layout of the screen, as the next pulse does them; on the FX thread. */
    void layOut() {
        view.applyCss();
        view.layout();
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }
}
