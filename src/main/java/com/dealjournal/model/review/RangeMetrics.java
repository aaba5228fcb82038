package com.dealjournal.model.review;

import com.dealjournal.model.Chase;
import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The review's figures over a range of whole months ({@link RangeFigures}): {@link #compute} defines them
 * from all prospects and all their events; {@link #of} makes them from a {@link RangeTally}, which the
 * store counts in SQL. Plain Java, like {@link EyeLevelMetrics}, so every screen shows the same figures.
 *
 * <p>Where the definitions leave room, these choices hold:
 * <ul>
 * <li>Conceding, for {@code heldFirm} and {@code conceded}: any DISCOUNT or SCOPE event of the
 *     prospect answered CONCEDED, at any date (before, in or after the range, even after the closing),
 *     and SCOPE whoever brought it up, so extra work I offered myself for free is a concession too.
 *     DECLINED and STALLED deals are in neither win rate.</li>
 * <li>Reciprocity counts SCOPE events whoever brought them up, as the month's {@code requests} do.</li>
 * <li>"Traded for": DISCOUNT and SCOPE events answered TRADED. Texts are stripped of leading and
 *     trailing white space and compared ignoring case by full case folding (upper then lower case in
 *     {@link java.util.Locale#ROOT}, so "Straße" and "STRASSE" are one); white space inside a text is
 *     kept as typed. A text is shown in its most frequent stripped spelling, ties going to the spelling
 *     seen first in journal order (date, then order logged). Equal counts are ordered by the shown
 *     text ignoring case, then by the shown text.</li>
 * <li>Money is summed in the prospect's currency; a self-offered concession without a value counts
 *     but adds no money.</li>
 * <li>Prospects with equal dates or ages are ordered by name ignoring case, then by name, then id.</li>
 * <li>Stall ages are taken as of {@code today}: events dated after it are not (yet) a sign of life,
 *     and a prospect whose first contact is after it and that has no sign of life is left out, so no
 *     age is negative. A sign of life before the first contact date still wins over the first
 *     contact.</li>
 * <li>The prospects are taken as they are now: their current status and closed-on date.</li>
 * </ul>
 * Every event must belong to one of the prospects, and prospect ids must be unique.
 */
public final class RangeMetrics {

    /** Prospects by name ignoring case, then by name, then by id: a total, stable order. */
    static final Comparator<Prospect> BY_NAME = Comparator.comparing(Prospect::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Prospect::name).thenComparingLong(Prospect::id);

    private RangeMetrics() {
    }

    /**
     * The figures of the months {@code from} to {@code to}, both inclusive.
     *
     * @param today the date stall ages are counted to
     * @throws IllegalArgumentException when {@code from} is after {@code to}, when an event belongs to
     *                                  none of the prospects, or when two prospects share an id
     */
    public static RangeFigures compute(YearMonth from, YearMonth to, LocalDate today, List<Prospect> prospects,
                                       List<Event> events) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the range starts at " + from + ", after its end " + to);
        }
        Map<Long, Prospect> byId = index(prospects, events);
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        Predicate<LocalDate> inRange = date -> date != null && !date.isBefore(first) && !date.isAfter(last);
        List<Event> requests = events.stream()
                .filter(event -> responseOf(event) != null && inRange.test(event.date())).toList();
        List<Prospect> closed = prospects.stream().filter(prospect -> inRange.test(prospect.closedOn())).toList();
        List<Prospect> won = closed.stream().filter(prospect -> prospect.status() == ProspectStatus.WON).toList();
        Set<Long> gaveIn = events.stream().filter(event -> responseOf(event) == Response.CONCEDED)
                .map(Event::prospectId).collect(Collectors.toSet());
        List<Event.Scope> selfOffered = requests.stream()
                .filter(Event.Scope.class::isInstance).map(Event.Scope.class::cast)
                .filter(scope -> scope.initiator() == Initiator.ME && scope.response() == Response.CONCEDED)
                .toList();
        Map<String, BigDecimal> selfOfferedValue = new HashMap<>();
        for (Event.Scope scope : selfOffered) {
            if (scope.value() != null) {
                selfOfferedValue.merge(currencyCode(byId.get(scope.prospectId())), Decimals.money(scope.value()),
                        BigDecimal::add);
            }
        }
        int traded = (int) requests.stream().filter(request -> responseOf(request) == Response.TRADED).count();
        int conceded = (int) requests.stream().filter(request -> responseOf(request) == Response.CONCEDED).count();
        List<String> tradedFor = requests.stream().sorted(Chase.JOURNAL_ORDER).map(TradedForTally::tradedFor)
                .toList();
        return of(from, to, today, new RangeTally(
                winRate(closed, prospect -> !gaveIn.contains(prospect.id())),
                winRate(closed, prospect -> gaveIn.contains(prospect.id())),
                traded, conceded, tradedFor, selfOffered.size(), selfOfferedValue, won,
                prospects.stream().filter(prospect -> prospect.status() == ProspectStatus.OPEN).toList(),
                StallAges.lastSignsOfLife(today, events)));
    }

    /**
     * The figures of the months {@code from} to {@code to} from their tally, as the store counts it.
     *
     * @param today the date stall ages are counted to
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public static RangeFigures of(YearMonth from, YearMonth to, LocalDate today, RangeTally tally) {
        Objects.requireNonNull(today, "today");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the range starts at " + from + ", after its end " + to);
        }
        SortedMap<String, BigDecimal> selfOfferedValue = new TreeMap<>();
        tally.selfOfferedValue().forEach((code, sum) -> {
            if (sum.signum() != 0) {
                selfOfferedValue.put(code, Decimals.money(sum));
            }
        });
        return new RangeFigures(from, to,
                tally.heldFirm(),
                tally.conceded(),
                Decimals.wholePercent(tally.tradedRequests(), tally.tradedRequests() + tally.concededRequests()),
                TradedForTally.count(tally.tradedForTexts()),
                tally.selfOffered(),
                Collections.unmodifiableSortedMap(selfOfferedValue),
                priceRealization(tally.won()),
                walkAwayBreaches(tally.won()),
                StallAges.of(today, tally.open(), tally.lastSignOfLife()));
    }

    /** The response of a DISCOUNT or SCOPE event; {@code null} for the others. */
    static Response responseOf(Event event) {
        return switch (event) {
            case Event.Discount discount -> discount.response();
            case Event.Scope scope -> scope.response();
            case Event.FollowUp followUp -> null;
            case Event.Note note -> null;
        };
    }

    private static Map<Long, Prospect> index(List<Prospect> prospects, List<Event> events) {
        Map<Long, Prospect> byId = new HashMap<>();
        for (Prospect prospect : prospects) {
            if (byId.putIfAbsent(prospect.id(), prospect) != null) {
                throw new IllegalArgumentException("two prospects with id " + prospect.id());
            }
        }
        for (Event event : events) {
            if (!byId.containsKey(event.prospectId())) {
                throw new IllegalArgumentException("event " + event.id() + " belongs to no prospect given: "
                        + event.prospectId());
            }
        }
        return byId;
    }

    private static WinRate winRate(List<Prospect> closed, Predicate<Prospect> group) {
        List<Prospect> deals = closed.stream().filter(group).toList();
        return new WinRate(count(deals, ProspectStatus.WON), count(deals, ProspectStatus.LOST));
    }

    private static int count(List<Prospect> prospects, ProspectStatus status) {
        return (int) prospects.stream().filter(prospect -> prospect.status() == status).count();
    }

    private static SortedMap<String, Realization> priceRealization(List<Prospect> won) {
        SortedMap<String, Realization> realizations = new TreeMap<>();
        for (Prospect deal : won) {
            if (deal.finalPrice() != null && deal.listPrice() != null && deal.listPrice().signum() > 0) {
                realizations.merge(currencyCode(deal),
                        new Realization(Decimals.money(deal.finalPrice()), Decimals.money(deal.listPrice())),
                        Realization::plus);
            }
        }
        return Collections.unmodifiableSortedMap(realizations);
    }

    private static List<Prospect> walkAwayBreaches(List<Prospect> won) {
        return won.stream()
                .filter(deal -> deal.finalPrice() != null && deal.walkAwayPrice() != null
                        && deal.finalPrice().compareTo(deal.walkAwayPrice()) < 0)
                .sorted(Comparator.comparing(Prospect::closedOn).thenComparing(BY_NAME))
                .toList();
    }

    private static String currencyCode(Prospect prospect) {
        return prospect.currency().getCurrencyCode();
    }
}
