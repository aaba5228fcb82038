package com.dealjournal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The floors measured with the {@code sqlite3} command-line shell on the same files. */
final class SqliteShell {

    private final Path scratch;

    SqliteShell(Path scratch) {
        this.scratch = scratch;
    }

    /** Whether a {@code sqlite3} shell is on the PATH. */
    static boolean available() {
        try {
            return new ProcessBuilder("sqlite3", "-version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The summed "Run Time: real" of a script of the bench's resources, run with {@code .timer on}, in ms. */
    double timedScript(Path db, String resource) throws Exception {
        Path script = scratch.resolve(resource);
        try (InputStream in = SqliteShell.class.getResourceAsStream("/bench/" + resource)) {
            Files.createDirectories(scratch);
            Files.write(script, in.readAllBytes());
        }
        String out = run(List.of("sqlite3", "-readonly", db.toString()), script);
        double seconds = 0;
        for (String line : out.split("\n")) {
            if (line.startsWith("Run Time: real ")) {
                seconds += Double.parseDouble(line.split(" ")[3]);
            }
        }
        return seconds * 1000;
    }

    /**
     * The wall time of the shell's {@code .import} of a CSV pair into a new file, less that of the same
     * shell run on a new file without the import, in ms: the tables take the CSV files' columns.
     */
    double importPair(Path folder) throws Exception {
        Path db = scratch.resolve("shell-import.db");
        Path empty = scratch.resolve("shell-empty.db");
        Files.deleteIfExists(db);
        Files.deleteIfExists(empty);
        long start = System.nanoTime();
        run(List.of("sqlite3", empty.toString(), "SELECT 1"), null);
        long baseline = System.nanoTime() - start;
        start = System.nanoTime();
        run(List.of("sqlite3", db.toString(), ".import --csv " + folder.resolve("prospects.csv") + " prospects",
                ".import --csv " + folder.resolve("events.csv") + " events"), null);
        long importing = System.nanoTime() - start;
        Files.deleteIfExists(db);
        Files.deleteIfExists(empty);
        return Math.max(0, importing - baseline) / 1e6;
    }

    private static String run(List<String> command, Path input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
