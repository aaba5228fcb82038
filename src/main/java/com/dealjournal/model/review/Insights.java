package com.dealjournal.model.review;

import com.dealjournal.model.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The review's sentences, computed from the figures: only claims the data supports, none where there is
 * nothing to say. Months are those of the range, oldest first; the last one is the month selected.
 */
public final class Insights {

    /** Stall ages from this many days on are worth a sentence. */
    static final int STALL_WORTH_MENTIONING = 30;

    private Insights() {
    }

    public static List<Insight> of(List<MonthlyFigures> months, RangeFigures range) {
        List<Insight> insights = new ArrayList<>();
        if (!months.isEmpty()) {
            month(months, insights);
        }
        winRates(range, insights);
        reciprocity(range, insights);
        if (range.selfOfferedConcessions() > 0) {
            insights.add(Insight.of("insight.selfOffered", range.selfOfferedConcessions()));
        }
        range.priceRealization().forEach((currency, realization) -> insights.add(Insight.of("insight.realization",
                currency, realization.percent(), realization.averageDiscountPercent(),
                realization.extraWorkPercent() == null ? BigDecimal.ZERO : realization.extraWorkPercent())));
        if (!range.walkAwayBreaches().isEmpty()) {
            insights.add(Insight.of("insight.walkAway", range.walkAwayBreaches().size()));
        }
        range.stallAges().stream().filter(s -> s.days() >= STALL_WORTH_MENTIONING).findFirst()
                .ifPresent(s -> insights.add(Insight.of("insight.stalled", name(s), s.days())));
        return List.copyOf(insights);
    }

    private static void month(List<MonthlyFigures> months, List<Insight> insights) {
        MonthlyFigures now = months.getLast();
        if (now.requests() > 0) {
            int firm = now.held() + now.traded();
            YearMonth bestSince = bestSince(months, share(now));
            if (bestSince != null) {
                insights.add(Insight.of("insight.firm.bestSince", firm, now.requests(), bestSince));
            } else if (months.stream().filter(m -> m.requests() > 0).count() > 1 && isBestOfRange(months)) {
                insights.add(Insight.of("insight.firm.best", firm, now.requests()));
            } else {
                insights.add(Insight.of("insight.firm", firm, now.requests()));
            }
        }
        if (now.excessFollowUps() > 0) {
            insights.add(Insight.of("insight.excess", now.excessFollowUps(), now.chaseLimit()));
        }
        for (Map.Entry<String, BigDecimal> money : now.concededMoney().entrySet()) {
            insights.add(Insight.of("insight.money",
                    new Money(money.getValue(), java.util.Currency.getInstance(money.getKey()))));
        }
    }

    /**
     * The latest earlier month whose share of held and traded requests was at least this one's, when this
     * month beats every month after it: "your best month since March". {@code null} when an earlier month
     * with requests does not exist before a better one, or when the previous month with requests was as good.
     */
    private static YearMonth bestSince(List<MonthlyFigures> months, double share) {
        boolean beatSome = false;
        for (int i = months.size() - 2; i >= 0; i--) {
            MonthlyFigures earlier = months.get(i);
            if (earlier.requests() == 0) {
                continue;
            }
            if (share(earlier) >= share) {
                return beatSome ? earlier.month() : null;
            }
            beatSome = true;
        }
        return null;
    }

    private static boolean isBestOfRange(List<MonthlyFigures> months) {
        double share = share(months.getLast());
        return months.subList(0, months.size() - 1).stream()
                .filter(m -> m.requests() > 0).allMatch(m -> share(m) < share);
    }

    /** Held and traded out of all requests, for comparing months (not shown: the score is). */
    private static double share(MonthlyFigures month) {
        return (double) (month.held() + month.traded()) / month.requests();
    }

    private static void winRates(RangeFigures range, List<Insight> insights) {
        WinRate firm = range.heldFirm();
        WinRate gave = range.conceded();
        if (firm.percent() == null || gave.percent() == null) {
            return;
        }
        insights.add(Insight.of("insight.winRates", gave.percent(), firm.percent()));
        if (firm.tooFewToTell() || gave.tooFewToTell()) {
            insights.add(Insight.of("insight.winRates.tooFew", Math.min(firm.deals(), gave.deals())));
        }
    }

    private static void reciprocity(RangeFigures range, List<Insight> insights) {
        if (range.reciprocityPercent() == null) {
            return;
        }
        if (range.tradedFor().isEmpty()) {
            insights.add(Insight.of("insight.reciprocity", range.reciprocityPercent()));
        } else {
            insights.add(Insight.of("insight.reciprocity.for", range.reciprocityPercent(),
                    range.tradedFor().getFirst().getKey()));
        }
    }

    private static String name(StallAge stall) {
        String company = stall.prospect().company();
        return company == null || company.isBlank() ? stall.prospect().name() : company;
    }
}
