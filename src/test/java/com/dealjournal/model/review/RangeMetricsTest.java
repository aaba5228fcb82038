package com.dealjournal.model.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The arguments and the shape of {@link RangeMetrics#compute}'s result; the static builders here are
 * the fixtures of every {@code RangeMetrics*Test}. Unless a test says otherwise, the range is March to
 * May 2026 (2026-03-01 to 2026-05-31) and stall ages are counted to 2026-06-15. Every fixture is
 * validated as the journal would before saving it.
 */
class RangeMetricsTest {

    static final YearMonth FROM = YearMonth.of(2026, 3);
    static final YearMonth TO = YearMonth.of(2026, 5);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static BigDecimal dec(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static Prospect prospect(long id, String name, ProspectStatus status, String closedOn) {
        return new Prospect(id, name, null, null, null, null, status, day(closedOn), Currency.getInstance("EUR"),
                null, null, null, null, null).requireValid();
    }

    static Prospect open(long id, String name, String firstContact) {
        return new Prospect(id, name, null, null, null, day(firstContact), ProspectStatus.OPEN, null,
                Currency.getInstance("EUR"), null, null, null, null, null).requireValid();
    }

    /** A prospect of a currency; only WON ones may have a final price. */
    static Prospect priced(long id, String name, ProspectStatus status, String closedOn, String currency,
                           String list, String walkAway, String finalPrice) {
        return new Prospect(id, name, null, null, null, null, status, day(closedOn), Currency.getInstance(currency),
                dec(list), dec(walkAway), dec(finalPrice), null, null).requireValid();
    }

    static Event discount(long prospectId, String date, Response response, String tradedFor) {
        return new Event.Discount(0, prospectId, day(date), dec("10"), null, response, null, tradedFor, null);
    }

    static Event scope(long prospectId, String date, Initiator initiator, Response response, String value,
                       String tradedFor) {
        return new Event.Scope(0, prospectId, day(date), initiator, response, dec(value), tradedFor, null);
    }

    static Event followUp(long prospectId, String date, Reply reply) {
        return new Event.FollowUp(0, prospectId, day(date), reply, null);
    }

    static Event note(long prospectId, String date) {
        return new Event.Note(0, prospectId, day(date), "they called");
    }

    /** The figures of March to May 2026 on 2026-06-15; the events are logged in the order given. */
    static RangeFigures figures(List<Prospect> prospects, Event... events) {
        return figures(FROM, TO, TODAY, prospects, events);
    }

    static RangeFigures figures(YearMonth from, YearMonth to, LocalDate today, List<Prospect> prospects,
                                Event... events) {
        return RangeMetrics.compute(from, to, today, prospects, logged(events));
    }

    /** The events with ids in the order given (the order of logging), each checked valid. */
    static List<Event> logged(Event... events) {
        List<Event> logged = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            logged.add(events[i].withId(i + 1L).requireValid());
        }
        return logged;
    }

    @Test
    void anEmptyJournalHasNoFigures() {
        RangeFigures figures = figures(List.of());

        assertThat(figures.from()).isEqualTo(FROM);
        assertThat(figures.to()).isEqualTo(TO);
        assertThat(figures.heldFirm()).isEqualTo(new WinRate(0, 0));
        assertThat(figures.conceded()).isEqualTo(new WinRate(0, 0));
        assertThat(figures.reciprocityPercent()).isNull();
        assertThat(figures.tradedFor()).isEmpty();
        assertThat(figures.selfOfferedConcessions()).isZero();
        assertThat(figures.selfOfferedValue()).isEmpty();
        assertThat(figures.priceRealization()).isEmpty();
        assertThat(figures.walkAwayBreaches()).isEmpty();
        assertThat(figures.stallAges()).isEmpty();
    }

    @Test
    void aRangeOfOneMonthIsAllowed() {
        RangeFigures figures = figures(FROM, FROM, TODAY, List.of(prospect(1, "March", ProspectStatus.WON, "2026-03-31")));

        assertThat(figures.from()).isEqualTo(FROM);
        assertThat(figures.to()).isEqualTo(FROM);
        assertThat(figures.heldFirm()).isEqualTo(new WinRate(1, 0));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> figures(TO, FROM, TODAY, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-05").hasMessageContaining("2026-03");
    }

    @Test
    void missingArgumentsAreRefused() {
        assertThatThrownBy(() -> RangeMetrics.compute(FROM, TO, null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("today");
        assertThatThrownBy(() -> RangeMetrics.compute(null, TO, TODAY, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("from");
    }

    @Test
    void anEventOfNoGivenProspectIsRefused() {
        List<Prospect> prospects = List.of(open(1, "Known", "2026-03-01"));

        assertThatThrownBy(() -> figures(prospects, note(1, "2026-03-02"), note(7, "2026-03-03")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7");
    }

    @Test
    void twoProspectsWithOneIdAreRefused() {
        List<Prospect> prospects = List.of(open(3, "One", "2026-03-01"), open(3, "Other", "2026-03-01"));

        assertThatThrownBy(() -> figures(prospects)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3");
    }

    @Test
    void theFiguresCannotBeChanged() {
        RangeFigures figures = figures(
                List.of(priced(1, "Big", ProspectStatus.WON, "2026-04-01", "EUR", "100", "90", "80")),
                scope(1, "2026-04-01", Initiator.ME, Response.CONCEDED, "5", null),
                discount(1, "2026-04-02", Response.TRADED, "referral"));

        assertThatThrownBy(() -> figures.tradedFor().add(Map.entry("more", 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> figures.selfOfferedValue().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> figures.priceRealization().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> figures.walkAwayBreaches().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> figures.stallAges().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theFiguresKeepCopiesOfWhatTheyWereMadeOf() {
        List<Map.Entry<String, Integer>> tradedFor = new ArrayList<>();
        SortedMap<String, BigDecimal> value = new TreeMap<>();
        SortedMap<String, Realization> realization = new TreeMap<>();
        List<Prospect> breaches = new ArrayList<>();
        List<StallAge> ages = new ArrayList<>();
        RangeFigures figures = new RangeFigures(FROM, TO, new WinRate(0, 0), new WinRate(0, 0), null, tradedFor, 0,
                value, realization, breaches, ages);

        Prospect someone = open(1, "Later", "2026-01-01");
        tradedFor.add(Map.entry("referral", 1));
        value.put("EUR", BigDecimal.ONE);
        realization.put("EUR", new Realization(BigDecimal.ONE, BigDecimal.TEN));
        breaches.add(someone);
        ages.add(new StallAge(someone, day("2026-01-01"), 3));

        assertThat(figures.tradedFor()).isEmpty();
        assertThat(figures.selfOfferedValue()).isEmpty();
        assertThat(figures.priceRealization()).isEmpty();
        assertThat(figures.walkAwayBreaches()).isEmpty();
        assertThat(figures.stallAges()).isEmpty();
    }
}
