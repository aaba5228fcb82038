package com.dealjournal.model.review;

import com.dealjournal.model.Chase;
import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The eye-level figures of a month, computed exactly as the README defines them. Plain Java: the
 * review screen and the {@code report} command both call {@link #of}, with the tally the store counts
 * in SQL; {@link #month} is the definition that tally is tested against.
 */
public final class EyeLevelMetrics {

    private EyeLevelMetrics() {
    }

    /**
     * The figures of {@code month} under {@code chaseLimit} (0-20).
     *
     * @throws IllegalArgumentException for a chase limit outside 0-20
     */
    public static MonthlyFigures month(YearMonth month, int chaseLimit, ReviewInput input) {
        requireLimit(chaseLimit);
        return of(tally(month, chaseLimit, input), chaseLimit);
    }

    /**
     * The figures of a month from its tally, counted under {@code chaseLimit} (0-20).
     *
     * @throws IllegalArgumentException for a chase limit outside 0-20
     */
    public static MonthlyFigures of(MonthTally tally, int chaseLimit) {
        requireLimit(chaseLimit);
        int held = tally.held();
        int traded = tally.traded();
        int conceded = tally.conceded();
        int requests = held + traded + conceded;
        int excess = tally.excessFollowUps();
        SortedMap<String, BigDecimal> concededMoney = new TreeMap<>();
        tally.concededMoney().forEach((code, sum) -> {
            if (sum.signum() != 0) {
                concededMoney.put(code, sum.setScale(2));
            }
        });
        Map<ProspectStatus, Integer> closed = new EnumMap<>(ProspectStatus.class);
        for (ProspectStatus status : ProspectStatus.values()) {
            if (status.isClosed()) {
                closed.put(status, tally.closed().getOrDefault(status, 0));
            }
        }
        return new MonthlyFigures(tally.month(), chaseLimit, requests, held, traded, conceded, tally.followUps(),
                excess, conceded + excess, score(held + traded, requests + excess),
                Collections.unmodifiableSortedMap(concededMoney), Collections.unmodifiableMap(closed));
    }

    private static void requireLimit(int chaseLimit) {
        if (chaseLimit < Chase.MIN_LIMIT || chaseLimit > Chase.MAX_LIMIT) {
            throw new IllegalArgumentException("chase limit " + chaseLimit + " is outside "
                    + Chase.MIN_LIMIT + "-" + Chase.MAX_LIMIT);
        }
    }

    /** The month's tally by the definition: every event of the input looked at in Java. */
    static MonthTally tally(YearMonth month, int chaseLimit, ReviewInput input) {
        int held = 0;
        int traded = 0;
        int conceded = 0;
        int followUps = 0;
        Map<String, BigDecimal> money = new HashMap<>();
        for (Event event : input.events()) {
            if (!YearMonth.from(event.date()).equals(month)) {
                continue;
            }
            Response response = null;
            BigDecimal given = null;
            switch (event) {
                case Event.Discount d -> {
                    response = d.response();
                    given = d.concededAmount();
                }
                case Event.Scope s -> {
                    response = s.response();
                    given = s.value();
                }
                case Event.FollowUp f -> followUps++;
                case Event.Note n -> {
                    // notes are no pressure moment
                }
            }
            if (response == null) {
                continue;
            }
            switch (response) {
                case HELD -> held++;
                case TRADED -> traded++;
                case CONCEDED -> {
                    conceded++;
                    if (given != null) {
                        money.merge(currencyOf(input, event), given, BigDecimal::add);
                    }
                }
            }
        }
        return new MonthTally(month, held, traded, conceded, followUps,
                excessFollowUps(month, chaseLimit, input.events()), money, closed(month, input.prospects()));
    }

    /**
     * Follow-ups dated in the month that came after at least {@code limit} follow-ups since the
     * prospect's last ANSWERED one, over each prospect's whole history in journal order.
     */
    static int excessFollowUps(YearMonth month, int limit, List<Event> events) {
        Map<Long, Integer> streaks = new HashMap<>();
        int excess = 0;
        List<Event.FollowUp> followUps = events.stream()
                .filter(Event.FollowUp.class::isInstance).map(Event.FollowUp.class::cast)
                .sorted(Comparator.comparingLong(Event.FollowUp::prospectId).thenComparing(Chase.JOURNAL_ORDER))
                .toList();
        for (Event.FollowUp followUp : followUps) {
            int streak = streaks.getOrDefault(followUp.prospectId(), 0);
            if (Chase.isExcess(streak, limit) && YearMonth.from(followUp.date()).equals(month)) {
                excess++;
            }
            streaks.put(followUp.prospectId(), followUp.reply() == Reply.ANSWERED ? 0 : streak + 1);
        }
        return excess;
    }

    /** Round half up of 100 × part / whole, or {@code null} when whole is 0. */
    static Integer score(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        return (int) ((200L * part + whole) / (2L * whole));
    }

    private static Map<ProspectStatus, Integer> closed(YearMonth month, List<Prospect> prospects) {
        Map<ProspectStatus, Integer> closed = new EnumMap<>(ProspectStatus.class);
        for (Prospect prospect : prospects) {
            if (prospect.status().isClosed() && prospect.closedOn() != null
                    && YearMonth.from(prospect.closedOn()).equals(month)) {
                closed.merge(prospect.status(), 1, Integer::sum);
            }
        }
        return closed;
    }

    private static String currencyOf(ReviewInput input, Event event) {
        Currency currency = input.currencies().get(event.prospectId());
        if (currency == null) {
            throw new IllegalArgumentException("no currency for prospect " + event.prospectId());
        }
        return currency.getCurrencyCode();
    }
}
