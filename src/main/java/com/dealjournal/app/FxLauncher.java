package com.dealjournal.app;

import com.dealjournal.prefs.UserPreferences;
import javafx.application.Application;
import java.nio.file.Path;

/** Starts the JavaFX application; returns when its last window has closed. */
final class FxLauncher implements GuiLauncher {

    @Override
    public int launch(Path journal) {
        // java.util.prefs reads its file (and loads an XML parser) on first use: let that happen beside the
        // toolkit's start, so the window finds the theme and language read when it asks for them
        Thread.ofPlatform().daemon().name("deal-journal-preferences").start(() -> UserPreferences.ofUser().theme());
        try {
            Application.launch(DealJournalApp.class, DealJournalApp.DB_PARAMETER + journal);
            return 0;
        } catch (RuntimeException e) {
            // typically no display: say so in one line, as every command-line error does
            throw new IllegalStateException("cannot open the window: " + e.getMessage(), e);
        }
    }
}
