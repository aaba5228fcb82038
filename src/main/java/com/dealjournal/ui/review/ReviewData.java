package com.dealjournal.ui.review;

import com.dealjournal.model.review.EyeLevelMetrics;
import com.dealjournal.model.review.Insight;
import com.dealjournal.model.review.Insights;
import com.dealjournal.model.review.RangeFigures;
import com.dealjournal.model.review.RangeMetrics;
import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import com.dealjournal.model.review.MonthlyFigures;
import com.dealjournal.model.review.ReviewInput;
import com.dealjournal.store.Journal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the review shows for a selected month and range, read in one background step: the figures
 * of every month in the range (oldest first), of the selected month and of the month before it, and the
 * selected month's reflection note, and the sentences the figures of the range support.
 */
record ReviewData(YearMonth selected, int chaseLimit, List<MonthlyFigures> months, MonthlyFigures previous,
                  String note, List<Insight> insights) {

    /** The selected month's figures: the last of the range. */
    MonthlyFigures current() {
        return months.getLast();
    }

    /**
     * Reads and computes; runs off the FX thread. The journal's prospects and events are read once and
     * serve both the figures of each month and those of the range.
     */
    static ReviewData load(Journal journal, YearMonth selected, ReviewRange range, LocalDate today) {
        int limit = journal.settings().chaseLimit();
        YearMonth from = range.from(selected, journal.review().firstMonth());
        List<Prospect> prospects = journal.prospects().findAll();
        List<Event> events = journal.events().findAll();
        Map<Long, Currency> currencies = new HashMap<>();
        prospects.forEach(p -> currencies.put(p.id(), p.currency()));
        ReviewInput input = new ReviewInput(events, currencies, prospects);
        List<MonthlyFigures> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(selected); month = month.plusMonths(1)) {
            months.add(EyeLevelMetrics.month(month, limit, input));
        }
        RangeFigures figures = RangeMetrics.compute(from, selected, today, prospects, events);
        return new ReviewData(selected, limit, List.copyOf(months),
                EyeLevelMetrics.month(selected.minusMonths(1), limit, input), journal.review().note(selected),
                Insights.of(months, figures));
    }
}
