package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.model.ValidationException;
import com.dealjournal.model.review.MonthTally;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
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
    void aMonthsTallyCountsItsOwnRequestsItsExcessFollowUpsOverTheWholeHistoryAndItsClosings() {
        Prospect p = journal.prospects().insert(Prospect.named("A", CHF));
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2025-01-05"), Reply.NONE, null));
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-09-30"), Reply.PUT_OFF, null));
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-10-31"), Reply.NONE, null));
        journal.events().insert(new Event.FollowUp(0, p.id(), LocalDate.parse("2026-11-01"), Reply.NONE, null));
        for (String date : List.of("2026-09-30", "2026-10-01", "2026-10-31", "2026-11-01")) {
            journal.events().insert(new Event.Discount(0, p.id(), LocalDate.parse(date), null, null, Response.CONCEDED,
                    new java.math.BigDecimal("10.50"), null, null));
        }
        journal.events().insert(new Event.Note(0, p.id(), LocalDate.parse("2026-10-15"), "not a request"));
        journal.prospects().insert(new Prospect(0, "Won", null, null, null, null, ProspectStatus.WON,
                LocalDate.parse("2026-10-31"), CHF, null, null, null, null, null));
        journal.prospects().insert(new Prospect(0, "Lost earlier", null, null, null, null, ProspectStatus.LOST,
                LocalDate.parse("2026-09-30"), CHF, null, null, null, null, null));

        MonthTally october = journal.review().months(YearMonth.of(2026, 10), YearMonth.of(2026, 10), 2).getFirst();

        assertThat(october.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(october.conceded()).isEqualTo(2);
        assertThat(october.held() + october.traded()).isZero();
        assertThat(october.followUps()).isEqualTo(1);
        assertThat(october.excessFollowUps()).as("the third unanswered follow-up in a row").isEqualTo(1);
        assertThat(october.concededMoney()).containsExactly(Map.entry("CHF", new java.math.BigDecimal("21.00")));
        assertThat(october.closed()).containsExactly(Map.entry(ProspectStatus.WON, 1));
        assertThat(journal.review().firstMonth()).contains(YearMonth.of(2025, 1));
    }

    @Test
    void aRangeGivesOneTallyPerMonthOldestFirstEvenForMonthsWithoutEvents() {
        List<MonthTally> months = journal.review().months(YearMonth.of(2026, 1), YearMonth.of(2026, 3), 2);

        assertThat(months).extracting(MonthTally::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(months).allSatisfy(month -> assertThat(month.followUps() + month.conceded()).isZero());
        assertThat(journal.review().firstMonth()).isEmpty();
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
