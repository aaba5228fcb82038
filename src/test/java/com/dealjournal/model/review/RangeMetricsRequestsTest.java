package com.dealjournal.model.review;

import static com.dealjournal.model.review.RangeMetricsTest.discount;
import static com.dealjournal.model.review.RangeMetricsTest.figures;
import static com.dealjournal.model.review.RangeMetricsTest.followUp;
import static com.dealjournal.model.review.RangeMetricsTest.note;
import static com.dealjournal.model.review.RangeMetricsTest.open;
import static com.dealjournal.model.review.RangeMetricsTest.priced;
import static com.dealjournal.model.review.RangeMetricsTest.scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reciprocity, what I traded for, and the extra work I offered for free, over March to May 2026. */
class RangeMetricsRequestsTest {

    private static final List<Prospect> ONE = List.of(open(1, "Nordlicht GmbH", "2026-01-05"));

    @ParameterizedTest(name = "{0} traded, {1} conceded: {2}")
    @CsvSource({"1, 7, 13", "7, 1, 88", "1, 2, 33", "2, 1, 67", "1, 1, 50", "3, 0, 100", "0, 4, 0", "0, 0,"})
    void reciprocityIsTradedOutOfTradedAndConcededRoundedHalfUp(int traded, int conceded, Integer percent) {
        List<Event> events = new ArrayList<>(List.of(
                discount(1, "2026-03-01", Response.HELD, null),
                scope(1, "2026-05-31", Initiator.THEM, Response.HELD, null, null),
                followUp(1, "2026-04-01", Reply.ANSWERED),
                discount(1, "2026-02-28", Response.TRADED, null),
                scope(1, "2026-06-01", Initiator.THEM, Response.CONCEDED, null, null),
                discount(1, "2026-02-28", Response.CONCEDED, null)));
        for (int i = 0; i < traded; i++) {
            events.add(i % 2 == 0 ? discount(1, "2026-03-01", Response.TRADED, "prepayment")
                    : scope(1, "2026-05-31", Initiator.THEM, Response.TRADED, null, null));
        }
        for (int i = 0; i < conceded; i++) {
            events.add(i % 2 == 0 ? discount(1, "2026-05-31", Response.CONCEDED, null)
                    : scope(1, "2026-03-01", Initiator.ME, Response.CONCEDED, null, null));
        }

        assertThat(figures(ONE, events.toArray(Event[]::new)).reciprocityPercent()).isEqualTo(percent);
    }

    @Test
    void tradedForCountsTextsIgnoringCaseAndSurroundingSpace() {
        RangeFigures figures = figures(ONE,
                discount(1, "2026-03-02", Response.TRADED, "Prepayment"),
                scope(1, "2026-03-05", Initiator.THEM, Response.TRADED, "200", "  prepayment "),
                discount(1, "2026-03-09", Response.TRADED, "PREPAYMENT"),
                discount(1, "2026-04-01", Response.TRADED, "prepayment"),
                discount(1, "2026-03-04", Response.TRADED, "Referral"),
                scope(1, "2026-03-03", Initiator.ME, Response.TRADED, null, "referral\t"),
                discount(1, "2026-04-02", Response.TRADED, "Longer commitment"),
                scope(1, "2026-04-03", Initiator.THEM, Response.TRADED, null, "Case study"),
                discount(1, "2026-04-04", Response.TRADED, "a testimonial"),
                discount(1, "2026-04-05", Response.TRADED, "longer  commitment"),
                discount(1, "2026-04-06", Response.TRADED, null),
                discount(1, "2026-04-07", Response.TRADED, "   "),
                discount(1, "2026-02-28", Response.TRADED, "Prepayment"),
                discount(1, "2026-06-01", Response.TRADED, "Case study"),
                discount(1, "2026-04-08", Response.HELD, null),
                note(1, "2026-04-09"));

        assertThat(figures.tradedFor()).containsExactly(
                Map.entry("prepayment", 4),
                Map.entry("referral", 2),
                Map.entry("a testimonial", 1),
                Map.entry("Case study", 1),
                Map.entry("longer  commitment", 1),
                Map.entry("Longer commitment", 1));
    }

