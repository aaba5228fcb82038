package com.dealjournal.model.review;

import com.dealjournal.model.ProspectStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/**
 * The figures of one calendar month, as the README defines them; the review screen and the
 * {@code report} command both show these, so they can never disagree.
 *
 * @param requests        DISCOUNT and SCOPE events dated in the month (SCOPE whoever brought it up)
 * @param held            those requests answered HELD
 * @param traded          those requests answered TRADED
 * @param conceded        those requests answered CONCEDED
 * @param followUps       FOLLOW_UP events dated in the month
 * @param excessFollowUps follow-ups in the month that came after at least the chase limit of follow-ups
 *                        since the prospect's last ANSWERED one
 * @param gaveGround      conceded + excessFollowUps
 * @param eyeLevelScore   round half up of 100 × (held + traded) / (requests + excessFollowUps); {@code null}
 *                        when that denominator is 0
 * @param concededMoney   per currency code, in code order: conceded amounts of DISCOUNT events answered
 *                        CONCEDED plus values of SCOPE events answered CONCEDED; zero sums left out
 * @param closed          prospects whose closed-on date is in the month, for each of WON, LOST, DECLINED,
 *                        STALLED (all four present)
 */
public record MonthlyFigures(
        YearMonth month,
        int chaseLimit,
        int requests,
        int held,
        int traded,
        int conceded,
        int followUps,
        int excessFollowUps,
        int gaveGround,
        Integer eyeLevelScore,
        SortedMap<String, BigDecimal> concededMoney,
        Map<ProspectStatus, Integer> closed) {
}
