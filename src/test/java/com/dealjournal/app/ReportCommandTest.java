package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.JournalFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code report} on the journal of {@link JournalFiles#octoberJournal}, whose October 2026 was worked out by hand. */
class ReportCommandTest {

    @TempDir
    Path dir;
    private Path journal;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seed() {
        journal = JournalFiles.octoberJournal(dir.resolve("journal.db"));
    }

    private int run(String... args) {
        JournalLocation location = new JournalLocation(Map.of(), "Linux", dir.resolve("home"));
        GuiLauncher gui = file -> {
            throw new AssertionError("report must not open the window");
        };
        return Cli.run(args, new Cli.Context(location, gui, new PrintWriter(out, true), new PrintWriter(err, true)));
    }

    @Test
    void jsonIsExactlyOneObjectWithTheHandComputedFigures() throws Exception {
        byte[] before = Files.readAllBytes(journal);

        assertThat(run("report", "--db", journal.toString(), "--month", "2026-10", "--json")).isZero();

        assertThat(out.toString().strip()).isEqualTo("{\"month\":\"2026-10\",\"chaseLimit\":2,\"requests\":6,"
                + "\"held\":2,\"traded\":1,\"conceded\":3,\"followUps\":3,\"excessFollowUps\":2,\"gaveGround\":5,"
                + "\"eyeLevelScore\":38,\"concededMoney\":{\"EUR\":\"750.50\"},"
                + "\"closed\":{\"WON\":1,\"LOST\":0,\"DECLINED\":1,\"STALLED\":0}}");
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).isEmpty();
        assertThat(Files.readAllBytes(journal)).as("report opens the journal read-only").isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({
        // limit, excess, gave ground, score
        "0, 3, 6, 33",   // every follow-up is excess: 100 * 3 / 9 = 33.3
        "1, 2, 5, 38",   // 10-01 (2 before) and 10-05 (3 before); 10-06 has 0 before
        "3, 1, 4, 43",   // only 10-05 (3 before): 100 * 3 / 7 = 42.9
        "20, 0, 3, 50"}) // none: 100 * 3 / 6
    void theChaseLimitDecidesWhichFollowUpsAreExcess(int limit, int excess, int gaveGround, int score) {
        assertThat(run("report", "--db", journal.toString(), "--month", "2026-10", "--chase-limit",
                String.valueOf(limit), "--json")).isZero();

        assertThat(out.toString()).contains("\"chaseLimit\":" + limit + ",", "\"excessFollowUps\":" + excess + ",",
                "\"gaveGround\":" + gaveGround + ",", "\"eyeLevelScore\":" + score + ",");
    }

    @Test
    void theJournalsOwnChaseLimitIsTheDefault() throws Exception {
        try (Journal j = Journal.open(journal, Database.Mode.EXISTING)) {
            j.settings().setChaseLimit(3);
        }

        assertThat(run("report", "--db", journal.toString(), "--month", "2026-10", "--json")).isZero();

        assertThat(out.toString()).contains("\"chaseLimit\":3,", "\"excessFollowUps\":1,");
    }

    @Test
    void aMonthWithoutRequestsOrExcessHasNoScore() {
        assertThat(run("report", "--db", journal.toString(), "--month", "2026-08", "--json")).isZero();

        assertThat(out.toString().strip()).isEqualTo("{\"month\":\"2026-08\",\"chaseLimit\":2,\"requests\":0,"
                + "\"held\":0,\"traded\":0,\"conceded\":0,\"followUps\":0,\"excessFollowUps\":0,\"gaveGround\":0,"
                + "\"eyeLevelScore\":null,\"concededMoney\":{},"
                + "\"closed\":{\"WON\":0,\"LOST\":0,\"DECLINED\":0,\"STALLED\":0}}");
    }

    @Test
    void withoutJsonItPrintsTheSameFiguresAsATable() {
        assertThat(run("report", "--db", journal.toString(), "--month", "2026-10")).isZero();

        assertThat(out.toString()).contains("Eye-level score   38", "Requests          6", "  conceded        3",
                "  excess          2", "Gave ground       5", "Money conceded    EUR 750.50",
                "Closed            won 1, lost 0, declined 1, stalled 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-1", "26-10", "2026/10", "October", "2026-10-01", ""})
    void aMonthThatIsNotYyyyMmIsBadUsage(String month) {
        assertThat(run("report", "--db", journal.toString(), "--month", month, "--json")).isEqualTo(Cli.USAGE);

        assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("deal-journal: ")
                .contains("--month");
        assertThat(out.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "21", "two"})
    void aChaseLimitOutside0To20IsBadUsage(String limit) {
        assertThat(run("report", "--db", journal.toString(), "--month", "2026-10", "--chase-limit", limit))
                .isEqualTo(Cli.USAGE);

        assertThat(err.toString().lines()).hasSize(1).first().asString().contains("--chase-limit");
    }

    @Test
    void aMissingFileIsBadUsageAndIsNotCreated() {
        Path missing = dir.resolve("missing.db");

        assertThat(run("report", "--db", missing.toString(), "--month", "2026-10")).isEqualTo(Cli.USAGE);

        assertThat(err.toString().lines()).hasSize(1).first().asString().contains(missing + " does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingMonthIsBadUsage() {
        assertThat(run("report", "--db", journal.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString().lines()).hasSize(1).first().asString().contains("--month");
    }

    @Test
    void aJournalOfAnOlderVersionIsReportedWithoutBeingChanged() throws Exception {
        Path old = JournalFiles.version1Journal(dir.resolve("old.db"), "Nordlicht GmbH");
        byte[] before = Files.readAllBytes(old);

        assertThat(run("report", "--db", old.toString(), "--month", "2026-10", "--json")).isZero();

        assertThat(out.toString()).contains("\"requests\":0,");
        assertThat(Files.readAllBytes(old)).isEqualTo(before);
    }
}
