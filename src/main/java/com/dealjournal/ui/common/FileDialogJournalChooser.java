package com.dealjournal.ui.common;

import com.dealjournal.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Chooses journal files with the system's open and save dialogs. */
public final class FileDialogJournalChooser implements JournalChooser {

    private final Messages messages;

    public FileDialogJournalChooser(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Optional<Path> chooseExisting(Window owner) {
        return Optional.ofNullable(chooser("chooser.open.title").showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNew(Window owner) {
        FileChooser chooser = chooser("chooser.new.title");
        chooser.setInitialFileName("journal.db");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExport(Window owner, String initialName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.export.title"));
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.format("chooser.filter.type", extension.toUpperCase(java.util.Locale.ROOT)), "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(Window owner, String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.format("chooser.filter.type",
                        extension.toUpperCase(java.util.Locale.ROOT)), "*." + extension),
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseBackup(Window owner, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.backup.title"));
        if (folder.toFile().isDirectory()) { // a folder that is not there would make the dialog fail
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.backups"), "*.db", "*.bak"),
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.all"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.journals"), "*.db"),
                new FileChooser.ExtensionFilter(messages.get("chooser.filter.all"), "*"));
        return chooser;
    }
}
