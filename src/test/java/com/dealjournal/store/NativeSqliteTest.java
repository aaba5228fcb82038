package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's native library is copied out of sqlite-jdbc's jar once, then found where it was put. */
class NativeSqliteTest {

    @TempDir
    Path dir;

    @Test
    void theLibraryIsCopiedOnceUnderItsVersionAndPlatformAndThenReused() throws Exception {
        Path library = NativeSqlite.copyIn(dir.resolve("native")).orElseThrow();

        assertThat(library).isRegularFile().startsWith(dir.resolve("native"));
        assertThat(library.getParent().getFileName().toString()).startsWith("sqlite-jdbc-" + org.sqlite.SQLiteJDBCLoader.getVersion() + "-");
        assertThat(Files.size(library)).isPositive();
        try (var inJar = NativeSqlite.class.getResourceAsStream(org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + library.getFileName())) {
            assertThat(Files.readAllBytes(library)).isEqualTo(inJar.readAllBytes());
        }
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(library, written);

        assertThat(NativeSqlite.copyIn(dir.resolve("native"))).contains(library);
        assertThat(Files.getLastModifiedTime(library)).as("not written again").isEqualTo(written);
        try (var files = Files.list(library.getParent())) {
            assertThat(files).as("no partial copy left beside it").containsExactly(library);
        }
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheExtractionToSqliteJdbc() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");

        assertThat(NativeSqlite.copyIn(file.resolve("native"))).isEmpty();
    }
}
