package com.dealjournal.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for files: journals, backups, and where to export. The real one shows the system's file dialogs; tests hand in their own. */
public interface JournalChooser {

    /** An existing journal to open, or empty when the user cancelled. */
    Optional<Path> chooseExisting(Window owner);

    /** Where to create a new journal, or empty when the user cancelled. */
    Optional<Path> chooseNew(Window owner);

    /**
     * Where to save an export, or empty when the user cancelled.
     *
     * @param initialName a file name to start with, such as {@code review-2026-10.png}
     * @param extension   the file type without the dot, such as {@code png} or {@code csv}
     */
    Optional<Path> chooseExport(Window owner, String initialName, String extension);

    /** An existing folder, such as one holding a CSV pair, or empty when the user cancelled. */
    Optional<Path> chooseFolder(Window owner, String title);

    /**
     * An existing file of one type to read, such as a JSON import, or empty when the user cancelled.
     *
     * @param extension the file type without the dot, such as {@code json}
     */
    Optional<Path> chooseFile(Window owner, String title, String extension);

    /** A backup to restore from, chosen starting in the journal's backups {@code folder}; empty when cancelled. */
    Optional<Path> chooseBackup(Window owner, Path folder);
}
