package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Reply;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code check}: consistent copies, and every problem of a file named. */
class BackupAndCheckCommandTest {

    @TempDir
    Path dir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        JournalLocation location = new JournalLocation(Map.of(), "Linux", dir.resolve("home"));
        return Cli.run(args, new Cli.Context(location, journal -> 0, new PrintWriter(out, true),
                new PrintWriter(err, true)));
    }

    @Test
    void checkSaysOkForASoundJournal() {
        Path journal = JournalFiles.octoberJournal(dir.resolve("journal.db"));

        assertThat(run("check", "--db", journal.toString())).isZero();

        assertThat(out.toString()).isEqualTo("ok" + System.lineSeparator());
    }

    @Test
    void checkListsAnEventWhoseProspectIsMissingAndExits1() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 1, 0);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA foreign_keys = OFF");
            s.executeUpdate("INSERT INTO events (prospect_id, date, type, reply) VALUES (999, '2026-10-01',"
                    + " 'FOLLOW_UP', 'NONE')");
        }
        byte[] before = Files.readAllBytes(journal);

        assertThat(run("check", "--db", journal.toString())).isEqualTo(Cli.BAD_DATA);

        assertThat(out.toString()).contains("of events refers to a missing row of prospects");
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void checkListsTheDamageOfACorruptedFileAndLeavesItAlone() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 300, 3);
        try (RandomAccessFile file = new RandomAccessFile(journal.toFile(), "rw")) {
            byte[] garbage = new byte[4096 * 3];
            Arrays.fill(garbage, (byte) 0x55);
            file.seek(4096L * 2);
            file.write(garbage);
        }
        byte[] before = Files.readAllBytes(journal);

        assertThat(run("check", "--db", journal.toString())).isEqualTo(Cli.BAD_DATA);

        assertThat(out.toString() + err.toString()).isNotBlank().doesNotStartWith("ok");
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void checkOfAMissingFileIsBadUsage() {
        assertThat(run("check", "--db", dir.resolve("missing.db").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void backupMakesAConsistentCopyWhileAnotherConnectionWrites() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 50, 2);
        Path copy = dir.resolve("copy.db");
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = Thread.ofPlatform().start(() -> {
            try (Journal j = Journal.open(journal, Database.Mode.EXISTING)) {
                Prospect p = j.prospects().insert(Prospect.named("Busy", JournalFiles.EUR));
                for (int i = 0; i < 2000 && !stop.get(); i++) {
                    j.events().insert(new Event.FollowUp(0, p.id(), LocalDate.of(2026, 10, 1), Reply.NONE, null));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);

        int exit = run("backup", "--db", journal.toString(), "--to", copy.toString());
        stop.set(true);
        writer.join();

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo(copy.toString());
        assertThat(run("check", "--db", copy.toString())).isZero();
        long prospects = JournalFiles.queryLong(copy, "SELECT count(*) FROM prospects");
        long orphans = JournalFiles.queryLong(copy,
                "SELECT count(*) FROM events WHERE prospect_id NOT IN (SELECT id FROM prospects)");
        assertThat(prospects).isBetween(50L, 51L);
        assertThat(orphans).isZero();
        assertThat(JournalFiles.queryLong(copy, "PRAGMA user_version"))
                .isEqualTo(JournalFiles.queryLong(journal, "PRAGMA user_version"));
    }

    @Test
    void backupsTakenWhileTransactionsCommitHoldOnlyWholeTransactions() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 10, 0);
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger committed = new java.util.concurrent.atomic.AtomicInteger();
        Thread writer = Thread.ofPlatform().start(() -> {
            try (Journal j = Journal.open(journal, Database.Mode.EXISTING)) {
                while (!stop.get()) {
                    // one transaction: a prospect and its three follow-ups, all or nothing
                    j.inOneTransaction(() -> {
                        Prospect p = j.prospects().insert(Prospect.named("Busy", JournalFiles.EUR));
                        for (int e = 0; e < 3; e++) {
                            j.events().insert(new Event.FollowUp(0, p.id(), LocalDate.of(2026, 10, 1 + e),
                                    Reply.NONE, null));
                        }
                        return null;
                    });
                    committed.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        java.util.List<Path> copies = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            while (committed.get() < (i + 1) * 20) {
                Thread.sleep(5);
            }
            Path copy = dir.resolve("copy-" + i + ".db");
            assertThat(run("backup", "--db", journal.toString(), "--to", copy.toString())).as(err.toString()).isZero();
            copies.add(copy);
        }
        stop.set(true);
        writer.join();

        long previous = 0;
        for (Path copy : copies) {
            assertThat(run("check", "--db", copy.toString())).as(copy + ": " + out).isZero();
            long busy = JournalFiles.queryLong(copy, "SELECT count(*) FROM prospects WHERE name = 'Busy'");
            long events = JournalFiles.queryLong(copy, "SELECT count(*) FROM events");
            assertThat(JournalFiles.queryLong(copy, "SELECT count(*) FROM prospects")).isEqualTo(10 + busy);
            assertThat(events).as("three events for every prospect the copy holds, never part of a write")
                    .isEqualTo(3 * busy);
            assertThat(busy).as("each copy at least as new as the one before").isGreaterThanOrEqualTo(previous);
            previous = busy;
        }
        assertThat(previous).isGreaterThanOrEqualTo(100);
    }

    @Test
    void backupNeverOverwritesAFile() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 1, 0);
        Path existing = Files.writeString(dir.resolve("existing.db"), "keep me");

        assertThat(run("backup", "--db", journal.toString(), "--to", existing.toString())).isEqualTo(Cli.USAGE);

        assertThat(err.toString()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void backupOfAFileThatIsNoJournalSaysSoAndWritesNothing() throws Exception {
        Path text = JournalFiles.textFile(dir.resolve("notes.db"));
        Path copy = dir.resolve("copy.db");

        assertThat(run("backup", "--db", text.toString(), "--to", copy.toString())).isEqualTo(Cli.BAD_DATA);

        assertThat(err.toString()).contains("not an SQLite database");
        assertThat(copy).doesNotExist();
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("notes.db");
        }
    }
}
