package com.dealjournal.ui.common;

import java.nio.file.Path;

/**
 * Shows a folder in the system's file manager. May block while it starts one, so it is called off the
 * FX thread; tests hand in their own.
 */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder) throws Exception;
}
