package com.dealjournal.model.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-computed months, one or a few definitions at a time. Every expected figure is worked out in the
 * comment next to it, straight from the definitions of the monthly review.
 */
class EyeLevelMetricsFixturesTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency CHF = Currency.getInstance("CHF");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    /** Prospects 1 EUR, 2 CHF, 3 USD, 4 JPY, 5 USD. */
    private static final Map<Long, Currency> CURRENCIES = Map.of(1L, EUR, 2L, CHF, 3L, USD, 4L, JPY, 5L, USD);

    // ---------------------------------------------------------------- helpers

    private static MonthlyFigures month(YearMonth month, int chaseLimit, List<? extends Event> events) {
        return month(month, chaseLimit, events, List.of());
    }

    private static MonthlyFigures month(YearMonth month, int chaseLimit, List<? extends Event> events,
                                        List<Prospect> prospects) {
        return EyeLevelMetrics.month(month, chaseLimit,
                new ReviewInput(List.copyOf(events), CURRENCIES, List.copyOf(prospects)));
    }

    private static BigDecimal money(String amount) {
        return amount == null ? null : new BigDecimal(amount);
    }

    private static Event.Discount discount(long id, long prospectId, String date, Response response,
                                           String concededAmount) {
        return new Event.Discount(id, prospectId, LocalDate.parse(date), new BigDecimal("10"), null, response,
                money(concededAmount), response == Response.TRADED ? "longer contract" : null, null);
    }

    private static Event.Scope scope(long id, long prospectId, String date, Initiator initiator,
                                     Response response, String value) {
        return new Event.Scope(id, prospectId, LocalDate.parse(date), initiator, response, money(value),
                response == Response.TRADED ? "testimonial" : null, null);
    }

    private static Event.FollowUp followUp(long id, long prospectId, String date, Reply reply) {
        return new Event.FollowUp(id, prospectId, LocalDate.parse(date), reply, null);
    }

    private static Event.Note note(long id, long prospectId, String date) {
        return new Event.Note(id, prospectId, LocalDate.parse(date), "called, nothing new");
    }

    /** One follow-up a day from {@code firstDate} on, ids counting up from {@code firstId}. */
    private static List<Event.FollowUp> followUpsDaily(long firstId, long prospectId, String firstDate,
                                                       Reply... replies) {
        List<Event.FollowUp> result = new ArrayList<>();
        LocalDate date = LocalDate.parse(firstDate);
        for (int i = 0; i < replies.length; i++) {
            result.add(new Event.FollowUp(firstId + i, prospectId, date.plusDays(i), replies[i], null));
        }
        return result;
    }

    private static Prospect prospect(long id, ProspectStatus status, String closedOn) {
        return new Prospect(id, "Prospect " + id, null, null, null, null, status,
                closedOn == null ? null : LocalDate.parse(closedOn), EUR, null, null, null, null, null);
    }

    private static Map<ProspectStatus, Integer> closed(int won, int lost, int declined, int stalled) {
        Map<ProspectStatus, Integer> map = new EnumMap<>(ProspectStatus.class);
        map.put(ProspectStatus.WON, won);
        map.put(ProspectStatus.LOST, lost);
        map.put(ProspectStatus.DECLINED, declined);
        map.put(ProspectStatus.STALLED, stalled);
        return map;
    }

    private static List<Event> reversed(List<? extends Event> events) {
        List<Event> copy = new ArrayList<>(events);
        Collections.reverse(copy);
        return copy;
    }

    private static final Reply N = Reply.NONE;
    private static final Reply P = Reply.PUT_OFF;
    private static final Reply A = Reply.ANSWERED;

    // ---------------------------------------------------------------- requests

    @Nested
    class Requests {

        @Test
        void discountsAndScopesAreCountedByResponseWhoeverBroughtScopeUp() {
            List<Event> events = List.of(
                    discount(1, 1, "2026-03-02", Response.HELD, null),
                    discount(2, 1, "2026-03-03", Response.TRADED, null),
                    discount(3, 1, "2026-03-04", Response.CONCEDED, null),
                    scope(4, 1, "2026-03-05", Initiator.THEM, Response.HELD, null),
                    scope(5, 1, "2026-03-06", Initiator.ME, Response.TRADED, null),
                    scope(6, 1, "2026-03-07", Initiator.ME, Response.CONCEDED, null),
                    scope(7, 1, "2026-03-08", Initiator.THEM, Response.CONCEDED, null),
                    note(8, 1, "2026-03-09"));

            // requests 7: held 2, traded 2, conceded 3; no follow-ups; gave ground 3 + 0;
            // score 100 * 4 / 7 = 57.14 -> 57; no amounts -> no conceded money; no prospects -> all 0
            assertThat(month(MARCH, 3, events)).isEqualTo(new MonthlyFigures(MARCH, 3,
                    7, 2, 2, 3, 0, 0, 3, 57, new TreeMap<>(), closed(0, 0, 0, 0)));
        }

        @Test
        void scopeIOfferedMyselfCountsLikeScopeTheyAskedFor() {
            MonthlyFigures figures = month(MARCH, 3, List.of(
                    scope(1, 1, "2026-03-10", Initiator.ME, Response.HELD, null),
                    scope(2, 1, "2026-03-11", Initiator.ME, Response.CONCEDED, null),
                    scope(3, 1, "2026-03-12", Initiator.ME, Response.CONCEDED, null)));

            assertThat(figures.requests()).isEqualTo(3);
            assertThat(figures.held()).isEqualTo(1);
            assertThat(figures.traded()).isZero();
            assertThat(figures.conceded()).isEqualTo(2);
            assertThat(figures.eyeLevelScore()).isEqualTo(33);
        }

        @Test
        void notesAreNeitherRequestsNorFollowUps() {
            MonthlyFigures figures = month(MARCH, 0, List.of(
                    note(1, 1, "2026-03-10"), note(2, 1, "2026-03-11"), note(3, 2, "2026-03-11")));

            // with chase limit 0 a note taken for a follow-up would also be excess
            assertThat(figures.requests()).isZero();
            assertThat(figures.followUps()).isZero();
            assertThat(figures.excessFollowUps()).isZero();
            assertThat(figures.eyeLevelScore()).isNull();
        }

        @Test
        void monthAndChaseLimitAreReportedBack() {
            MonthlyFigures figures = month(FEBRUARY, 7, List.of());

            assertThat(figures.month()).isEqualTo(FEBRUARY);
            assertThat(figures.chaseLimit()).isEqualTo(7);
        }
    }

    // ---------------------------------------------------------------- month boundaries

    @Nested
    class MonthBoundaries {

        private final List<Event> events = List.of(
                discount(1, 1, "2026-02-28", Response.HELD, null),
                followUp(2, 1, "2026-02-28", N),
                discount(3, 1, "2026-03-01", Response.HELD, null),
                discount(4, 1, "2026-03-31", Response.CONCEDED, "10"),
                followUp(5, 1, "2026-03-31", N),
                discount(6, 1, "2026-04-01", Response.CONCEDED, "99"),
                followUp(7, 1, "2026-04-01", N),
                scope(8, 1, "2025-03-15", Initiator.THEM, Response.CONCEDED, "1000"),
                followUp(9, 1, "2027-03-15", N));

        private final List<Prospect> prospects = List.of(
                prospect(11, ProspectStatus.WON, "2026-02-28"),
                prospect(12, ProspectStatus.WON, "2026-03-01"),
                prospect(13, ProspectStatus.LOST, "2026-03-31"),
                prospect(14, ProspectStatus.LOST, "2026-04-01"));

        @Test
        void firstAndLastDayOfTheMonthCountTheDaysAroundDoNot() {
            MonthlyFigures figures = month(MARCH, 5, events, prospects);

            // in March: discounts 3 (held) and 4 (conceded 10), follow-up 5; not 2026-02-28, 2026-04-01,
            // March 2025 or March 2027
            assertThat(figures.requests()).isEqualTo(2);
            assertThat(figures.held()).isEqualTo(1);
            assertThat(figures.conceded()).isEqualTo(1);
            assertThat(figures.followUps()).isEqualTo(1);
            assertThat(figures.excessFollowUps()).isZero();
            assertThat(figures.eyeLevelScore()).isEqualTo(50);
            assertThat(figures.concededMoney()).containsExactly(entry("EUR", new BigDecimal("10.00")));
            assertThat(figures.closed()).isEqualTo(closed(1, 1, 0, 0));
        }

        @Test
        void lastDayOfAShortFebruaryCounts() {
            MonthlyFigures figures = month(FEBRUARY, 5, events, prospects);

            assertThat(figures.requests()).isEqualTo(1);
            assertThat(figures.held()).isEqualTo(1);
            assertThat(figures.conceded()).isZero();
            assertThat(figures.followUps()).isEqualTo(1);
            assertThat(figures.eyeLevelScore()).isEqualTo(100);
            assertThat(figures.concededMoney()).isEmpty();
            assertThat(figures.closed()).isEqualTo(closed(1, 0, 0, 0));
        }

        @Test
        void leapDayBelongsToFebruary() {
            List<Event> leap = List.of(
                    discount(1, 1, "2024-01-31", Response.HELD, null),
                    discount(2, 1, "2024-02-29", Response.TRADED, "3"),
                    scope(3, 1, "2024-02-29", Initiator.THEM, Response.CONCEDED, "5"),
                    followUp(4, 1, "2024-02-29", N),
                    discount(5, 1, "2024-03-01", Response.HELD, null),
                    followUp(6, 1, "2024-03-01", N));
            List<Prospect> closedAround = List.of(
                    prospect(11, ProspectStatus.DECLINED, "2024-02-29"),
                    prospect(12, ProspectStatus.STALLED, "2024-03-01"),
                    prospect(13, ProspectStatus.STALLED, "2024-01-31"));

            MonthlyFigures february = month(YearMonth.of(2024, 2), 1, leap, closedAround);

            assertThat(february).isEqualTo(new MonthlyFigures(YearMonth.of(2024, 2), 1,
                    2, 0, 1, 1, 1, 0, 1, 50,
                    new TreeMap<>(Map.of("EUR", new BigDecimal("5.00"))), closed(0, 0, 1, 0)));

            MonthlyFigures march = month(YearMonth.of(2024, 3), 1, leap, closedAround);
            // the 2024-03-01 follow-up comes after one on the leap day: excess with chase limit 1
            assertThat(march).isEqualTo(new MonthlyFigures(YearMonth.of(2024, 3), 1,
                    1, 1, 0, 0, 1, 1, 1, 50, new TreeMap<>(), closed(0, 0, 0, 1)));
        }
    }

    // ---------------------------------------------------------------- follow-up order

    @Nested
    class FollowUpOrder {

        @Test
        void withinOneDateTheIdsDecideTheOrder() {
            // all on 2026-03-10, listed as 30, 20, 10. In id order with chase limit 1:
            // 10 NONE: 0 before -> fine; 20 NONE: 1 before -> excess; 30 ANSWERED: 2 before -> excess.
            // (in list order it would be 30 fine, 20 fine, 10 excess -> 1)
            MonthlyFigures figures = month(MARCH, 1, List.of(
                    followUp(30, 1, "2026-03-10", A),
                    followUp(20, 1, "2026-03-10", N),
                    followUp(10, 1, "2026-03-10", N)));

            assertThat(figures.followUps()).isEqualTo(3);
            assertThat(figures.excessFollowUps()).isEqualTo(2);
        }

        @Test
        void idsOnlyBreakTiesTheDateComesFirst() {
            // by date: 99 ANSWERED (03-05): fine, resets; 50 (03-06): 0 before -> fine;
            // 1 (03-20): 1 before -> excess. Ordered by id alone it would be 1 fine, 50 excess, 99 excess.
            MonthlyFigures figures = month(MARCH, 1, List.of(
                    followUp(1, 1, "2026-03-20", N),
                    followUp(99, 1, "2026-03-05", A),
                    followUp(50, 1, "2026-03-06", N)));

            assertThat(figures.followUps()).isEqualTo(3);
            assertThat(figures.excessFollowUps()).isEqualTo(1);
        }

        @Test
        void aHighIdInAnEarlierMonthStillComesFirst() {
            // 900 ANSWERED on 2026-02-27, then 5 and 6 on 2026-03-02; chase limit 1.
            // By date then id: 900 fine (February), 5 fine, 6 excess (March).
            List<Event> events = List.of(
                    followUp(6, 1, "2026-03-02", N),
                    followUp(900, 1, "2026-02-27", A),
                    followUp(5, 1, "2026-03-02", N));

            assertThat(month(FEBRUARY, 1, events).excessFollowUps()).isZero();
            assertThat(month(MARCH, 1, events).excessFollowUps()).isEqualTo(1);
        }

        @Test
        void putOffDoesNotResetTheCount() {
            // chase limit 2: NONE (0 before), PUT_OFF (1), PUT_OFF (2 -> excess), NONE (3 -> excess)
            MonthlyFigures figures = month(MARCH, 2, followUpsDaily(1, 1, "2026-03-02", N, P, P, N));

            assertThat(figures.followUps()).isEqualTo(4);
            assertThat(figures.excessFollowUps()).isEqualTo(2);
        }

        @Test
        void onlyPutOffsAreChasedToo() {
            // chase limit 1: PUT_OFF (0 before), PUT_OFF (1 -> excess), PUT_OFF (2 -> excess)
            MonthlyFigures figures = month(MARCH, 1, followUpsDaily(1, 1, "2026-03-02", P, P, P));

            assertThat(figures.excessFollowUps()).isEqualTo(2);
        }

        @Test
        void answeredResetsOnlyAfterItWasJudgedItself() {
            // chase limit 2: NONE (0), NONE (1), ANSWERED (2 -> excess, then reset),
            // NONE (0), NONE (1), NONE (2 -> excess)
            MonthlyFigures figures = month(MARCH, 2, followUpsDaily(1, 1, "2026-03-02", N, N, A, N, N, N));

            assertThat(figures.followUps()).isEqualTo(6);
            assertThat(figures.excessFollowUps()).isEqualTo(2);
        }

        @Test
        void anAnsweredFollowUpUnderTheLimitIsFineAndStillResets() {
            // chase limit 2: NONE (0), ANSWERED (1, fine, reset), NONE (0), NONE (1), NONE (2 -> excess)
            MonthlyFigures figures = month(MARCH, 2, followUpsDaily(1, 1, "2026-03-02", N, A, N, N, N));

            assertThat(figures.excessFollowUps()).isEqualTo(1);
        }

        @Test
        void answeredAfterAnsweredStartsFromZero() {
            // chase limit 1: ANSWERED, ANSWERED, ANSWERED: each has 0 before it -> none excess;
            // then NONE (0), ANSWERED (1 -> excess), NONE (0) -> 1
            MonthlyFigures figures = month(MARCH, 1, followUpsDaily(1, 1, "2026-03-02", A, A, A, N, A, N));

            assertThat(figures.excessFollowUps()).isEqualTo(1);
        }

        @Test
        void notesAndRequestsNeitherCountNorReset() {
            // chase limit 1: follow-up, then a note and a held discount, then a follow-up (1 before -> excess)
            MonthlyFigures figures = month(MARCH, 1, List.of(
                    followUp(1, 1, "2026-03-02", N),
                    note(2, 1, "2026-03-03"),
                    discount(3, 1, "2026-03-03", Response.HELD, null),
                    scope(4, 1, "2026-03-03", Initiator.ME, Response.TRADED, null),
                    followUp(5, 1, "2026-03-04", N)));

            assertThat(figures.followUps()).isEqualTo(2);
            assertThat(figures.excessFollowUps()).isEqualTo(1);
        }

        @Test
        void eachProspectHasItsOwnCount() {
            // chase limit 1: prospects 1, 2, 3 are each chased once -> fine; prospect 1 a second time -> excess
            MonthlyFigures figures = month(MARCH, 1, List.of(
                    followUp(1, 1, "2026-03-02", N),
                    followUp(2, 2, "2026-03-02", N),
                    followUp(3, 3, "2026-03-03", N),
                    followUp(4, 1, "2026-03-04", N)));

            assertThat(figures.followUps()).isEqualTo(4);
            assertThat(figures.excessFollowUps()).isEqualTo(1);
        }

        @Test
        void theEventOrderOfTheInputDoesNotMatter() {
            List<Event.FollowUp> inOrder = followUpsDaily(1, 1, "2026-03-02", N, N, A, N, N, N);

            assertThat(month(MARCH, 2, reversed(inOrder))).isEqualTo(month(MARCH, 2, inOrder));
            assertThat(month(MARCH, 2, reversed(inOrder)).excessFollowUps()).isEqualTo(2);
        }
    }

    // ---------------------------------------------------------------- history before the month

    @Nested
    class History {

        private final List<Event> events = reversed(List.of(
                // prospect 1, chase limit 2: 0, 1 (January) | 2 -> excess (February) | 3, 4 -> excess (March)
                followUp(101, 1, "2026-01-10", N),
                followUp(102, 1, "2026-01-31", N),
                followUp(103, 1, "2026-02-14", P),
                followUp(104, 1, "2026-03-01", N),
                followUp(105, 1, "2026-03-02", N),
                // prospect 2: 0, 1, 2 -> excess (January) | ANSWERED with 3 before -> excess (February)
                // | 0, 1 (March)
                followUp(201, 2, "2026-01-05", N),
                followUp(202, 2, "2026-01-06", N),
                followUp(203, 2, "2026-01-07", N),
                followUp(204, 2, "2026-02-10", A),
                followUp(205, 2, "2026-03-05", N),
                followUp(206, 2, "2026-03-06", N)));

        @Test
        void januaryHasNoEarlierHistory() {
            MonthlyFigures figures = month(JANUARY, 2, events);

            assertThat(figures.followUps()).isEqualTo(5);
            assertThat(figures.excessFollowUps()).isEqualTo(1);
        }

        @Test
        void februaryCarriesJanuaryOn() {
            MonthlyFigures figures = month(FEBRUARY, 2, events);

            assertThat(figures.followUps()).isEqualTo(2);
            assertThat(figures.excessFollowUps()).isEqualTo(2);
        }

        @Test
        void marchFollowUpsAreExcessBecauseOfEarlierMonths() {
            MonthlyFigures figures = month(MARCH, 2, events);

            assertThat(figures.followUps()).isEqualTo(4);
            assertThat(figures.excessFollowUps()).isEqualTo(2);
            assertThat(figures.gaveGround()).isEqualTo(2);
            // no requests, 2 excess: 0 / 2
            assertThat(figures.eyeLevelScore()).isZero();
        }

        @Test
        void historyReachesAcrossTheTurnOfTheYear() {
            MonthlyFigures figures = month(JANUARY, 1, List.of(
                    followUp(2, 1, "2026-01-01", N),
                    followUp(1, 1, "2025-12-31", N)));

            assertThat(figures.followUps()).isEqualTo(1);
            assertThat(figures.excessFollowUps()).isEqualTo(1);
        }

        @Test
        void followUpsAfterTheMonthChangeNothing() {
            List<Event> march = new ArrayList<>(followUpsDaily(1, 1, "2026-03-30", N, N));
            MonthlyFigures without = month(MARCH, 1, march);
            march.add(followUp(50, 1, "2026-04-01", A));
            march.add(followUp(3, 1, "2026-04-02", N));
            MonthlyFigures with = month(MARCH, 1, march);

            assertThat(without.excessFollowUps()).isEqualTo(1);
            assertThat(with).isEqualTo(without);
        }
    }

    // ---------------------------------------------------------------- chase limits

    @Nested
    class ChaseLimits {

        @Test
        void withChaseLimitZeroEveryFollowUpIsExcess() {
            MonthlyFigures figures = month(MARCH, 0, List.of(
                    followUp(1, 1, "2026-02-20", N),
                    followUp(2, 1, "2026-03-02", A),
                    followUp(3, 1, "2026-03-02", N),
                    followUp(4, 1, "2026-03-10", P),
                    followUp(5, 2, "2026-03-15", A)));   // prospect 2's very first follow-up

            assertThat(figures).isEqualTo(new MonthlyFigures(MARCH, 0,
                    0, 0, 0, 0, 4, 4, 4, 0, new TreeMap<>(), closed(0, 0, 0, 0)));
        }

        @Test
        void withChaseLimitTwentyTheTwentyFirstIsExcess() {
            List<Event> events = new ArrayList<>();
            Reply[] twentyTwoNones = new Reply[22];
            java.util.Arrays.fill(twentyTwoNones, N);
            // prospect 1: 22 NONE on 03-01 .. 03-22 -> 21st and 22nd excess
            events.addAll(followUpsDaily(1, 1, "2026-03-01", twentyTwoNones));
            // prospect 2: 20 NONE, then ANSWERED (20 before -> excess), then NONE (0 before)
            Reply[] twentyNonesAnsweredNone = new Reply[22];
            java.util.Arrays.fill(twentyNonesAnsweredNone, N);
            twentyNonesAnsweredNone[20] = A;
            events.addAll(followUpsDaily(100, 2, "2026-03-01", twentyNonesAnsweredNone));
            // prospect 3: exactly 20 -> none excess
            Reply[] twentyNones = new Reply[20];
            java.util.Arrays.fill(twentyNones, P);
            events.addAll(followUpsDaily(200, 3, "2026-03-05", twentyNones));

            MonthlyFigures figures = month(MARCH, 20, events);

            assertThat(figures.followUps()).isEqualTo(64);
            assertThat(figures.excessFollowUps()).isEqualTo(3);
            assertThat(figures.chaseLimit()).isEqualTo(20);
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 21, Integer.MIN_VALUE, Integer.MAX_VALUE})
        void aChaseLimitOutsideZeroToTwentyIsRejected(int chaseLimit) {
            ReviewInput input = new ReviewInput(List.of(followUp(1, 1, "2026-03-02", N)), CURRENCIES, List.of());

            assertThatThrownBy(() -> EyeLevelMetrics.month(MARCH, chaseLimit, input))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 20})
        void theBoundsThemselvesAreAccepted(int chaseLimit) {
            ReviewInput input = new ReviewInput(List.of(), CURRENCIES, List.of());

            assertThat(EyeLevelMetrics.month(MARCH, chaseLimit, input).chaseLimit()).isEqualTo(chaseLimit);
        }
    }

    // ---------------------------------------------------------------- score and gave ground

    @Nested
    class Scores {

        @Test
        void anEmptyMonthHasNoScore() {
            assertThat(month(MARCH, 3, List.of())).isEqualTo(new MonthlyFigures(MARCH, 3,
                    0, 0, 0, 0, 0, 0, 0, null, new TreeMap<>(), closed(0, 0, 0, 0)));
        }

        @Test
        void followUpsWithinTheLimitAloneGiveNoScore() {
            // two follow-ups, chase limit 3: none excess, no requests -> denominator 0 -> null
            MonthlyFigures figures = month(MARCH, 3, followUpsDaily(1, 1, "2026-03-02", N, P));

            assertThat(figures.followUps()).isEqualTo(2);
            assertThat(figures.excessFollowUps()).isZero();
            assertThat(figures.eyeLevelScore()).isNull();
        }

        @Test
        void onlyExcessFollowUpsScoreZero() {
            // chase limit 1: second follow-up excess; 0 / (0 + 1) = 0
            MonthlyFigures figures = month(MARCH, 1, followUpsDaily(1, 1, "2026-03-02", N, N));

            assertThat(figures.eyeLevelScore()).isZero();
            assertThat(figures.gaveGround()).isEqualTo(1);
        }

        @Test
        void gaveGroundAddsConcessionsAndExcessFollowUps() {
            // requests: held 1, traded 1, conceded 2; chase limit 1, 4 follow-ups -> 3 excess
            // gave ground 2 + 3 = 5; score 100 * 2 / (4 + 3) = 28.57 -> 29
            List<Event> events = new ArrayList<>(List.of(
                    discount(1, 1, "2026-03-02", Response.HELD, null),
                    discount(2, 1, "2026-03-03", Response.TRADED, "5"),
                    discount(3, 1, "2026-03-04", Response.CONCEDED, null),
                    scope(4, 1, "2026-03-05", Initiator.THEM, Response.CONCEDED, null)));
            events.addAll(followUpsDaily(10, 1, "2026-03-10", N, P, N, N));

            MonthlyFigures figures = month(MARCH, 1, events);

            assertThat(figures.conceded()).isEqualTo(2);
            assertThat(figures.excessFollowUps()).isEqualTo(3);
            assertThat(figures.gaveGround()).isEqualTo(5);
            assertThat(figures.eyeLevelScore()).isEqualTo(29);
        }

        /**
         * held + traded over requests + excess follow-ups, rounded half up. Excess follow-ups come from
         * prospect 2 with chase limit 0, where every follow-up is excess.
         */
        @ParameterizedTest(name = "held {0}, traded {1}, conceded {2}, excess {3} -> {4}")
        @CsvSource({
                "2,   0, 1,   0, 67",    // 2 of 3 = 66.67
                "0,   1, 5,   2, 13",    // 1 of 8 = 12.5, half up (half even would give 12)
                "1,   0, 2,   0, 33",    // 1 of 3 = 33.33
                "3,   2, 2,   1, 63",    // 5 of 8 = 62.5, half up (half even would give 62)
                "3,   0, 5,   0, 38",    // 3 of 8 = 37.5
                "0,   7, 0,   1, 88",    // 7 of 8 = 87.5
                "1,   0, 15,  0, 6",     // 1 of 16 = 6.25
                "1,   0, 39,  0, 3",     // 1 of 40 = 2.5
                "1,   0, 199, 0, 1",     // 1 of 200 = 0.5
                "199, 0, 1,   0, 100",   // 199 of 200 = 99.5
                "1,   0, 0,   5, 17",    // 1 of 6 = 16.67
                "2,   3, 1,   0, 83",    // 5 of 6 = 83.33
                "2,   1, 0,   0, 100",
                "0,   0, 3,   1, 0"})
        void theScoreIsRoundedHalfUp(int held, int traded, int conceded, int excess, int expected) {
            List<Event> events = new ArrayList<>();
            long id = 1;
            LocalDate date = LocalDate.of(2026, 3, 1);
            for (int i = 0; i < held; i++, id++) {
                events.add(discount(id, 1, date.plusDays(id % 31).toString(), Response.HELD, null));
            }
            for (int i = 0; i < traded; i++, id++) {
                events.add(scope(id, 1, date.plusDays(id % 31).toString(), Initiator.THEM, Response.TRADED, "1"));
            }
            for (int i = 0; i < conceded; i++, id++) {
                events.add(discount(id, 1, date.plusDays(id % 31).toString(), Response.CONCEDED, null));
            }
            for (int i = 0; i < excess; i++, id++) {
                events.add(followUp(id, 2, date.plusDays(id % 31).toString(), N));
            }

            MonthlyFigures figures = month(MARCH, 0, events);

            assertThat(figures.requests()).isEqualTo(held + traded + conceded);
            assertThat(figures.excessFollowUps()).isEqualTo(excess);
            assertThat(figures.gaveGround()).isEqualTo(conceded + excess);
            assertThat(figures.eyeLevelScore()).isEqualTo(expected);
        }
    }

    // ---------------------------------------------------------------- conceded money

    @Nested
    class ConcededMoney {

        @Test
        void concededAmountsAreSummedPerCurrencyInCodeOrder() {
            List<Event> events = List.of(
                    // prospect 3 (USD): 99.99 + 0.01; prospect 5 (USD): 20 -> USD 120.00
                    discount(1, 3, "2026-03-02", Response.CONCEDED, "99.99"),
                    scope(2, 3, "2026-03-03", Initiator.THEM, Response.CONCEDED, "0.01"),
                    discount(3, 5, "2026-03-31", Response.CONCEDED, "20"),
                    // prospect 1 (EUR): 300.5 + 149.50 -> EUR 450.00
                    discount(4, 1, "2026-03-04", Response.CONCEDED, "300.5"),
                    scope(5, 1, "2026-03-05", Initiator.ME, Response.CONCEDED, "149.50"),
                    discount(6, 1, "2026-03-06", Response.TRADED, "1000.00"),       // traded: not given away
                    scope(7, 1, "2026-03-07", Initiator.THEM, Response.TRADED, "500"),
                    scope(8, 1, "2026-03-08", Initiator.THEM, Response.HELD, "80"),
                    discount(9, 1, "2026-03-09", Response.HELD, "0"),
                    discount(10, 1, "2026-03-10", Response.CONCEDED, null),         // no amount: nothing
                    scope(11, 1, "2026-03-11", Initiator.ME, Response.CONCEDED, null),
                    discount(12, 1, "2026-02-28", Response.CONCEDED, "1000"),       // other months
                    scope(13, 1, "2026-04-01", Initiator.ME, Response.CONCEDED, "7"),
                    // prospect 2 (CHF): 12.5 -> CHF 12.50; the traded 200 does not count
                    discount(14, 2, "2026-03-12", Response.TRADED, "200.00"),
                    discount(15, 2, "2026-03-13", Response.CONCEDED, "12.5"),
                    // prospect 4 (JPY): conceded nothing worth anything -> left out
                    discount(16, 4, "2026-03-14", Response.CONCEDED, "0.00"),
                    discount(17, 4, "2026-03-15", Response.TRADED, "5000"));

            MonthlyFigures figures = month(MARCH, 3, events);

            assertThat(figures.concededMoney()).containsExactly(
                    entry("CHF", new BigDecimal("12.50")),
                    entry("EUR", new BigDecimal("450.00")),
                    entry("USD", new BigDecimal("120.00")));
            assertThat(figures.concededMoney().values()).allSatisfy(sum -> assertThat(sum.scale()).isEqualTo(2));
            // the requests themselves: 15 in March, held 2, traded 4, conceded 9
            assertThat(figures.requests()).isEqualTo(15);
            assertThat(figures.held()).isEqualTo(2);
            assertThat(figures.traded()).isEqualTo(4);
            assertThat(figures.conceded()).isEqualTo(9);
        }

        @Test
        void aWholeAmountIsGivenWithTwoPlaces() {
            MonthlyFigures figures = month(MARCH, 3, List.of(discount(1, 1, "2026-03-02", Response.CONCEDED, "450")));

            BigDecimal eur = figures.concededMoney().get("EUR");
            assertThat(eur).isEqualTo(new BigDecimal("450.00"));
            assertThat(eur.scale()).isEqualTo(2);
        }

        @Test
        void currenciesWithNothingConcededAreLeftOut() {
            MonthlyFigures figures = month(MARCH, 3, List.of(
                    discount(1, 2, "2026-03-02", Response.TRADED, "200.00"),    // CHF, traded only
                    scope(2, 2, "2026-03-03", Initiator.ME, Response.TRADED, "50"),
                    scope(3, 2, "2026-03-03", Initiator.ME, Response.CONCEDED, null),
                    discount(4, 4, "2026-03-04", Response.CONCEDED, "0"),        // JPY, a zero concession
                    scope(5, 4, "2026-03-05", Initiator.THEM, Response.CONCEDED, "0.00"),
                    discount(6, 3, "2026-03-06", Response.HELD, null)));         // USD, held

            assertThat(figures.conceded()).isEqualTo(3);
            assertThat(figures.concededMoney()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- closed deals

    @Nested
    class Closed {

        @Test
        void prospectsClosedInTheMonthAreCountedByStatus() {
            List<Prospect> prospects = List.of(
                    prospect(1, ProspectStatus.WON, "2026-03-31"),
                    prospect(2, ProspectStatus.WON, "2026-03-01"),
                    prospect(3, ProspectStatus.LOST, "2026-03-10"),
                    prospect(4, ProspectStatus.LOST, "2026-04-01"),
                    prospect(5, ProspectStatus.DECLINED, "2026-02-28"),
                    prospect(6, ProspectStatus.STALLED, "2026-03-15"),
                    prospect(7, ProspectStatus.STALLED, "2025-03-15"),
                    prospect(8, ProspectStatus.OPEN, null));

            MonthlyFigures figures = month(MARCH, 3, List.of(), prospects);

            assertThat(figures.closed()).isEqualTo(closed(2, 1, 0, 1));
            assertThat(figures.closed()).containsOnlyKeys(ProspectStatus.WON, ProspectStatus.LOST,
                    ProspectStatus.DECLINED, ProspectStatus.STALLED);
        }

        @Test
        void allFourStatusesArePresentWhenNothingClosed() {
            MonthlyFigures figures = month(MARCH, 3, List.of(),
                    List.of(prospect(1, ProspectStatus.OPEN, null), prospect(2, ProspectStatus.WON, "2026-02-01")));

            assertThat(figures.closed()).containsOnly(
                    entry(ProspectStatus.WON, 0), entry(ProspectStatus.LOST, 0),
                    entry(ProspectStatus.DECLINED, 0), entry(ProspectStatus.STALLED, 0));
        }

        @Test
        void eachClosedStatusIsCountedOnItsOwn() {
            MonthlyFigures figures = month(MARCH, 3, List.of(), List.of(
                    prospect(1, ProspectStatus.DECLINED, "2026-03-20"),
                    prospect(2, ProspectStatus.DECLINED, "2026-03-21"),
                    prospect(3, ProspectStatus.DECLINED, "2026-03-22"),
                    prospect(4, ProspectStatus.LOST, "2026-03-23"),
                    prospect(5, ProspectStatus.LOST, "2026-03-24"),
                    prospect(6, ProspectStatus.STALLED, "2026-03-25")));

            assertThat(figures.closed()).isEqualTo(closed(0, 2, 3, 1));
        }

        @Test
        void anOpenProspectNeverCountsEvenWithAStrayClosedOnDate() {
            // not a valid prospect (open with a closed-on date), but an open deal is never a closed one
            MonthlyFigures figures = month(MARCH, 3, List.of(), List.of(
                    prospect(1, ProspectStatus.OPEN, "2026-03-10"),
                    prospect(2, ProspectStatus.WON, "2026-03-10")));

            assertThat(figures.closed()).isEqualTo(closed(1, 0, 0, 0));
        }
    }
}
