package com.dealjournal.demo;

import com.dealjournal.i18n.Messages;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * The demo journal the welcome page offers: {@value #FILE_NAME} beside the user's own journal, made by
 * {@link DemoJournal} with seed {@value #SEED} and {@value #PROSPECTS} prospects. It is made only when it
 * is missing, so what the user did in it stays; deleting the file makes a fresh one next time.
 */
public final class DemoFile {

    public static final String FILE_NAME = "demo-journal.db";
    public static final long SEED = 42;
    public static final int PROSPECTS = 40;

    private DemoFile() {
    }

    /** Where the demo journal of the user whose own journal is {@code ownJournal} lives. */
    public static Path beside(Path ownJournal) {
        return ownJournal.toAbsolutePath().normalize().resolveSibling(FILE_NAME);
    }

    /**
     * Makes the demo journal at {@code demo} unless a file is there already. It is written under a
     * temporary name beside it and renamed when complete, so a crash never leaves a half-made demo
     * that would be taken for the real one. Call off the FX thread.
     *
     * @param today    the day the made-up year ends on
     * @param messages the language of its notes and other words
     * @return whether it was made now
     */
    public static boolean makeIfMissing(Path demo, LocalDate today, Messages messages)
            throws IOException, JournalOpenException {
        if (Files.exists(demo)) {
            return false;
        }
        Path making = demo.resolveSibling("." + demo.getFileName() + ".making");
        deleteWithCompanions(making); // left by a crash while making it
        try {
            try (Journal journal = Journal.open(making, Database.Mode.CREATE)) {
                new DemoJournal(SEED, today, messages).writeInto(journal, PROSPECTS);
            }
            Files.move(making, demo, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            deleteWithCompanions(making);
        }
    }

    /** The file and SQLite's write-ahead log and shared memory beside it. */
    private static void deleteWithCompanions(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
    }
}
