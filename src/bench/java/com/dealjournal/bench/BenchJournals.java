package com.dealjournal.bench;

import com.dealjournal.demo.DemoJournal;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * The benchmark's journals: a busy decade from the demo generator with a fixed seed and a fixed today,
 * 1,000, 10,000 and 100,000 prospects of about 20 events each. Each is made once and kept in the work
 * folder ({@code bench/work/}, not committed), named by its size, seed, day, schema version and
 * generator version. The demo generator marks them as demo journals (so the window shows its demo
 * banner and makes no daily backups of them).
 */
public final class BenchJournals {

    public static final long SEED = 7;
    /** The day the journals are made as of; the month reported is the one it ends. */
    public static final LocalDate TODAY = LocalDate.of(2026, 10, 31);
    public static final int[] SIZES = {1_000, 10_000, 100_000};
    /** Counts up whenever {@code DemoJournal} makes different data, so that no stale journal is reused. */
    static final int GENERATOR = 2;

    private final Path work;

    public BenchJournals(Path work) {
        this.work = work;
    }

    /** The work folder. */
    public Path work() {
        return work;
    }

    /** The journal of {@code prospects} prospects, made first if it is not there yet. */
    public Path journal(int prospects) throws Exception {
        Path file = work.resolve("journal-" + prospects + "-seed" + SEED + "-" + TODAY + "-v" + Migrations.LATEST
                + "-g" + GENERATOR + ".db");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(work);
        Path partial = work.resolve("making-" + file.getFileName());
        deleteWithCompanions(partial);
        long start = System.nanoTime();
        try (Journal journal = Journal.open(partial, Database.Mode.CREATE)) {
            DemoJournal.decade(SEED, TODAY).writeInto(journal, prospects);
            System.out.printf("made %s: %d prospects, %d events in %.1f s%n", file.getFileName(),
                    journal.prospects().count(), journal.events().count(), (System.nanoTime() - start) / 1e9);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** A copy of a journal to work on (an import, say), so the kept one is never changed. */
    public Path copy(Path journal, String name) throws IOException {
        Path copy = work.resolve(name);
        deleteWithCompanions(copy);
        Files.copy(journal, copy);
        return copy;
    }

    static void deleteWithCompanions(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** Makes the journals: {@code BenchJournals WORK_FOLDER [SIZE...]}. */
    public static void main(String[] args) throws Exception {
        BenchJournals journals = new BenchJournals(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            System.out.println(journals.journal(Integer.parseInt(args[i])));
        }
    }
}
