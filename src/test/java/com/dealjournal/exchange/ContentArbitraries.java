package com.dealjournal.exchange;

import com.dealjournal.model.Event;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Limits;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid journal contents as an import reads them: ids 0, texts never empty (an empty cell is
 * null), money with two decimals and percentages without trailing zeros (the scale the reader produces),
 * each prospect's events by date. Texts are hard on purpose: quotes, commas, line breaks, formula
 * look-alikes, emoji, umlauts, a U+FFFD a note may legitimately hold.
 */
final class ContentArbitraries {

    /** Texts that break naive CSV writers or open a formula in a spreadsheet. */
    private static final List<String> TRICKY = List.of("=SUM(A1)", "+1", "-x", "@x", "'=x", "''@", "\tleading tab",
            "'", "''", "'plain", "a,b", "\"quoted\"", "\"", ",", " spaced ", "Müller & Söhne", "Straße", "😀🚀",
            "a😀b", "日本語", "x\uFFFDy", "\uFEFFbom", "-5", "=", "'-", "'\t", "#tag", "\\back", "semi;colon");
    /** Multi-line texts, for notes only. */
    private static final List<String> TRICKY_LINES = List.of("line\r\nbreak", "line\nfeed", "carriage\rreturn",
            "\r\nstarts with a break", "\rcr first", "ends with a break\n", "\"quote\"\r\n,comma", "=A1\n+B2",
            "para\u2029graph", "next\u0085line");
    private static final List<Currency> CURRENCIES = List.of("EUR", "USD", "CHF", "JPY", "GBP").stream()
            .map(Currency::getInstance).toList();

    private ContentArbitraries() {
    }

    static Arbitrary<JournalContent> contents() {
        Arbitrary<List<String>> keys = line().list().uniqueElements().ofMaxSize(5);
        return Combinators.combine(currency(), keys).flatAs((currency, keyList) -> {
            List<Arbitrary<JournalContent.Entry>> entries = keyList.stream().map(ContentArbitraries::entry).toList();
            return Combinators.combine(entries).as(list -> new JournalContent(currency, list));
        });
    }

    private static Arbitrary<JournalContent.Entry> entry(String key) {
        Arbitrary<List<Event>> events = event().list().ofMaxSize(6).map(list -> {
            List<Event> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(Event::date)); // stable: same-date events keep their order
            return sorted;
        });
        return Combinators.combine(prospect(), events).as((prospect, list) -> new JournalContent.Entry(key, prospect, list));
    }

    static Arbitrary<Prospect> prospect() {
        return Combinators.combine(line(), optional(line()), optional(line()), optional(line()), optional(date()),
                        Arbitraries.of(ProspectStatus.class), date(), currency())
                .flatAs((name, company, contact, source, firstContact, status, closedOn, currency) ->
                        Combinators.combine(optional(money()), optional(money()), optional(money()),
                                        optional(Arbitraries.integers().between(1, 5)), optional(text()))
                                .as((list, walkAway, fin, gut, notes) -> new Prospect(0, name, company, contact, source,
                                        firstContact, status, status.isClosed() ? closedOn : null, currency, list,
                                        walkAway, status == ProspectStatus.WON ? fin : null, gut, notes)))
                .filter(p -> p.validate().isEmpty());
    }

    static Arbitrary<Event> event() {
        return Arbitraries.oneOf(discount(), scope(), followUp(), note()).filter(e -> e.validate().isEmpty());
    }

    private static Arbitrary<Event> discount() {
        return Combinators.combine(date(), optional(percent()), optional(money().filter(m -> m.signum() > 0)),
                        Arbitraries.of(Response.class), optional(money()), optional(line()), optional(text()))
                .as((date, percent, amount, response, conceded, tradedFor, note) -> new Event.Discount(0, 0, date,
                        percent, amount, response, response == Response.HELD ? heldConcession(conceded) : conceded,
                        response == Response.TRADED ? tradedFor : null, note));
    }

    private static Arbitrary<Event> scope() {
        return Combinators.combine(date(), Arbitraries.of(Initiator.class), Arbitraries.of(Response.class),
                        optional(money()), optional(line()), optional(text()))
                .as((date, initiator, response, value, tradedFor, note) -> new Event.Scope(0, 0, date, initiator,
                        initiator == Initiator.ME && response == Response.HELD ? Response.CONCEDED : response, value,
                        response == Response.TRADED ? tradedFor : null, note));
    }

    private static Arbitrary<Event> followUp() {
        return Combinators.combine(date(), Arbitraries.of(Reply.class), optional(text()))
                .as((date, reply, note) -> new Event.FollowUp(0, 0, date, reply, note));
    }

    private static Arbitrary<Event> note() {
        return Combinators.combine(date(), text().filter(t -> !t.isBlank()))
                .as((date, note) -> new Event.Note(0, 0, date, note));
    }

    /** A held request concedes nothing: no amount, or 0.00 written out. */
    private static BigDecimal heldConcession(BigDecimal conceded) {
        return conceded == null ? null : BigDecimal.ZERO.setScale(2);
    }

    /** Single-line text: never empty (an empty cell reads as null), not blank for names. */
    static Arbitrary<String> line() {
        Arbitrary<String> random = Arbitraries.strings()
                .withCharRange(' ', '~').withCharRange('\u00a0', '\u024f').withCharRange('\u4e00', '\u4e2f')
                .withChars('\t', '\uFFFD', '\uFEFF', '\u0007')
                .ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> tricky = Arbitraries.of(TRICKY);
        Arbitrary<String> mixed = Combinators.combine(tricky, random).as(String::concat);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, random), net.jqwik.api.Tuple.of(3, tricky),
                        net.jqwik.api.Tuple.of(2, mixed))
                .filter(s -> !s.isBlank());
    }

    /** Free text with line breaks of every kind. */
    static Arbitrary<String> text() {
        Arbitrary<String> lines = Arbitraries.of(TRICKY_LINES);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, line()),
                net.jqwik.api.Tuple.of(2, lines),
                net.jqwik.api.Tuple.of(2, Combinators.combine(line(), lines, line()).as((a, b, c) -> a + b + c)));
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.longs()
                        .between(Limits.EARLIEST_DATE.toEpochDay(), Limits.LATEST_DATE.toEpochDay())
                        .map(LocalDate::ofEpochDay)),
                // a narrow range, so that several events share a date
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(1, 4).map(d -> LocalDate.of(2026, 3, d))));
    }

    /** Money as read back from "1250.00": two decimals. */
    static Arbitrary<BigDecimal> money() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, Limits.MAX_AMOUNT).ofScale(2);
    }

    /** A percentage as read back from "12.5" or "10": no trailing zeros, never an exponent. */
    static Arbitrary<BigDecimal> percent() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), Limits.MAX_PERCENT).ofScale(2)
                .map(p -> new BigDecimal(p.stripTrailingZeros().toPlainString()));
    }

    static Arbitrary<Currency> currency() {
        return Arbitraries.of(CURRENCIES);
    }

    private static <T> Arbitrary<T> optional(Arbitrary<T> value) {
        return value.injectNull(0.3);
    }
}
