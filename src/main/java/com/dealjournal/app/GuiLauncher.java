package com.dealjournal.app;

import java.nio.file.Path;

/** Opens the application window on a journal and returns the process exit code when it closes. */
@FunctionalInterface
public interface GuiLauncher {
    int launch(Path journal);
}
