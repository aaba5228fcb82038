package com.dealjournal.model.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.EventType;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Random journals against a second, deliberately naive implementation of the definitions written here:
 * every follow-up of the month looks back through its prospect's earlier follow-ups one by one.
 */
class EyeLevelMetricsPropertyTest {

    private static final List<Currency> CURRENCIES = List.of("EUR", "CHF", "USD", "JPY").stream()
            .map(Currency::getInstance).toList();
    private static final ProspectStatus[] CLOSED_STATUSES = {
            ProspectStatus.WON, ProspectStatus.LOST, ProspectStatus.DECLINED, ProspectStatus.STALLED};

    @Property(tries = 600)
    void figuresMatchTheDefinitions(@ForAll("journals") ReviewInput input,
                                    @ForAll @IntRange(min = 0, max = 5) int chaseLimit,
                                    @ForAll("months") YearMonth month) {
        MonthlyFigures expected = reference(month, chaseLimit, input);

        MonthlyFigures actual = EyeLevelMetrics.month(month, chaseLimit, input);

        assertThat(actual).isEqualTo(expected);

        // make sure the journals are interesting enough for this property to be able to fail
        Statistics.label("has excess follow-ups").collect(expected.excessFollowUps() > 0);
        Statistics.label("has follow-ups within the limit")
                .collect(expected.followUps() > expected.excessFollowUps());
        Statistics.label("has a score").collect(expected.eyeLevelScore() != null);
        Statistics.label("has conceded money").collect(!expected.concededMoney().isEmpty());
        Statistics.label("has closed deals").collect(expected.closed().values().stream().anyMatch(n -> n > 0));
        Statistics.label("excess depends on an earlier month").collect(dependsOnEarlierMonth(month, chaseLimit, input));
        Statistics.label("has an ANSWERED tie within one date").collect(hasAnsweredTie(month, input));

        Statistics.label("has excess follow-ups").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("has follow-ups within the limit").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("has a score").coverage(c -> c.check(true).percentage(p -> p >= 40));
        Statistics.label("has conceded money").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("has closed deals").coverage(c -> c.check(true).percentage(p -> p >= 10));
        Statistics.label("excess depends on an earlier month")
                .coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("has an ANSWERED tie within one date")
                .coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    // ------------------------------------------------------------------ reference implementation

    /** The figures straight from the definitions, one rule at a time. */
    static MonthlyFigures reference(YearMonth month, int chaseLimit, ReviewInput input) {
        List<Event> inMonth = input.events().stream()
                .filter(e -> YearMonth.from(e.date()).equals(month))
                .toList();

        int requests = 0;
        int held = 0;
        int traded = 0;
        int conceded = 0;
        int followUps = 0;
        int excess = 0;
        Map<String, BigDecimal> sums = new HashMap<>();

        for (Event event : inMonth) {
            Response response = null;
            BigDecimal given = null;
            if (event instanceof Event.Discount d) {
                response = d.response();
                given = d.concededAmount();
            } else if (event instanceof Event.Scope s) {
                response = s.response();
                given = s.value();
            } else if (event instanceof Event.FollowUp f) {
                followUps++;
                if (isExcess(f, chaseLimit, input.events())) {
                    excess++;
                }
            }
            if (response == null) {
                continue;
            }
            requests++;
            switch (response) {
                case HELD -> held++;
                case TRADED -> traded++;
                case CONCEDED -> {
                    conceded++;
                    if (given != null) {
                        String code = input.currencies().get(event.prospectId()).getCurrencyCode();
                        sums.merge(code, given, BigDecimal::add);
                    }
                }
            }
        }

        SortedMap<String, BigDecimal> concededMoney = new TreeMap<>();
        sums.forEach((code, sum) -> {
            if (sum.signum() != 0) {
                concededMoney.put(code, sum.setScale(2, RoundingMode.UNNECESSARY));
            }
        });

        int denominator = requests + excess;
        Integer score = denominator == 0 ? null
                : new BigDecimal(100L * (held + traded))
                        .divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP)
                        .intValueExact();

        Map<ProspectStatus, Integer> closed = new EnumMap<>(ProspectStatus.class);
        for (ProspectStatus status : CLOSED_STATUSES) {
            int count = 0;
            for (Prospect p : input.prospects()) {
                if (p.status() == status && p.closedOn() != null && YearMonth.from(p.closedOn()).equals(month)) {
                    count++;
                }
            }
            closed.put(status, count);
        }

        return new MonthlyFigures(month, chaseLimit, requests, held, traded, conceded, followUps, excess,
                conceded + excess, score, concededMoney, closed);
    }

