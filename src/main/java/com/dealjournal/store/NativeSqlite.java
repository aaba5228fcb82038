package com.dealjournal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library without the extraction on every start: sqlite-jdbc ships it inside its jar
 * and, each time a process first opens a database, copies it to the temporary folder, reads the copy
 * back to compare and loads it. This keeps one copy per sqlite-jdbc version and platform in a folder
 * of the application's and points sqlite-jdbc at it ({@code org.sqlite.lib.path} and
 * {@code org.sqlite.lib.name}), so later starts load it at once. Where anything fails, or the library
 * was already chosen, nothing changes and sqlite-jdbc extracts it as it always did.
 */
public final class NativeSqlite {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private NativeSqlite() {
    }

    /** Points sqlite-jdbc at the copy in {@code folder}, made first when missing; before any journal opens. */
    public static void useCopyIn(Path folder) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        copyIn(folder).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    /**
     * The library of this platform copied into {@code folder}, under a sub-folder named by sqlite-jdbc's
     * version and the platform; copied only when it is not there yet, written whole or not at all.
     */
    static Optional<Path> copyIn(Path folder) {
        try {
            String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath(); // /org/sqlite/native/OS/ARCH
            String name = LibraryLoaderUtil.getNativeLibName();
            String platform = resourceFolder.replaceFirst("^/org/sqlite/native/", "").replace('/', '-');
            Path dir = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
            Path library = dir.resolve(name);
            if (Files.isRegularFile(library)) {
                return Optional.of(library);
            }
            try (InputStream in = NativeSqlite.class.getResourceAsStream(resourceFolder + "/" + name)) {
                if (in == null) {
                    return Optional.empty();
                }
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, name, ".part");
                try {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, library, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
