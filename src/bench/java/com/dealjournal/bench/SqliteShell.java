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

    /** The journal's indexes (schema 5) over the CSV files' columns; an empty cell is '' here, not NULL. */
    private static final String INDEXES = """
            CREATE INDEX events_by_prospect ON events (prospect_id, date, type, response, reply);
            CREATE INDEX events_by_type_date ON events (type, date, response, reply, prospect_id);
            CREATE INDEX prospects_by_closed_on ON prospects (closed_on, status) WHERE closed_on <> '';
            """;

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
        return importPair(folder, false);
    }

    /**
     * Like {@link #importPair}, and then the journal's indexes built over the imported rows in the same run,
     * as the application builds them after an import into an empty journal: what a bare import and the
     * indexes a journal needs cost the shell together.
     */
    double importPairThenIndexes(Path folder) throws Exception {
        return importPair(folder, true);
    }

    private double importPair(Path folder, boolean thenIndexes) throws Exception {
        Path db = scratch.resolve("shell-import.db");
        Path empty = scratch.resolve("shell-empty.db");
        Files.createDirectories(scratch);
        Files.deleteIfExists(db);
        Files.deleteIfExists(empty);
        long start = System.nanoTime();
        run(List.of("sqlite3", empty.toString(), "SELECT 1"), null);
        long baseline = System.nanoTime() - start;
        List<String> command = new ArrayList<>(List.of("sqlite3", db.toString(),
                ".import --csv " + folder.resolve("prospects.csv") + " prospects",
                ".import --csv " + folder.resolve("events.csv") + " events"));
        if (thenIndexes) {
            command.add(INDEXES);
        }
        start = System.nanoTime();
        run(command, null);
        long importing = System.nanoTime() - start;
        Files.deleteIfExists(db);
        Files.deleteIfExists(empty);
        return Math.max(0, importing - baseline) / 1e6;
    }

    /**
     * Like {@link #importPair}, but into tables of the CSV files' columns that carry indexes on the journal's
     * index keys, created before the import (and not timed), as a journal has them: what SQLite's upkeep of
     * those indexes costs by itself. An index cannot name the row id, which SQLite appends to every index
     * entry anyway; the journal's foreign key, checks and column types are not copied.
     */
    double importPairIndexed(Path folder) throws Exception {
        Path db = scratch.resolve("shell-import-indexed.db");
        Files.createDirectories(scratch);
        Files.deleteIfExists(db);
        Path prospects = folder.resolve("prospects.csv");
        Path events = folder.resolve("events.csv");
        run(List.of("sqlite3", db.toString(), "CREATE TABLE prospects (" + columns(prospects) + ");"
                + " CREATE TABLE events (" + columns(events) + "); " + INDEXES), null);
        long start = System.nanoTime();
        run(List.of("sqlite3", db.toString(), "SELECT 1"), null);
        long baseline = System.nanoTime() - start;
        start = System.nanoTime();
        run(List.of("sqlite3", db.toString(), ".import --csv --skip 1 " + prospects + " prospects",
                ".import --csv --skip 1 " + events + " events"), null);
        long importing = System.nanoTime() - start;
        Files.deleteIfExists(db);
        return Math.max(0, importing - baseline) / 1e6;
    }

    /** The header's column names as text columns, as {@code .import} makes them for a new table. */
    private static String columns(Path csv) throws IOException {
        String header;
        try (var lines = Files.lines(csv)) {
            header = lines.findFirst().orElseThrow();
        }
        List<String> columns = new ArrayList<>();
        for (String name : header.split(",")) {
            columns.add("\"" + name.replace("\"", "\"\"") + "\" TEXT");
        }
        return String.join(", ", columns);
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
