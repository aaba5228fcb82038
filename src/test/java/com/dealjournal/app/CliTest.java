package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.store.Migrations;
import com.dealjournal.testing.JournalFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, exit codes, one-line errors, and which journal the window is opened on. */
class CliTest {

    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();
    private final List<Path> launched = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        JournalLocation location = new JournalLocation(env, "Linux", dir.resolve("home"));
        GuiLauncher gui = journal -> {
            launched.add(journal);
            return 0;
        };
        return Cli.run(args, new Cli.Context(location, gui, new PrintWriter(out, true), new PrintWriter(err, true)));
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Deal Journal ").doesNotContain("unknown");
        assertThat(launched).isEmpty();
    }

    @Test
    void helpListsTheOptionsAndCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--db=PATH", "--version", "info", "DEAL_JOURNAL_DB");
        assertThat(launched).isEmpty();
    }

    @Test
    void withoutArgumentsTheWindowOpensOnTheDefaultJournal() {
        assertThat(run()).isZero();
        assertThat(launched).containsExactly(dir.resolve("home/.local/share/deal-journal/journal.db"));
    }

    @Test
    void dbOptionChoosesTheJournal() {
        Path chosen = dir.resolve("elsewhere/my.db");
        env.put(JournalLocation.ENV_VARIABLE, dir.resolve("env.db").toString());

        assertThat(run("--db", chosen.toString())).isZero();

        assertThat(launched).containsExactly(chosen);
    }

    @Test
    void environmentVariableChoosesTheJournalWithoutDbOption() {
        env.put(JournalLocation.ENV_VARIABLE, dir.resolve("env.db").toString());

        assertThat(run()).isZero();

        assertThat(launched).containsExactly(dir.resolve("env.db"));
    }

    @Test
    void unknownOptionIsBadUsageWithOneLineOnStderr() {
        assertThat(run("--colour", "blue")).isEqualTo(Cli.USAGE);

        assertThat(err.toString().lines()).hasSize(1).first().asString()
                .startsWith("deal-journal: ").contains("--colour");
        assertThat(launched).isEmpty();
    }

    @Test
    void dbWithoutItsArgumentIsBadUsage() {
        assertThat(run("--db")).isEqualTo(Cli.USAGE);
        assertThat(err.toString().lines()).hasSize(1).first().asString().contains("--db");
    }

    @Test
    void emptyDbPathIsBadUsage() {
        assertThat(run("--db", "")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("the journal path is empty");
        assertThat(launched).isEmpty();
    }

    @Test
    void infoDescribesAJournalWithoutChangingIt() throws Exception {
        Path journal = JournalFiles.journalWith(dir.resolve("journal.db"), 2, 3);
        byte[] before = Files.readAllBytes(journal);

        assertThat(run("info", "--db", journal.toString())).isZero();

        assertThat(out.toString()).contains("Journal:   " + journal, "Schema:    version " + Migrations.LATEST,
                "Prospects: 2", "Events:    6");
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void infoOnAMissingFileIsBadUsageAndCreatesNothing() {
        Path missing = dir.resolve("missing.db");

        assertThat(run("info", "--db", missing.toString())).isEqualTo(Cli.USAGE);

        assertThat(err.toString()).isEqualTo("deal-journal: " + missing + " does not exist." + System.lineSeparator());
        assertThat(missing).doesNotExist();
    }

    @Test
    void infoOnAFileThatIsNoDatabaseSaysSoInOneLineAndLeavesItAlone() throws Exception {
        Path text = JournalFiles.textFile(dir.resolve("notes.db"));
        byte[] before = Files.readAllBytes(text);

        assertThat(run("info", "--db", text.toString())).isEqualTo(Cli.BAD_DATA);

        assertThat(err.toString().lines()).hasSize(1).first().asString()
                .startsWith("deal-journal: " + text).contains("not an SQLite database");
        assertThat(Files.readAllBytes(text)).isEqualTo(before);
    }

    @Test
    void infoOnAJournalFromANewerVersionRefusesIt() throws Exception {
        Path journal = JournalFiles.tooNewJournal(dir.resolve("future.db"), Migrations.LATEST + 5);
        byte[] before = Files.readAllBytes(journal);

        assertThat(run("info", "--db", journal.toString())).isEqualTo(Cli.BAD_DATA);

        assertThat(err.toString()).contains("newer version of Deal Journal", "schema version " + (Migrations.LATEST + 5));
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }
}
