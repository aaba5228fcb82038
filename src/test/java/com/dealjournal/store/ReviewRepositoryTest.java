package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.model.ValidationException;
import com.dealjournal.model.review.ReviewInput;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the review reads from the journal, and the reflection notes it keeps there. */
class ReviewRepositoryTest {

    private static final Currency CHF = Currency.getInstance("CHF");

    @TempDir
    Path dir;
    private Journal journal;

    @BeforeEach
    void open() throws Exception {
        journal = Journal.open(dir.resolve("journal.db"), Database.Mode.CREATE);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aMonthBringsItsRequestsEveryFollowUpUpToItsEndAndItsClosings() {
        Prospect p = journal.prospects().insert(Prospect.named("A", CHF));
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2025-01-05"), Reply.NONE, null));
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-10-31"), Reply.NONE, null));
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-11-01"), Reply.NONE, null));
        for (String date : List.of("2026-09-30", "2026-10-01", "2026-10-31", "2026-11-01")) {
            journal.events().insert(new Event.Discount(0, p.id(), LocalDate.parse(date), null, null, Response.HELD,
                    null, null, null));
        }
        journal.events().insert(new Event.Note(0, p.id(), LocalDate.parse("2026-10-15"), "not needed"));
        journal.prospects().insert(new Prospect(0, "Won", null, null, null, null, ProspectStatus.WON,
                LocalDate.parse("2026-10-31"), CHF, null, null, null, null, null));
        journal.prospects().insert(new Prospect(0, "Lost earlier", null, null, null, null, ProspectStatus.LOST,
                LocalDate.parse("2026-09-30"), CHF, null, null, null, null, null));

        ReviewInput input = journal.review().month(YearMonth.of(2026, 10));

        assertThat(input.events()).extracting(e -> e.type() + " " + e.date()).containsExactlyInAnyOrder(
                "FOLLOW_UP 2025-01-05", "FOLLOW_UP 2026-10-31", "DISCOUNT 2026-10-01", "DISCOUNT 2026-10-31");
        assertThat(input.prospects()).extracting(Prospect::name).containsExactly("Won");
        assertThat(input.currencies()).containsEntry(p.id(), CHF).hasSize(3);
        assertThat(journal.review().firstMonth()).contains(YearMonth.of(2025, 1));
    }

    @Test
    void aMonthsEventsAreFoundThroughAnIndexNotAScanOfEveryEvent() throws Exception {
        List<String> plan;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + journal.file())) {
            try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + ReviewRepository.EVENTS)) {
                s.setString(1, "2026-10-31");
                s.setString(2, "2026-10-01");
                s.setString(3, "2026-10-31");
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString("detail"));
                    }
                }
                plan = lines;
            }
        }

        assertThat(plan).anyMatch(line -> line.contains("USING INDEX events_by_type_date"))
                .noneMatch(line -> line.startsWith("SCAN events"));
    }

    @Test
    void reflectionNotesAreKeptPerMonthAndABlankOneIsRemoved() {
        YearMonth october = YearMonth.of(2026, 10);
        assertThat(journal.review().note(october)).isEmpty();

        journal.review().saveNote(october, "Held firm twice.");
        journal.review().saveNote(YearMonth.of(2026, 11), "Chased too much.");
        journal.review().saveNote(october, "Held firm three times.");

        assertThat(journal.review().note(october)).isEqualTo("Held firm three times.");
        journal.review().saveNote(october, "   ");
        assertThat(journal.review().note(october)).isEmpty();
        assertThat(journal.review().note(YearMonth.of(2026, 11))).isEqualTo("Chased too much.");
    }

    @Test
    void aNoteOverTenThousandCharactersIsRefusedAndNothingIsWritten() {
        YearMonth october = YearMonth.of(2026, 10);
        journal.review().saveNote(october, "kept");

        assertThatThrownBy(() -> journal.review().saveNote(october, "x".repeat(10_001)))
                .isInstanceOf(ValidationException.class);
        assertThat(journal.review().note(october)).isEqualTo("kept");
    }
}
