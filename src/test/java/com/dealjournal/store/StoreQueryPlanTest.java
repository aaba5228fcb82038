package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The list's query and the review's read the events through an index, as SQLite plans them for a new
 * journal (no statistics gathered): a month's report never scans the events table, and the list reads
 * its counts from an index that holds every column it needs.
 */
class StoreQueryPlanTest {

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void create() throws Exception {
        file = dir.resolve("journal.db");
        Journal.open(file, Database.Mode.CREATE).close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ANSWERS", "CONCEDED_MONEY", "FOLLOW_UP_HISTORIES", "CLOSED", "WIN_RATES",
        "TRADED_OR_CONCEDED", "TRADED_FOR", "SELF_OFFERED", "WON"})
    void aReviewQueryOfARangeOfMonthsSearchesAnIndexAndScansNoTable(String name) throws Exception {
        String sql = (String) ReviewTallies.class.getDeclaredField(name).get(null);

        List<String> plan = plan(sql);

        assertThat(plan).as(name).anyMatch(line -> line.contains("USING INDEX") || line.contains("USING COVERING INDEX"))
                .noneMatch(line -> line.matches("SCAN (events|e|prospects|p)\\b.*"));
    }

    @Test
    void followUpHistoriesAreReadPerProspectInJournalOrderWithoutASort() throws Exception {
        List<String> plan = plan(ReviewTallies.FOLLOW_UP_HISTORIES);

        assertThat(plan).anyMatch(line -> line.startsWith("SEARCH events USING COVERING INDEX events_by_prospect"))
                .noneMatch(line -> line.contains("TEMP B-TREE FOR ORDER BY"));
    }

    @Test
    void theOpenProspectsLastSignsOfLifeAreLookedUpPerProspectInTheEventsIndex() throws Exception {
        List<String> plan = plan(ReviewTallies.OPEN);

        assertThat(plan).anyMatch(line -> line.startsWith("SEARCH e USING COVERING INDEX events_by_prospect"))
                .noneMatch(line -> line.matches("SCAN e\\b.*"));
    }

    @Test
    void theListCountsFromTheCoveringIndexAndLooksUpLatestEventsWithoutReadingEveryRow() throws Exception {
        List<String> plan = plan(ProspectRepository.SUMMARIES);

        assertThat(plan)
                .anyMatch(line -> line.equals("SCAN events USING COVERING INDEX events_by_prospect"))
                .noneMatch(line -> line.matches("SCAN (events|e|x|le|la)") || line.matches("SCAN (events|e|x) USING INDEX.*"))
                .allMatch(line -> !line.contains(" x ") || line.contains("USING COVERING INDEX events_by_prospect"));
    }

    @Test
    void aProspectsTimelineIsReadInOrderFromTheIndex() throws Exception {
        List<String> plan = plan("SELECT * FROM events WHERE prospect_id = ? ORDER BY date, id");

        assertThat(plan).anyMatch(line -> line.startsWith("SEARCH events USING INDEX events_by_prospect"))
                .noneMatch(line -> line.contains("TEMP B-TREE"));
    }

    private List<String> plan(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setString(i, "2026-10-01");
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString("detail"));
                }
            }
            return lines;
        }
    }
}
