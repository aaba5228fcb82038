package com.dealjournal.app;

import javafx.application.Application;
import java.nio.file.Path;

/** Starts the JavaFX application; returns when its last window has closed. */
final class FxLauncher implements GuiLauncher {

    @Override
    public int launch(Path journal) {
        try {
            Application.launch(DealJournalApp.class, DealJournalApp.DB_PARAMETER + journal);
            return 0;
        } catch (RuntimeException e) {
            // typically no display: say so in one line, as every command-line error does
            throw new IllegalStateException("cannot open the window: " + e.getMessage(), e);
        }
    }
}
