package com.dealjournal.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a journal file. The real one shows the system's file dialogs; tests hand in their own. */
public interface JournalChooser {

    /** An existing journal to open, or empty when the user cancelled. */
    Optional<Path> chooseExisting(Window owner);

    /** Where to create a new journal, or empty when the user cancelled. */
    Optional<Path> chooseNew(Window owner);
}
