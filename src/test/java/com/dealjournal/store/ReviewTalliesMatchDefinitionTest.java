package com.dealjournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.demo.DemoJournal;
import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.model.review.EyeLevelMetrics;
import com.dealjournal.model.review.MonthTally;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.model.review.RangeMetrics;
import com.dealjournal.model.review.ReviewInput;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review counts in SQL what {@link EyeLevelMetrics#month} and {@link RangeMetrics#compute} define
 * over every prospect and event; whatever the journal, the figures made from either are equal.
 */
class ReviewTalliesMatchDefinitionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 31);
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CHF = Currency.getInstance("CHF");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void aDemoDecadeGivesTheSameFiguresForEveryMonthRangeAndChaseLimit(long seed) throws Exception {
        try (Journal journal = Journal.open(dir.resolve("demo.db"), Database.Mode.CREATE)) {
            DemoJournal.decade(seed, TODAY).writeInto(journal, 40);
            for (int limit : new int[] {0, 1, 2, 5}) {
                assertSameFigures(journal, YearMonth.of(2017, 1), YearMonth.from(TODAY), limit);
            }
            assertSameRange(journal, YearMonth.of(2025, 11), YearMonth.of(2026, 10), TODAY);
            assertSameRange(journal, YearMonth.of(2016, 1), YearMonth.of(2026, 10), TODAY.minusYears(3));
            assertSameRange(journal, YearMonth.of(2020, 2), YearMonth.of(2020, 2), TODAY);
        }
    }

    @Test
    void sameDayEventsFutureEventsMissingAmountsAndBlankTextsCountAsDefined() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("edges.db"), Database.Mode.CREATE)) {
            Prospect a = journal.prospects().insert(Prospect.named("Anna", CHF));
            Prospect b = journal.prospects().insert(new Prospect(0, "bert", null, null, null,
                    LocalDate.of(2026, 9, 1), ProspectStatus.OPEN, null, EUR, new BigDecimal("1000.00"),
                    null, null, null, null));
            LocalDate day = LocalDate.of(2026, 10, 10);
            // the same day: answered first, then three unanswered; and an answer logged after them
            journal.events().insert(new Event.FollowUp(0, a.id(), day, Reply.ANSWERED, null));
            for (int i = 0; i < 3; i++) {
                journal.events().insert(new Event.FollowUp(0, a.id(), day, Reply.NONE, null));
            }
            journal.events().insert(new Event.FollowUp(0, a.id(), day.minusDays(1), Reply.PUT_OFF, null));
            journal.events().insert(new Event.FollowUp(0, a.id(), day, Reply.ANSWERED, null));
            journal.events().insert(new Event.FollowUp(0, a.id(), day.plusDays(30), Reply.NONE, null));
            journal.events().insert(new Event.Scope(0, b.id(), day, Initiator.ME, Response.CONCEDED, null, null, null));
            journal.events().insert(new Event.Scope(0, b.id(), day, Initiator.ME, Response.CONCEDED,
                    new BigDecimal("250.00"), null, null));
            journal.events().insert(new Event.Discount(0, b.id(), day, new BigDecimal("10"), null, Response.TRADED,
                    null, "  Prepayment ", null));
            journal.events().insert(new Event.Discount(0, b.id(), day.plusDays(1), new BigDecimal("5"), null,
                    Response.TRADED, null, "PREPAYMENT", null));
            journal.events().insert(new Event.Discount(0, b.id(), day.plusDays(2), new BigDecimal("5"), null,
                    Response.CONCEDED, new BigDecimal("0.00"), null, null));
            journal.events().insert(new Event.Note(0, b.id(), TODAY.plusDays(3), "after today"));
            for (int limit : new int[] {0, 1, 2, 3, 4}) {
                assertSameFigures(journal, YearMonth.of(2026, 9), YearMonth.of(2026, 11), limit);
            }
            assertSameRange(journal, YearMonth.of(2026, 10), YearMonth.of(2026, 10), TODAY);
            assertSameRange(journal, YearMonth.of(2026, 10), YearMonth.of(2026, 11), LocalDate.of(2026, 10, 9));
        }
    }

    private static void assertSameFigures(Journal journal, YearMonth from, YearMonth to, int limit) {
        List<Prospect> prospects = journal.prospects().findAll();
        Map<Long, Currency> currencies = new HashMap<>();
        prospects.forEach(p -> currencies.put(p.id(), p.currency()));
        ReviewInput everything = new ReviewInput(journal.events().findAll(), currencies, prospects);
        List<MonthTally> tallies = journal.review().months(from, to, limit);
        assertThat(tallies).hasSize((int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        for (MonthTally tally : tallies) {
            MonthlyFigures defined = EyeLevelMetrics.month(tally.month(), limit, everything);
            assertThat(EyeLevelMetrics.of(tally, limit)).as("%s, chase limit %d", tally.month(), limit)
                    .isEqualTo(defined);
        }
    }

    /** The range's figures, read beside the months' tallies as the review reads them. */
    private static void assertSameRange(Journal journal, YearMonth from, YearMonth to, LocalDate today) {
        var defined = RangeMetrics.compute(from, to, today, journal.prospects().findAll(), journal.events().findAll());
        ReviewRepository.Tallies together = journal.review().tallies(from.minusMonths(1), from, to, 2, today);
        assertThat(RangeMetrics.of(from, to, today, together.range()))
                .as("%s to %s as of %s, read beside the months", from, to, today).isEqualTo(defined);
        assertThat(together.months()).as("the months read beside the range")
                .isEqualTo(journal.review().months(from.minusMonths(1), to, 2));
        assertSameFigures(journal, from.minusMonths(1), to, 2);
    }
}
