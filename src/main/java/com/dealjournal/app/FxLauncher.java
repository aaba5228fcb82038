package com.dealjournal.app;

import javafx.application.Application;
import java.nio.file.Path;

/** Starts the JavaFX application; returns when its last window has closed. */
final class FxLauncher implements GuiLauncher {

    @Override
    public int launch(Path journal) {
        Application.launch(DealJournalApp.class, DealJournalApp.DB_PARAMETER + journal);
        return 0;
    }
}
