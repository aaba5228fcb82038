package com.dealjournal.model.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.ProspectStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The review's sentences: each claim only where the figures support it. */
class InsightsTest {

    private static final RangeFigures NOTHING = new RangeFigures(YearMonth.of(2026, 1), YearMonth.of(2026, 6),
            new WinRate(0, 0), new WinRate(0, 0), null, List.of(), 0, new TreeMap<>(), new TreeMap<>(), List.of(),
            List.of());

    /** A month with the given requests, of which {@code firm} held or traded and the rest conceded. */
    private static MonthlyFigures month(int month, int requests, int firm) {
        int conceded = requests - firm;
        return new MonthlyFigures(YearMonth.of(2026, month), 2, requests, firm, 0, conceded, 0, 0, conceded,
                requests == 0 ? null : EyeLevelMetrics.score(firm, requests), new TreeMap<>(),
                Map.of(ProspectStatus.WON, 0, ProspectStatus.LOST, 0, ProspectStatus.DECLINED, 0,
                        ProspectStatus.STALLED, 0));
    }

    private static List<String> keys(List<Insight> insights) {
        return insights.stream().map(Insight::key).toList();
    }

    @Test
    void nothingToSayAboutAnEmptyJournal() {
        assertThat(Insights.of(List.of(month(6, 0, 0)), NOTHING)).isEmpty();
        assertThat(Insights.of(List.of(), NOTHING)).isEmpty();
    }

    @Test
    void theBestMonthSinceNamesTheLastMonthThatWasAsGood() {
        // March 7/9 = 78 %, April 1/2, May 2/4, June 7/9 again: the best since March
        List<MonthlyFigures> months = List.of(month(3, 9, 7), month(4, 2, 1), month(5, 4, 2), month(6, 9, 7));

        List<Insight> insights = Insights.of(months, NOTHING);

        assertThat(insights.getFirst()).isEqualTo(new Insight("insight.firm.bestSince",
                List.of(7, 9, YearMonth.of(2026, 3))));
    }

    @Test
    void noBestSinceClaimWhenTheMonthBeforeWasAsGood() {
        List<MonthlyFigures> months = List.of(month(4, 2, 1), month(5, 4, 3), month(6, 8, 6));

        assertThat(Insights.of(months, NOTHING).getFirst().key()).isEqualTo("insight.firm");
    }

    @Test
    void theBestOfTheRangeWhenNoEarlierMonthWasAsGood() {
        List<MonthlyFigures> months = List.of(month(4, 2, 1), month(5, 0, 0), month(6, 3, 3));

        assertThat(Insights.of(months, NOTHING).getFirst().key()).isEqualTo("insight.firm.best");
    }

    @Test
    void winRatesNeedBothGroupsAndWarnWhenEitherIsSmall() {
        RangeFigures oneSided = withWinRates(new WinRate(3, 2), new WinRate(0, 0));
        RangeFigures small = withWinRates(new WinRate(3, 2), new WinRate(1, 3));
        RangeFigures enough = withWinRates(new WinRate(6, 4), new WinRate(2, 3));

        assertThat(keys(Insights.of(List.of(), oneSided))).doesNotContain("insight.winRates");
        assertThat(keys(Insights.of(List.of(), small))).containsSubsequence("insight.winRates",
                "insight.winRates.tooFew");
        assertThat(Insights.of(List.of(), enough)).containsExactly(new Insight("insight.winRates", List.of(40, 60)));
    }

    @Test
    void stalledProspectsAreMentionedFromThirtyDaysOn() {
        var prospect = com.dealjournal.model.Prospect.named("Anna", java.util.Currency.getInstance("EUR"));
        RangeFigures recent = withStalls(List.of(new StallAge(prospect, java.time.LocalDate.of(2026, 6, 1), 29)));
        RangeFigures old = withStalls(List.of(new StallAge(prospect, java.time.LocalDate.of(2026, 5, 1), 30)));

        assertThat(Insights.of(List.of(), recent)).isEmpty();
        assertThat(Insights.of(List.of(), old)).containsExactly(new Insight("insight.stalled", List.of("Anna", 30L)));
    }

    private static RangeFigures withWinRates(WinRate firm, WinRate conceded) {
        return new RangeFigures(NOTHING.from(), NOTHING.to(), firm, conceded, null, List.of(), 0, new TreeMap<>(),
                new TreeMap<>(), List.of(), List.of());
    }

    private static RangeFigures withStalls(List<StallAge> stalls) {
        return new RangeFigures(NOTHING.from(), NOTHING.to(), new WinRate(0, 0), new WinRate(0, 0), null, List.of(),
                0, new TreeMap<>(), new TreeMap<String, Realization>(), new ArrayList<>(), stalls);
    }

}
