package com.dealjournal.model.review;

import com.dealjournal.model.ProspectStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * What the figures of one month are made of, counted: from the journal's events by
 * {@link EyeLevelMetrics#month} (the definition), or by the store in SQL (fast, and checked equal to the
 * definition by the store's tests). {@link EyeLevelMetrics#of} turns it into {@link MonthlyFigures}.
 *
 * @param held            DISCOUNT and SCOPE events dated in the month answered HELD
 * @param traded          … answered TRADED
 * @param conceded        … answered CONCEDED
 * @param followUps       FOLLOW_UP events dated in the month
 * @param excessFollowUps those of them that are excess under the chase limit
 * @param concededMoney   per currency code, the amounts given on the CONCEDED ones, summed (zero sums
 *                        may be present)
 * @param closed          prospects closed in the month, per closed status (missing statuses count 0)
 */
public record MonthTally(YearMonth month, int held, int traded, int conceded, int followUps, int excessFollowUps,
                         Map<String, BigDecimal> concededMoney, Map<ProspectStatus, Integer> closed) {

    public MonthTally {
        Objects.requireNonNull(month, "month");
        concededMoney = Map.copyOf(concededMoney);
        closed = Map.copyOf(closed);
    }
}
