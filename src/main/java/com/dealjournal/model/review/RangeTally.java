package com.dealjournal.model.review;

import com.dealjournal.model.Prospect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the figures of a range of months are made of: counts, and the few rows that are more than a
 * count. {@link RangeMetrics#compute} gathers it from all prospects and events (the definition); the
 * store gathers the same in SQL, reading only what the range needs. {@link RangeMetrics#of} turns it
 * into {@link RangeFigures}.
 *
 * @param heldFirm         WON and LOST deals closed in the range without any concession
 * @param conceded         WON and LOST deals closed in the range with at least one
 * @param tradedRequests   DISCOUNT and SCOPE events dated in the range answered TRADED
 * @param concededRequests … answered CONCEDED
 * @param tradedForTexts   the "traded for" texts of the TRADED ones, in journal order (date, then id);
 *                         blank or missing ones may be included
 * @param selfOffered      SCOPE events dated in the range that I offered (ME) for free (CONCEDED)
 * @param selfOfferedValue their values summed per currency code (zero sums may be present)
 * @param won              the WON deals closed in the range, in any order
 * @param open             the open prospects, in any order
 * @param lastSignOfLife   per open prospect id, the date of its last sign of life on or before the day
 *                         ages are counted to; absent when it has none
 */
public record RangeTally(WinRate heldFirm, WinRate conceded, int tradedRequests, int concededRequests,
                         List<String> tradedForTexts, int selfOffered, Map<String, BigDecimal> selfOfferedValue,
                         List<Prospect> won, List<Prospect> open, Map<Long, LocalDate> lastSignOfLife) {
}
