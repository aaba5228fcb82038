package com.dealjournal.model.review;

import com.dealjournal.model.Prospect;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The review's figures over a range of whole months [from, to], both inclusive, computed by
 * {@link RangeMetrics} from all prospects and all their events. "In the range" means dated (or closed
 * on) a day from the first day of {@code from} to the last day of {@code to}. Lists and maps are
 * unmodifiable; maps are keyed by ISO 4217 currency code, in code order.
 *
 * @param heldFirm              WON and LOST deals closed in the range where I never conceded: none of
 *                              their DISCOUNT or SCOPE events (at any date, whoever brought the scope
 *                              up) was answered CONCEDED
 * @param conceded              WON and LOST deals closed in the range with at least one such concession
 * @param reciprocityPercent    traded / (traded + conceded) over the DISCOUNT and SCOPE events dated in
 *                              the range (scope whoever brought it up; HELD ones do not count), a whole
 *                              percent rounded half up; {@code null} when traded + conceded is 0
 * @param tradedFor             what I traded for and how often, over the TRADED events dated in the range
 *                              with a "traded for" text; see {@link RangeMetrics} for how texts are
 *                              matched and ordered
 * @param selfOfferedConcessions SCOPE events dated in the range that I offered myself (ME) for free
 *                              (CONCEDED)
 * @param selfOfferedValue      their values summed per currency of the prospect, two decimals; events
 *                              without a value add nothing, zero sums are left out
 * @param priceRealization      per currency: WON deals closed in the range with a final price and a list
 *                              price above 0
 * @param walkAwayBreaches      WON deals closed in the range whose final price is below their walk-away
 *                              price (both present), by closed-on date, then name
 * @param stallAges             open prospects and how long since their last sign of life, counted to the
 *                              day given to {@link RangeMetrics#compute}, independent of the range; the
 *                              longest first, then by name
 */
public record RangeFigures(
        YearMonth from,
        YearMonth to,
        WinRate heldFirm,
        WinRate conceded,
        Integer reciprocityPercent,
        List<Map.Entry<String, Integer>> tradedFor,
        int selfOfferedConcessions,
        SortedMap<String, BigDecimal> selfOfferedValue,
        SortedMap<String, Realization> priceRealization,
        List<Prospect> walkAwayBreaches,
        List<StallAge> stallAges) {

    public RangeFigures {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(heldFirm, "heldFirm");
        Objects.requireNonNull(conceded, "conceded");
        tradedFor = tradedFor.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList();
        selfOfferedValue = Collections.unmodifiableSortedMap(new TreeMap<>(selfOfferedValue));
        priceRealization = Collections.unmodifiableSortedMap(new TreeMap<>(priceRealization));
        walkAwayBreaches = List.copyOf(walkAwayBreaches);
        stallAges = List.copyOf(stallAges);
    }
}
