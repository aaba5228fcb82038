package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.demo.DemoJournal;
import com.dealjournal.model.Event;
import com.dealjournal.model.EventType;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo journal: realistic, reproducible from its seed, and only ever written into a new journal. */
class DemoCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        JournalLocation location = new JournalLocation(Map.of(), "Linux", dir.resolve("home"));
        return Cli.run(args, new Cli.Context(location, journal -> 0, new PrintWriter(out, true),
                new PrintWriter(err, true)));
    }

    private static String everything(Path file) throws Exception {
        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            return journal.prospects().findAll() + "\n" + journal.events().findAll();
        }
    }

    private Path demo(String name, long seed, int prospects) throws Exception {
        Path file = dir.resolve(name);
        try (Journal journal = Journal.open(file, Database.Mode.CREATE)) {
            new DemoJournal(seed, TODAY).writeInto(journal, prospects);
        }
        return file;
    }

    @Test
    void theSameSeedMakesTheSameJournalAndAnotherSeedAnother() throws Exception {
        String first = everything(demo("a.db", 7, 60));
        String again = everything(demo("b.db", 7, 60));
        String other = everything(demo("c.db", 8, 60));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aDemoYearHasEveryKindOfEventAndOutcomeWithinTheLastYear() throws Exception {
        Path file = demo("demo.db", 42, 200);

        try (Journal journal = Journal.open(file, Database.Mode.READ_ONLY)) {
            List<Event> events = journal.events().findAll();
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            events.forEach(e -> types.add(e.type()));
            Set<ProspectStatus> statuses = EnumSet.noneOf(ProspectStatus.class);
            journal.prospects().findAll().forEach(p -> statuses.add(p.status()));

            assertThat(journal.prospects().count()).isEqualTo(200);
            assertThat(types).containsExactlyInAnyOrder(EventType.values());
            assertThat(statuses).containsExactlyInAnyOrder(ProspectStatus.values());
            assertThat(events).allSatisfy(e -> assertThat(e.date()).isBetween(TODAY.minusYears(1), TODAY));
            assertThat(journal.check()).isEmpty();
        }
    }

    @Test
    void theCommandWritesANewJournalAndSaysWhatItHolds() throws Exception {
        Path file = dir.resolve("new").resolve("demo.db");
        Files.createDirectories(file.getParent());

        assertThat(run("demo", "--db", file.toString(), "--prospects", "25", "--seed", "3")).isZero();

        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects")).isEqualTo(25);
        assertThat(out.toString()).startsWith(file + ": 25 prospects, ")
                .contains(JournalFiles.queryLong(file, "SELECT count(*) FROM events") + " events");
    }

    @Test
    void theCommandRunTwiceWithTheSameSeedWritesTheSameJournal() throws Exception {
        Path first = dir.resolve("first.db");
        Path second = dir.resolve("second.db");

        assertThat(run("demo", "--db", first.toString(), "--prospects", "30", "--seed", "11")).isZero();
        assertThat(run("demo", "--db", second.toString(), "--prospects", "30", "--seed", "11")).isZero();

        assertThat(everything(second)).isEqualTo(everything(first));
        assertThat(JournalFiles.queryLong(second, "SELECT count(*) FROM events"))
                .isEqualTo(JournalFiles.queryLong(first, "SELECT count(*) FROM events")).isPositive();
    }

    @Test
    void aDemoJournalIsMarkedAsOneInItsSettingsAndAnOrdinaryJournalIsNot() throws Exception {
        Path demo = demo("demo.db", 42, 5);
        Path mine = JournalFiles.journalWith(dir.resolve("mine.db"), 2, 1);
        Path fromTheCommand = dir.resolve("cli.db");
        assertThat(run("demo", "--db", fromTheCommand.toString(), "--prospects", "3")).isZero();

        assertThat(JournalFiles.queryLong(demo, "SELECT count(*) FROM settings WHERE key = 'demo' AND value = 'true'"))
                .isEqualTo(1);
        try (Journal journal = Journal.open(demo, Database.Mode.READ_ONLY);
             Journal cli = Journal.open(fromTheCommand, Database.Mode.READ_ONLY);
             Journal own = Journal.open(mine, Database.Mode.READ_ONLY)) {
            assertThat(journal.settings().isDemo()).isTrue();
            assertThat(cli.settings().isDemo()).isTrue();
            assertThat(own.settings().isDemo()).isFalse();
        }
    }

    @Test
    void aJournalThatHoldsProspectsIsRefusedAndLeftAlone() throws Exception {
        Path file = JournalFiles.journalWith(dir.resolve("mine.db"), 2, 1);
        byte[] before = Files.readAllBytes(file);

        assertThat(run("demo", "--db", file.toString())).isEqualTo(Cli.USAGE);

        assertThat(err.toString()).contains("already holds 2 prospects");
        assertThat(JournalFiles.queryLong(file, "SELECT count(*) FROM prospects")).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aProspectCountOutsideTheRangeIsBadUsage() {
        assertThat(run("demo", "--db", dir.resolve("x.db").toString(), "--prospects", "0")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--prospects must be from 1");
    }
}
