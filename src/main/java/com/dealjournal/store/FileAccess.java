package com.dealjournal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/** File-system facts about a journal path, and owner-only creation where the file system has permissions. */
final class FileAccess {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FileAccess() {
    }

    /** Whether the file starts with SQLite's 16-byte header; an empty file has none. */
    static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(start, SQLITE_HEADER);
        }
    }

    /**
     * Whether this process may write the path. Root may write anything, so where the file system has
     * POSIX permissions a missing owner-write bit on a path we own also counts as read-only: the user
     * marked it so on purpose.
     */
    static boolean isWritable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        if (!POSIX) {
            return true;
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
            boolean ours = attributes.owner().getName().equals(System.getProperty("user.name"));
            return !ours || attributes.permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** Creates the folder and any missing parents, readable only by their owner where supported. */
    static void createPrivateDirectories(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(folder, permissions("rwx------"));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates an empty file readable and writable only by its owner where supported. */
    static void createPrivateFile(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, permissions("rw-------"));
        } else {
            Files.createFile(file);
        }
    }

    private static FileAttribute<?> permissions(String text) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(text));
    }
}
