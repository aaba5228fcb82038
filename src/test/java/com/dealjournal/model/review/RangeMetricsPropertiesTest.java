package com.dealjournal.model.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the range figures over random, valid journals of 2026. */
class RangeMetricsPropertiesTest {

    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    /** A journal: prospects with ids 1 to n and their events, ids in the order logged. */
    record Journal(List<Prospect> prospects, List<Event> events) {
    }

    @Property(tries = 300)
    void theFiguresOfARangeAreTheSumsOfItsMonths(@ForAll("journals") Journal journal,
                                                 @ForAll @IntRange(min = 1, max = 12) int first,
                                                 @ForAll @IntRange(min = 0, max = 11) int length) {
        YearMonth from = YearMonth.of(2026, first);
        YearMonth to = YearMonth.of(2026, Math.min(12, first + length));
        RangeFigures range = compute(from, to, journal);
        List<RangeFigures> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(compute(month, month, journal));
        }

        assertThat(range.heldFirm()).isEqualTo(new WinRate(sum(months, f -> f.heldFirm().won()),
                sum(months, f -> f.heldFirm().lost())));
        assertThat(range.conceded()).isEqualTo(new WinRate(sum(months, f -> f.conceded().won()),
                sum(months, f -> f.conceded().lost())));
        assertThat(range.selfOfferedConcessions()).isEqualTo(sum(months, RangeFigures::selfOfferedConcessions));
        assertThat(range.walkAwayBreaches()).containsExactlyElementsOf(
                months.stream().flatMap(f -> f.walkAwayBreaches().stream()).toList());
        assertThat(range.tradedFor().stream().mapToInt(Map.Entry::getValue).sum())
                .isEqualTo(sum(months, f -> f.tradedFor().stream().mapToInt(Map.Entry::getValue).sum()));
        assertThat(range.selfOfferedValue()).isEqualTo(merged(months, RangeFigures::selfOfferedValue, BigDecimal::add));
        assertThat(range.priceRealization()).isEqualTo(merged(months, RangeFigures::priceRealization, Realization::plus));
    }

    @Property(tries = 300)
    void aMonthAgreesWithTheMonthlyFigures(@ForAll("journals") Journal journal,
                                           @ForAll @IntRange(min = 1, max = 12) int monthOfYear) {
        YearMonth month = YearMonth.of(2026, monthOfYear);
        Map<Long, Currency> currencies = journal.prospects().stream()
                .collect(Collectors.toMap(Prospect::id, Prospect::currency));
        MonthlyFigures monthly = EyeLevelMetrics.month(month, 2,
                new ReviewInput(journal.events(), currencies, journal.prospects()));

        RangeFigures figures = compute(month, month, journal);

        int traded = monthly.traded();
        assertThat(figures.reciprocityPercent())
                .isEqualTo(traded + monthly.conceded() == 0 ? null
                        : (int) Math.round(100.0 * traded / (traded + monthly.conceded())));
        assertThat(figures.heldFirm().deals() + figures.conceded().deals())
                .isEqualTo(monthly.closed().get(ProspectStatus.WON) + monthly.closed().get(ProspectStatus.LOST));
        assertThat(figures.heldFirm().won() + figures.conceded().won())
                .isEqualTo(monthly.closed().get(ProspectStatus.WON));
    }

    @Property(tries = 300)
    void stallAgesAreCountedToTodayTheLongestFirst(@ForAll("journals") Journal journal) {
        List<StallAge> ages = compute(YearMonth.of(2026, 1), YearMonth.of(2026, 1), journal).stallAges();

        assertThat(ages).allSatisfy(age -> {
            assertThat(age.prospect().status()).isEqualTo(ProspectStatus.OPEN);
            assertThat(age.since()).isBeforeOrEqualTo(TODAY);
            assertThat(age.days()).isEqualTo(ChronoUnit.DAYS.between(age.since(), TODAY)).isNotNegative();
        });
        assertThat(ages).isSortedAccordingTo(Comparator.comparingLong(StallAge::days).reversed());
        assertThat(ages).extracting(StallAge::prospect).doesNotHaveDuplicates();
    }

    @Property(tries = 500)
    void realizationAndDiscountAddUpToAHundredAndExtraWorkIsAtLeastTheDiscount(
            @ForAll @IntRange(min = 0, max = 10_000_000) int finalCents,
            @ForAll @IntRange(min = 1, max = 10_000_000) int extraCents) {
        Realization realization = new Realization(BigDecimal.valueOf(finalCents, 2),
                BigDecimal.valueOf((long) finalCents + extraCents, 2));

        assertThat(realization.percent().add(realization.averageDiscountPercent())).isEqualByComparingTo("100");
        assertThat(realization.percent().scale()).isEqualTo(1);
        if (finalCents > 0) {
            assertThat(realization.extraWorkPercent()).isGreaterThanOrEqualTo(realization.averageDiscountPercent());
        } else {
            assertThat(realization.extraWorkPercent()).isNull();
        }
    }

    private static RangeFigures compute(YearMonth from, YearMonth to, Journal journal) {
        return RangeMetrics.compute(from, to, TODAY, journal.prospects(), journal.events());
    }

    private static int sum(List<RangeFigures> months, Function<RangeFigures, Integer> figure) {
        return months.stream().mapToInt(figure::apply).sum();
    }

    private static <V> Map<String, V> merged(List<RangeFigures> months, Function<RangeFigures, Map<String, V>> figure,
                                             java.util.function.BinaryOperator<V> plus) {
        Map<String, V> merged = new HashMap<>();
        months.forEach(month -> figure.apply(month).forEach((code, value) -> merged.merge(code, value, plus)));
        return merged;
    }

    @Provide
    Arbitrary<Journal> journals() {
        return Arbitraries.integers().between(1, 6).flatMap(count -> Combinators.combine(
                prospect().list().ofSize(count),
                event(count).list().ofMaxSize(30)).as((prospects, events) -> {
                    List<Prospect> numbered = new ArrayList<>();
                    for (int i = 0; i < prospects.size(); i++) {
                        numbered.add(prospects.get(i).withId(i + 1L).requireValid());
                    }
                    List<Event> logged = new ArrayList<>();
                    for (int i = 0; i < events.size(); i++) {
                        logged.add(events.get(i).withId(i + 1L).requireValid());
                    }
                    return new Journal(numbered, logged);
                }));
    }

    private static Arbitrary<LocalDate> date() {
        return Arbitraries.integers().between(-40, 400).map(NEW_YEAR::plusDays);
    }

    private static Arbitrary<BigDecimal> money() {
        return Arbitraries.integers().between(0, 500_000).map(cents -> BigDecimal.valueOf(cents, 2))
                .injectNull(0.2);
    }

    private static Arbitrary<Prospect> prospect() {
        return Combinators.combine(Arbitraries.of(ProspectStatus.class), date(), date().injectNull(0.2),
                Arbitraries.of("EUR", "CHF"), money(), money(), money()).as(
                        (status, closedOn, firstContact, currency, list, walkAway, finalPrice) -> new Prospect(0,
                                "Prospect", null, null, null, firstContact, status,
                                status.isClosed() ? closedOn : null, Currency.getInstance(currency), list, walkAway,
                                status == ProspectStatus.WON ? finalPrice : null, null, null));
    }

    private static Arbitrary<Event> event(int prospects) {
        Arbitrary<Long> prospectId = Arbitraries.longs().between(1, prospects);
        Arbitrary<Response> response = Arbitraries.of(Response.class);
        Arbitrary<String> tradedFor = Arbitraries.of("Prepayment", " prepayment", "referral", "REFERRAL ", "");
        Arbitrary<Event> discount = Combinators.combine(prospectId, date(), response, tradedFor).as(
                (id, date, answer, text) -> new Event.Discount(0, id, date, null, null, answer, null,
                        answer == Response.TRADED ? text : null, null));
        Arbitrary<Event> scope = Combinators.combine(prospectId, date(), Arbitraries.of(Initiator.class), response,
                money(), tradedFor).as((id, date, who, answer, value, text) -> new Event.Scope(0, id, date, who,
                        who == Initiator.ME && answer == Response.HELD ? Response.CONCEDED : answer, value,
                        answer == Response.TRADED ? text : null, null));
        Arbitrary<Event> followUp = Combinators.combine(prospectId, date(), Arbitraries.of(Reply.class))
                .as((id, date, reply) -> new Event.FollowUp(0, id, date, reply, null));
        Arbitrary<Event> note = Combinators.combine(prospectId, date()).as((id, date) -> new Event.Note(0, id, date, "n"));
        return Arbitraries.oneOf(discount, scope, followUp, note);
    }
}