    @Test
    void aTextIsShownInItsMostFrequentSpellingAndOnATieInTheOneLoggedFirst() {
        // logged out of date order: "shorter deadline" (2026-03-10) comes before "Shorter deadline"
        // (2026-03-11) in the journal, though not in this list; "SHORTER DEADLINE" is first but only once
        RangeFigures figures = figures(ONE,
                discount(1, "2026-03-11", Response.TRADED, "Shorter deadline"),
                discount(1, "2026-03-10", Response.TRADED, "shorter deadline"),
                discount(1, "2026-03-09", Response.TRADED, "SHORTER DEADLINE"),
                discount(1, "2026-03-12", Response.TRADED, "Shorter deadline"),
                discount(1, "2026-03-10", Response.TRADED, "shorter deadline"),
                discount(1, "2026-03-12", Response.TRADED, "Straße"),
                discount(1, "2026-03-12", Response.TRADED, "STRASSE"));

        assertThat(figures.tradedFor()).containsExactly(
                Map.entry("shorter deadline", 5),
                Map.entry("Straße", 2));
    }

    @ParameterizedTest(name = "dated {0}: counts {1}")
    @CsvSource({"2026-03-01, 1", "2026-05-31, 1", "2026-02-28, 0", "2026-06-01, 0"})
    void aRequestCountsWhenDatedInTheRange(String date, int counts) {
        RangeFigures figures = figures(ONE,
                scope(1, date, Initiator.ME, Response.CONCEDED, "10", null),
                discount(1, date, Response.TRADED, "referral"));

        assertThat(figures.selfOfferedConcessions()).isEqualTo(counts);
        assertThat(figures.selfOfferedValue()).isEqualTo(counts == 1 ? Map.of("EUR", new BigDecimal("10.00")) : Map.of());
        assertThat(figures.tradedFor()).isEqualTo(counts == 1 ? List.of(Map.entry("referral", 1)) : List.of());
        assertThat(figures.reciprocityPercent()).isEqualTo(counts == 1 ? 50 : null);
    }

    @Test
    void selfOfferedConcessionsAreCountedAndSummedPerCurrency() {
        List<Prospect> prospects = List.of(
                priced(1, "Euro one", ProspectStatus.OPEN, null, "EUR", null, null, null),
                priced(2, "Franc", ProspectStatus.OPEN, null, "CHF", null, null, null),
                priced(3, "Dollar", ProspectStatus.WON, "2026-01-01", "USD", null, null, null),
                priced(4, "Euro two", ProspectStatus.LOST, "2026-04-01", "EUR", null, null, null));

        RangeFigures figures = figures(prospects,
                scope(1, "2026-03-10", Initiator.ME, Response.CONCEDED, "150.00", null),
                scope(1, "2026-04-10", Initiator.ME, Response.CONCEDED, "49.5", null),
                scope(4, "2026-05-10", Initiator.ME, Response.CONCEDED, "0.50", null),
                scope(2, "2026-03-11", Initiator.ME, Response.CONCEDED, null, null),
                scope(2, "2026-03-12", Initiator.ME, Response.CONCEDED, "0", null),
                scope(3, "2026-05-31", Initiator.ME, Response.CONCEDED, "1000", null),
                scope(1, "2026-03-10", Initiator.THEM, Response.CONCEDED, "300", null),
                scope(2, "2026-03-10", Initiator.ME, Response.TRADED, "200", "prepayment"),
                discount(2, "2026-03-10", Response.CONCEDED, null),
                scope(3, "2026-02-28", Initiator.ME, Response.CONCEDED, "500", null),
                scope(3, "2026-06-01", Initiator.ME, Response.CONCEDED, "500", null));

        assertThat(figures.selfOfferedConcessions()).isEqualTo(6);
        assertThat(figures.selfOfferedValue()).containsExactly(
                entry("EUR", new BigDecimal("200.00")),
                entry("USD", new BigDecimal("1000.00")));
        assertThat(figures.selfOfferedValue().get("EUR").scale()).isEqualTo(2);
        assertThat(figures.selfOfferedValue().get("USD").scale()).isEqualTo(2);
    }
}
