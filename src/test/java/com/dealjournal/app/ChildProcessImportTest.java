package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.demo.DemoJournal;
import com.dealjournal.exchange.CsvExchange;
import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.ChildJvm;
import com.dealjournal.testing.JournalFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports run by a separate JVM, as a user runs the command: killed at several points (before, while
 * and after the import's transaction), or refused because another process writes the journal.
 */
class ChildProcessImportTest {

    private static final int BEFORE_PROSPECTS = 3;
    private static final int BEFORE_EVENTS = 6;

    @TempDir
    static Path shared;

    private static Path source;
    private static JournalContent imported;

    @TempDir
    Path dir;

    /** A CSV pair of 15,000 prospects and more than 50,000 events, from the demo generator. */
    @BeforeAll
    static void writeALargeCsvPair() throws Exception {
        Path demo = shared.resolve("demo.db");
        try (Journal journal = Journal.open(demo, Database.Mode.CREATE)) {
            new DemoJournal(7, LocalDate.of(2026, 11, 28)).writeInto(journal, 15_000);
            imported = journal.content();
        }
        source = shared.resolve("csv");
        new CsvExchange(new Messages(Locale.ENGLISH)).write(imported, source, false);
        assertThat(imported.eventCount()).isGreaterThan(50_000);
    }

    private Path journalBeforeImport(String name) {
        return JournalFiles.journalWith(dir.resolve(name), BEFORE_PROSPECTS, BEFORE_EVENTS / BEFORE_PROSPECTS);
    }

    private static Process startImport(Path journal) throws Exception {
        return ChildJvm.main(journal.resolveSibling("child-home"), List.of(),
                        "import", "--db", journal.toString(), source.toString()).redirectErrorStream(true)
                .redirectOutput(journal.resolveSibling(journal.getFileName() + ".out").toFile()).start();
    }

    /** The journal passes {@code check} and holds either none or all of the import, nothing between. */
    private static String noneOrAll(Path journal) throws Exception {
        java.io.StringWriter out = new java.io.StringWriter();
        int check = Cli.run(new String[] {"check", "--db", journal.toString()}, new Cli.Context(
                new JournalLocation(java.util.Map.of(), "Linux", journal.resolveSibling("home")), j -> 0, new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(out, true)));
        assertThat(check).as("check of %s after the kill: %s", journal, out).isZero();
        long prospects = JournalFiles.queryLong(journal, "SELECT count(*) FROM prospects");
        long events = JournalFiles.queryLong(journal, "SELECT count(*) FROM events");
        if (prospects == BEFORE_PROSPECTS) {
            assertThat(events).as("events when no prospect was imported").isEqualTo(BEFORE_EVENTS);
            return "none";
        }
        assertThat(prospects).as("prospects: the journal's own, or those and every imported one")
                .isEqualTo(BEFORE_PROSPECTS + imported.prospects().size());
        assertThat(events).isEqualTo(BEFORE_EVENTS + imported.eventCount());
        return "all";
    }

    @Test
    void anImportKilledAtAnyPointLeavesASoundJournalWithNoneOrAllOfIt() throws Exception {
        List<String> outcomes = new ArrayList<>();
        int killedWhileWriting = 0;
        // killed at moments in time (loading the JVM, reading and checking the files, writing) ...
        for (long delay : new long[] {150, 500, 900, 1300}) {
            Path journal = journalBeforeImport("timed-" + delay + ".db");
            Process child = startImport(journal);
            Thread.sleep(delay);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            outcomes.add(delay + " ms: " + noneOrAll(journal));
        }
        // ... and killed once the import's transaction has written pages to the write-ahead log
        for (long walBytes : new long[] {1, 512 * 1024, 2 * 1024 * 1024}) {
            Path journal = journalBeforeImport("wal-" + walBytes + ".db");
            Path wal = journal.resolveSibling(journal.getFileName() + "-wal");
            Process child = startImport(journal);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && (!Files.exists(wal) || Files.size(wal) < walBytes)
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            boolean alive = child.isAlive();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String outcome = noneOrAll(journal);
            if (alive && outcome.equals("none")) {
                killedWhileWriting++;
            }
            outcomes.add("WAL " + walBytes + " bytes" + (alive ? "" : " (had finished)") + ": " + outcome);
        }
        assertThat(killedWhileWriting).as("kills that hit the transaction: %s", outcomes).isPositive();
    }

    @Test
    void anImportThatRunsToTheEndAddsEverything() throws Exception {
        Path journal = journalBeforeImport("complete.db");
        Process child = startImport(journal);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(journal.resolveSibling("complete.db.out"));
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(noneOrAll(journal)).isEqualTo("all");
    }

    @Test
    void anImportIntoAJournalAnotherProcessWritesFailsCleanlyAndChangesNothing() throws Exception {
        Path journal = journalBeforeImport("busy.db");
        try (Journal window = Journal.open(journal, Database.Mode.EXISTING)) {
            Process child = startImport(journal);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(journal.resolveSibling("busy.db.out"));
            assertThat(child.exitValue()).as(output).isEqualTo(Cli.BAD_DATA);
            assertThat(output.strip()).startsWith("deal-journal: ").contains(journal.toString(),
                    "open in another Deal Journal window");
            assertThat(output.strip().lines()).hasSize(1);
            assertThat(window.prospects().count()).isEqualTo(BEFORE_PROSPECTS);
        }
        assertThat(noneOrAll(journal)).isEqualTo("none");
    }
}
