package com.dealjournal.model.review;

import static com.dealjournal.model.review.RangeMetricsTest.TODAY;
import static com.dealjournal.model.review.RangeMetricsTest.day;
import static com.dealjournal.model.review.RangeMetricsTest.discount;
import static com.dealjournal.model.review.RangeMetricsTest.figures;
import static com.dealjournal.model.review.RangeMetricsTest.followUp;
import static com.dealjournal.model.review.RangeMetricsTest.note;
import static com.dealjournal.model.review.RangeMetricsTest.open;
import static com.dealjournal.model.review.RangeMetricsTest.prospect;
import static com.dealjournal.model.review.RangeMetricsTest.scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How long open prospects have been silent, counted to 2026-06-15. */
class RangeMetricsStallTest {

    private static final List<Prospect> PROSPECTS = List.of(
            open(1, "Answered then silent", "2026-01-10"),
            open(2, "Noted", "2026-01-10"),
            open(3, "Discount talk", "2026-01-10"),
            open(4, "Never answered", "2026-02-01"),
            open(5, "Nothing known", null),
            open(6, "Twin b", "2026-06-01"),
            open(7, "twin A", "2026-06-01"),
            open(8, "Spoke today", "2026-06-10"),
            open(9, "Scope talk", "2026-01-10"),
            prospect(10, "Won quietly", ProspectStatus.WON, "2026-03-01"),
            prospect(11, "Stalled", ProspectStatus.STALLED, "2026-04-01"));

    /** Logged out of date order on purpose: the latest sign of life counts, not the last logged. */
    private static final Event[] EVENTS = {
        followUp(1, "2026-05-01", Reply.ANSWERED),
        followUp(1, "2026-05-10", Reply.NONE),
        followUp(1, "2026-05-20", Reply.PUT_OFF),
        note(2, "2026-05-25"),
        followUp(2, "2026-06-01", Reply.NONE),
        followUp(2, "2026-04-01", Reply.ANSWERED),
        discount(3, "2026-06-05", Response.HELD, null),
        scope(3, "2026-03-01", Initiator.THEM, Response.HELD, null, null),
        followUp(3, "2026-06-10", Reply.PUT_OFF),
        followUp(4, "2026-03-01", Reply.NONE),
        followUp(4, "2026-04-01", Reply.PUT_OFF),
        followUp(5, "2026-04-01", Reply.NONE),
        note(8, "2026-06-15"),
        scope(9, "2026-05-16", Initiator.ME, Response.CONCEDED, null, null),
        followUp(10, "2026-01-05", Reply.ANSWERED),
        followUp(11, "2026-01-05", Reply.NONE),
    };

    @Test
    void theAgeRunsFromTheLastSignOfLifeOrTheFirstContactTheLongestFirst() {
        assertThat(figures(PROSPECTS, EVENTS).stallAges())
                .extracting(age -> age.prospect().name(), StallAge::since, StallAge::days)
                .containsExactly(
                        tuple("Never answered", day("2026-02-01"), 134L),
                        tuple("Answered then silent", day("2026-05-01"), 45L),
                        tuple("Scope talk", day("2026-05-16"), 30L),
                        tuple("Noted", day("2026-05-25"), 21L),
                        tuple("twin A", day("2026-06-01"), 14L),
                        tuple("Twin b", day("2026-06-01"), 14L),
                        tuple("Discount talk", day("2026-06-05"), 10L),
                        tuple("Spoke today", day("2026-06-15"), 0L));
    }

    @Test
    void theAgesDoNotDependOnTheRange() {
        RangeFigures otherRange = figures(YearMonth.of(2020, 1), YearMonth.of(2020, 1), TODAY, PROSPECTS, EVENTS);

        assertThat(otherRange.stallAges()).isEqualTo(figures(PROSPECTS, EVENTS).stallAges());
    }

    @ParameterizedTest
    @EnumSource(value = ProspectStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    void closedProspectsHaveNoAge(ProspectStatus status) {
        List<Prospect> prospects = List.of(prospect(1, "Closed", status, "2026-04-01"), open(2, "Open", "2026-06-01"));

        assertThat(figures(prospects, note(1, "2026-01-02"), note(2, "2026-06-05")).stallAges())
                .extracting(age -> age.prospect().name(), StallAge::days)
                .containsExactly(tuple("Open", 10L));
    }

    @Test
    void whatHappensAfterTodayIsNoSignOfLifeYet() {
        List<Prospect> prospects = List.of(
                open(1, "Planned call", "2026-05-15"),
                open(2, "Not met yet", "2026-06-16"),
                open(3, "Meeting planned", "2026-06-20"));

        RangeFigures figures = figures(prospects,
                note(1, "2026-06-20"),
                followUp(1, "2026-06-16", Reply.ANSWERED),
                note(3, "2026-06-15"));

        assertThat(figures.stallAges()).extracting(age -> age.prospect().name(), StallAge::since, StallAge::days)
                .containsExactly(
                        tuple("Planned call", day("2026-05-15"), 31L),
                        tuple("Meeting planned", day("2026-06-15"), 0L));
    }

    @Test
    void aSignOfLifeCountsEvenBeforeTheFirstContactDate() {
        List<Prospect> prospects = List.of(open(1, "Backdated", "2026-05-01"));

        assertThat(figures(prospects, note(1, "2026-04-01")).stallAges())
                .containsExactly(new StallAge(prospects.get(0), day("2026-04-01"), 75L));
    }
}