    /**
     * Walks back from {@code followUp} through the earlier follow-ups of its prospect (latest first),
     * counting them until one was answered.
     */
    private static boolean isExcess(Event.FollowUp followUp, int chaseLimit, List<Event> events) {
        List<Event.FollowUp> earlier = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Event.FollowUp f && f.prospectId() == followUp.prospectId() && comesBefore(f, followUp)) {
                earlier.add(f);
            }
        }
        earlier.sort(Comparator.comparing(Event.FollowUp::date).thenComparingLong(Event.FollowUp::id).reversed());
        int since = 0;
        for (Event.FollowUp f : earlier) {
            if (f.reply() == Reply.ANSWERED) {
                break;
            }
            since++;
        }
        return since >= chaseLimit;
    }

    private static boolean comesBefore(Event a, Event b) {
        return a.date().isBefore(b.date()) || a.date().equals(b.date()) && a.id() < b.id();
    }

    private static boolean dependsOnEarlierMonth(YearMonth month, int chaseLimit, ReviewInput input) {
        List<Event> fromMonthOn = input.events().stream()
                .filter(e -> !YearMonth.from(e.date()).isBefore(month))
                .toList();
        return reference(month, chaseLimit, input).excessFollowUps()
                != reference(month, chaseLimit, new ReviewInput(fromMonthOn, input.currencies(), input.prospects()))
                        .excessFollowUps();
    }

    private static boolean hasAnsweredTie(YearMonth month, ReviewInput input) {
        for (Event e : input.events()) {
            if (e instanceof Event.FollowUp f && f.reply() == Reply.ANSWERED && YearMonth.from(f.date()).equals(month)
                    && input.events().stream().anyMatch(o -> o instanceof Event.FollowUp
                            && o.id() != f.id() && o.prospectId() == f.prospectId() && o.date().equals(f.date()))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ generators

    record EventSpec(EventType type, LocalDate date, Reply reply, Response response, Initiator initiator,
                     BigDecimal amount, int idKey) {
    }

    record ProspectSpec(Currency currency, ProspectStatus status, LocalDate closedOn, List<EventSpec> events) {
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return Arbitraries.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3),
                YearMonth.of(2026, 4));
    }

    @Provide
    Arbitrary<ReviewInput> journals() {
        return Combinators.combine(prospect().list().ofMinSize(1).ofMaxSize(6), Arbitraries.longs())
                .as(EyeLevelMetricsPropertyTest::build);
    }

    /** Gives the events ids in an order unrelated to their dates, then shuffles events and prospects. */
    private static ReviewInput build(List<ProspectSpec> specs, long seed) {
        record Placed(EventSpec spec, long prospectId, int ordinal) {
        }
        List<Prospect> prospects = new ArrayList<>();
        Map<Long, Currency> currencies = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ProspectSpec spec = specs.get(i);
            long prospectId = 10L * (i + 1) + 3;
            currencies.put(prospectId, spec.currency());
            prospects.add(new Prospect(prospectId, "Prospect " + prospectId, null, null, null, null,
                    spec.status(), spec.closedOn(), spec.currency(), null, null, null, null, null));
            for (EventSpec event : spec.events()) {
                placed.add(new Placed(event, prospectId, placed.size()));
            }
        }
        placed.sort(Comparator.comparingInt((Placed p) -> p.spec().idKey()).thenComparingInt(Placed::ordinal));

        List<Event> events = new ArrayList<>();
        for (int rank = 0; rank < placed.size(); rank++) {
            events.add(event(placed.get(rank).spec(), 1000L + 7L * rank, placed.get(rank).prospectId()));
        }
        Random random = new Random(seed);
        Collections.shuffle(events, random);
        Collections.shuffle(prospects, random);
        return new ReviewInput(events, currencies, prospects);
    }

    private static Event event(EventSpec spec, long id, long prospectId) {
        return switch (spec.type()) {
            case DISCOUNT -> new Event.Discount(id, prospectId, spec.date(), new BigDecimal("15"), null,
                    spec.response(), spec.amount(), spec.response() == Response.TRADED ? "prepayment" : null, null);
            case SCOPE -> new Event.Scope(id, prospectId, spec.date(), spec.initiator(), spec.response(),
                    spec.amount(), spec.response() == Response.TRADED ? "case study" : null, null);
            case FOLLOW_UP -> new Event.FollowUp(id, prospectId, spec.date(), spec.reply(), null);
            case NOTE -> new Event.Note(id, prospectId, spec.date(), "note " + id);
        };
    }

    private Arbitrary<ProspectSpec> prospect() {
        Arbitrary<ProspectStatus> status = Arbitraries.frequency(
                Tuple.of(3, ProspectStatus.OPEN), Tuple.of(2, ProspectStatus.WON), Tuple.of(1, ProspectStatus.LOST),
                Tuple.of(1, ProspectStatus.DECLINED), Tuple.of(1, ProspectStatus.STALLED));
        return Combinators.combine(Arbitraries.of(CURRENCIES), status, date(), event().list().ofMaxSize(40))
                .as((currency, s, closedOn, events) ->
                        new ProspectSpec(currency, s, s.isClosed() ? closedOn : null, events));
    }

    private Arbitrary<EventSpec> event() {
        Arbitrary<EventType> type = Arbitraries.frequency(
                Tuple.of(5, EventType.FOLLOW_UP), Tuple.of(3, EventType.DISCOUNT), Tuple.of(3, EventType.SCOPE),
                Tuple.of(1, EventType.NOTE));
        Arbitrary<Reply> reply = Arbitraries.frequency(
                Tuple.of(4, Reply.NONE), Tuple.of(3, Reply.PUT_OFF), Tuple.of(2, Reply.ANSWERED));
        return Combinators.combine(type, date(), reply, Arbitraries.of(Response.class),
                        Arbitraries.of(Initiator.class), amount(), Arbitraries.integers().between(0, 1_000_000))
                .as(EventSpec::new);
    }

    /**
     * Mostly 2026-01-01 .. 2026-04-30, with month ends and starts, a few busy days, and a few days outside,
     * some in the same months of other years.
     */
    private Arbitrary<LocalDate> date() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, 119).map(start::plusDays);
        Arbitrary<LocalDate> edges = Arbitraries.of(
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 1));
        Arbitrary<LocalDate> busy = Arbitraries.of(
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 15),
                LocalDate.of(2026, 4, 15));
        Arbitrary<LocalDate> otherYears = Arbitraries.of(
                LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 15), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 10), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30));
        return Arbitraries.frequencyOf(Tuple.of(10, anyDay), Tuple.of(6, edges), Tuple.of(4, busy),
                Tuple.of(1, otherYears));
    }

    /** Amounts with cents (scale 0, 1 or 2), sometimes zero, sometimes missing. */
    private Arbitrary<BigDecimal> amount() {
        Arbitrary<BigDecimal> positive = Combinators.combine(
                        Arbitraries.longs().between(1, 99_999_999_999L), Arbitraries.integers().between(0, 2))
                .as((cents, scale) -> BigDecimal.valueOf(cents, 2).setScale(scale, RoundingMode.DOWN));
        Arbitrary<BigDecimal> zero = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.00"));
        return Arbitraries.frequencyOf(Tuple.of(8, positive), Tuple.of(1, zero)).injectNull(0.2);
    }
}
