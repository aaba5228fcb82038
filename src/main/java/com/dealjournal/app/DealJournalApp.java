package com.dealjournal.app;

import com.dealjournal.i18n.Messages;
import com.dealjournal.prefs.UserPreferences;
import com.dealjournal.ui.common.FileDialogJournalChooser;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application; started by {@link Main} with the journal to open as {@code --db=PATH}. */
public final class DealJournalApp extends Application {

    static final String DB_PARAMETER = "--db=";

    private AppContext context;

    @Override
    public void start(Stage stage) {
        String db = getParameters().getNamed().get("db");
        Path journal = db != null ? Path.of(db) : JournalLocation.ofSystem().choose(null);
        // the system's language; a language chosen in Settings takes its place in the composition root
        context = new AppContext(new Messages(Locale.getDefault()), FileDialogJournalChooser::new,
                Clock.systemDefaultZone(), UserPreferences.ofUser(), this::showFolder);
        context.start(stage, journal);
        TrainingRun.fromSystemProperties(stage).ifPresent(run -> run.watch(stage.getScene()));
    }

    /** Asks the desktop to show a folder in its file manager, through the JavaFX host services. */
    private void showFolder(Path folder) {
        getHostServices().showDocument(folder.toUri().toString());
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
