package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.JournalContent;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code export} as a user runs them: what they print, exit with, and leave in the files. */
class ImportExportCommandTest {

    private static final String PROSPECTS = "id,name,status,closed_on,list_price\r\n"
            + "a,Anna Schmidt,OPEN,,4800.00\r\n"
            + "b,Bernd Weber,WON,2026-03-01,1000\r\n";
    private static final String EVENTS = "prospect_id,date,type,response,asked_percent,note\r\n"
            + "a,2026-01-10,DISCOUNT,held,10,\r\n"
            + "b,2026-02-10,NOTE,,,\"Called, said \"\"yes\"\"\"\r\n";

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new Cli.Context(new JournalLocation(Map.of(), "Linux", dir.resolve("home")), j -> 0,
                new PrintWriter(out, true), new PrintWriter(err, true)));
    }

    private Path csvPair(String prospects, String events) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("prospects.csv"), prospects);
        Files.writeString(folder.resolve("events.csv"), events);
        return folder;
    }

    private static JournalContent contentOf(Path journal) throws Exception {
        try (Journal j = Journal.open(journal, Database.Mode.READ_ONLY)) {
            return j.content();
        }
    }

    /** Events get new ids in an import; everything else, prospect ids of an empty journal included, is kept. */
    private static JournalContent withoutEventIds(JournalContent content) {
        return new JournalContent(content.defaultCurrency(), content.prospects().stream()
                .map(e -> new JournalContent.Entry(e.key(), e.prospect(),
                        e.events().stream().map(event -> event.withId(0)).toList()))
                .toList());
    }

    private static List<String> listing(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void importAddsBesideWhatTheJournalHoldsUnderNewIds() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        Path source = csvPair(PROSPECTS, EVENTS);

        assertThat(run("import", "--db", journal.toString(), source.toString())).as(err.toString()).isZero();

        assertThat(out.toString().strip()).isEqualTo("added 2 prospects and 2 events from " + source + " to "
                + journal);
        assertThat(err.toString()).isEmpty();
        JournalContent content = contentOf(journal);
        assertThat(content.prospects()).hasSize(6);
        assertThat(content.prospects().subList(4, 6)).extracting(e -> e.key() + " " + e.prospect().name())
                .containsExactly("5 Anna Schmidt", "6 Bernd Weber");
        assertThat(content.prospects().get(5).events().getFirst().note()).isEqualTo("Called, said \"yes\"");
    }

    @Test
    void aDryRunValidatesAndCountsButWritesNothing() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        byte[] before = Files.readAllBytes(journal);

        assertThat(run("import", "--db", journal.toString(), csvPair(PROSPECTS, EVENTS).toString(), "--dry-run"))
                .isZero();

        assertThat(out.toString()).contains("2 prospects and 2 events", "Nothing was written");
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void importIntoAFileThatDoesNotExistCreatesTheJournalAndAFailedOneCreatesNothing() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        Path bad = csvPair(PROSPECTS.replace("4800.00", "-1"), EVENTS);
        assertThat(run("import", "--db", fresh.toString(), bad.toString())).isEqualTo(Cli.BAD_DATA);
        assertThat(fresh).doesNotExist();

        Files.writeString(bad.resolve("prospects.csv"), PROSPECTS);
        assertThat(run("import", "--db", fresh.toString(), bad.toString())).isZero();
        assertThat(contentOf(fresh).prospects()).hasSize(2);
    }

    @Test
    void manyProblemsAreListedUpToFiftyThenCounted() throws Exception {
        StringBuilder prospects = new StringBuilder("id,name,list_price\r\n");
        for (int i = 0; i < 60; i++) {
            prospects.append("p").append(i).append(",Name ").append(i).append(",-").append(i + 1).append("\r\n");
        }
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 1, 0);

        assertThat(run("import", "--db", journal.toString(), csvPair(prospects.toString(),
                "prospect_id,date,type\r\n").toString())).isEqualTo(Cli.BAD_DATA);

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(52);
        assertThat(lines.getFirst()).startsWith("prospects.csv, line 2, column list_price:");
        assertThat(lines.get(49)).startsWith("prospects.csv, line 51, column list_price:");
        assertThat(lines.get(50)).isEqualTo("... and 10 more problems");
        assertThat(lines.get(51)).startsWith("deal-journal: nothing was imported").contains("60 problems");
    }

    @Test
    void badUsageIsExitTwoWithOneLine() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 1, 0);
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        for (String[] args : new String[][] {
                {"import", "--db", journal.toString()},
                {"import", "--db", journal.toString(), dir.resolve("missing").toString()},
                {"import", "--db", journal.toString(), text.toString()},
                {"import", "--db", journal.toString(), dir.toString(), "--colour"},
                {"export", "--db", journal.toString()},
                {"export", "--db", journal.toString(), "--out", dir.resolve("x").toString(), "--format", "xml"},
                {"export", "--db", journal.toString(), "--out", dir.resolve("no/such/folder/x.json").toString()},
                {"export", "--db", dir.resolve("missing.db").toString(), "--out", dir.resolve("x.json").toString()}}) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
            assertThat(err.toString().lines()).as(String.join(" ", args)).hasSize(1);
            assertThat(err.toString()).startsWith("deal-journal: ");
        }
    }

    @Test
    void exportNeverOverwritesWithoutForceAndLeavesNoTemporaryFiles() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        Path folder = dir.resolve("export");

        assertThat(run("export", "--db", journal.toString(), "--out", folder.toString())).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo("exported 4 prospects and 6 events to " + folder);
        assertThat(listing(folder)).containsExactly("events.csv", "prospects.csv");
        Files.writeString(folder.resolve("prospects.csv"), "edited by hand");

        assertThat(run("export", "--db", journal.toString(), "--out", folder.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("already exists", "--force");
        assertThat(Files.readString(folder.resolve("prospects.csv"))).isEqualTo("edited by hand");

        assertThat(run("export", "--db", journal.toString(), "--out", folder.toString(), "--force")).isZero();
        assertThat(Files.readString(folder.resolve("prospects.csv"))).startsWith("id,name,company,");
        assertThat(listing(folder)).containsExactly("events.csv", "prospects.csv");

        Path json = dir.resolve("journal.json");
        assertThat(run("export", "--db", journal.toString(), "--out", json.toString())).isZero();
        assertThat(Files.readString(json)).contains("\"format\": \"deal-journal\"");
        assertThat(run("export", "--db", journal.toString(), "--out", json.toString(), "--format", "JSON"))
                .isEqualTo(Cli.USAGE);
        assertThat(listing(dir)).containsExactly("export", "journal.db", "journal.json");
    }

    @Test
    void aJournalExportedAndImportedIntoAnEmptyOneIsTheSameInBothFormats() throws Exception {
        Path journal = JournalFiles.octoberJournal(dir.resolve("journal.db"));
        JournalContent original = contentOf(journal);
        for (String target : new String[] {"csv-export", "export.json"}) {
            Path exported = dir.resolve(target);
            Path copy = dir.resolve("copy-of-" + target + ".db");
            assertThat(run("export", "--db", journal.toString(), "--out", exported.toString())).isZero();
            assertThat(run("import", "--db", copy.toString(), exported.toString())).as(err.toString()).isZero();
            assertThat(withoutEventIds(contentOf(copy))).as(target).isEqualTo(withoutEventIds(original));
        }
    }

    @Test
    void exportReadsAJournalThatTheWindowHasOpen() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        try (Journal window = Journal.open(journal, Database.Mode.EXISTING)) {
            window.prospects().insert(com.dealjournal.model.Prospect.named("Added in the window", JournalFiles.EUR));
            assertThat(run("export", "--db", journal.toString(), "--out", dir.resolve("j.json").toString()))
                    .as(err.toString()).isZero();
        }
        assertThat(Files.readString(dir.resolve("j.json"))).contains("Added in the window");
    }
}
