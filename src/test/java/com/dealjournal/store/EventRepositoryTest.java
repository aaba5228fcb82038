package com.dealjournal.store;

import static com.dealjournal.store.StoreFixtures.assertSameValues;
import static com.dealjournal.store.StoreFixtures.assertSameValuesInOrder;
import static com.dealjournal.store.StoreFixtures.longText;
import static com.dealjournal.store.StoreFixtures.named;
import static com.dealjournal.store.StoreFixtures.rowCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealjournal.model.Event;
import com.dealjournal.model.Field;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Limits;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.model.ValidationException;
import com.dealjournal.model.Violation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 14);
    /** Stands for the prospect's id in the fixtures; replaced by the real one before saving. */
    private static final long SOME_PROSPECT = 0;

    @TempDir
    Path dir;

    private Path file;
    private Database db;
    private ProspectRepository prospects;
    private EventRepository events;
    private long prospectId;

    @BeforeEach
    void open() throws JournalOpenException {
        file = dir.resolve("journal.db");
        db = Database.open(file, Database.Mode.CREATE);
        prospects = new ProspectRepository(db);
        events = new EventRepository(db);
        prospectId = prospects.insert(named("Kunde 😀")).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void reopen() throws JournalOpenException {
        db.close();
        db = Database.open(file, Database.Mode.EXISTING);
        prospects = new ProspectRepository(db);
        events = new EventRepository(db);
    }

    /** Saves the event for the test's prospect, checks it is read back equal, and returns it with its id. */
    private Event roundTrip(Event event) throws JournalOpenException {
        Event unsaved = event.withProspectId(prospectId);
        assertThat(unsaved.validate()).as("precondition: the fixture is valid").isEmpty();

        Event saved = events.insert(unsaved);

        assertThat(saved.id()).isPositive();
        Event expected = unsaved.withId(saved.id());
        assertSameValues(saved, expected);
        assertSameValues(events.find(saved.id()).orElseThrow(), expected);
        assertSameValuesInOrder(events.findByProspect(prospectId), List.of(expected));
        reopen();
        assertSameValues(events.find(saved.id()).orElseThrow(), expected);
        assertSameValuesInOrder(events.findByProspect(prospectId), List.of(expected));
        return expected;
    }

    static Stream<Arguments> discounts() {
        return Stream.of(
                Arguments.of("held, percent asked", new Event.Discount(0, SOME_PROSPECT, DAY, new BigDecimal("12.5"),
                        null, Response.HELD, null, null, "Sie wollten 12,5 % — ich blieb dabei 😀")),
                Arguments.of("held, conceded 0", new Event.Discount(0, SOME_PROSPECT, DAY, null,
                        new BigDecimal("250.00"), Response.HELD, BigDecimal.ZERO, null, null)),
                Arguments.of("traded, percent and amount", new Event.Discount(0, SOME_PROSPECT, DAY,
                        new BigDecimal("12.5"), new BigDecimal("150.75"), Response.TRADED, new BigDecimal("100.25"),
                        "3-Jahres-Vertrag ✓ 日本", "traded")),
                Arguments.of("conceded amount", new Event.Discount(0, SOME_PROSPECT, DAY, null,
                        new BigDecimal("1234.56"), Response.CONCEDED, new BigDecimal("1234.56"), null, "gave in")),
                Arguments.of("smallest and largest values", new Event.Discount(0, SOME_PROSPECT,
                        Limits.LATEST_DATE, Limits.MAX_PERCENT, Limits.MAX_AMOUNT, Response.CONCEDED,
                        Limits.MAX_AMOUNT, null, longText(Limits.LONG_TEXT))),
                Arguments.of("one hundredth of a percent", new Event.Discount(0, SOME_PROSPECT,
                        Limits.EARLIEST_DATE, new BigDecimal("0.01"), new BigDecimal("0.01"), Response.TRADED,
                        new BigDecimal("0.01"), "t".repeat(Limits.SHORT_TEXT), "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("discounts")
    void everyFieldOfADiscountComesBackAsSaved(String why, Event.Discount discount) throws Exception {
        roundTrip(discount);
    }

    @Test
    void percentsAndAmountsComeBackWithTwoDecimals() throws Exception {
        Event.Discount saved = (Event.Discount) roundTrip(new Event.Discount(0, SOME_PROSPECT, DAY,
                new BigDecimal("12.5"), new BigDecimal("150"), Response.TRADED, new BigDecimal("99.9"), "x", null));

        Event.Discount read = (Event.Discount) events.find(saved.id()).orElseThrow();

        assertThat(read.askedPercent().toPlainString()).isEqualTo("12.50");
        assertThat(read.askedAmount().toPlainString()).isEqualTo("150.00");
        assertThat(read.concededAmount().toPlainString()).isEqualTo("99.90");
    }

    static Stream<Arguments> scopes() {
        return Stream.of(
                Arguments.of(new Event.Scope(0, SOME_PROSPECT, DAY, Initiator.THEM, Response.HELD,
                        new BigDecimal("2500.00"), null, "wanted a second workshop")),
                Arguments.of(new Event.Scope(0, SOME_PROSPECT, DAY, Initiator.THEM, Response.TRADED,
                        new BigDecimal("800.50"), "Referenz auf der Website", null)),
                Arguments.of(new Event.Scope(0, SOME_PROSPECT, DAY, Initiator.THEM, Response.CONCEDED, null, null,
                        null)),
                Arguments.of(new Event.Scope(0, SOME_PROSPECT, DAY, Initiator.ME, Response.TRADED,
                        new BigDecimal("0.00"), "faster payment", "offered it myself")),
                Arguments.of(new Event.Scope(0, SOME_PROSPECT, DAY, Initiator.ME, Response.CONCEDED,
                        new BigDecimal("12.34"), null, longText(Limits.LONG_TEXT))));
    }

    @ParameterizedTest
    @MethodSource("scopes")
    void everyFieldOfAScopeComesBackAsSaved(Event.Scope scope) throws Exception {
        roundTrip(scope);
    }

    @ParameterizedTest
    @EnumSource(Reply.class)
    void everyReplyOfAFollowUpComesBackAsSaved(Reply reply) throws Exception {
        roundTrip(new Event.FollowUp(0, SOME_PROSPECT, DAY, reply, "nachgefasst: " + reply));
    }

    @Test
    void aFollowUpWithoutNoteKeepsItsNoteEmpty() throws Exception {
        Event saved = roundTrip(new Event.FollowUp(0, SOME_PROSPECT, DAY, Reply.NONE, null));

        assertThat(events.find(saved.id()).orElseThrow().note()).isNull();
    }

    @Test
    void aNoteOfTenThousandCharactersComesBackWhole() throws Exception {
        String text = longText(Limits.LONG_TEXT);

        Event saved = roundTrip(new Event.Note(0, SOME_PROSPECT, DAY, text));

        String read = events.find(saved.id()).orElseThrow().note();
        assertThat(read).isEqualTo(text);
        assertThat(read.codePointCount(0, read.length())).isEqualTo(Limits.LONG_TEXT);
    }

    @Test
    void findOfAnUnknownIdIsEmpty() {
        events.insert(new Event.Note(0, prospectId, DAY, "x"));

        assertThat(events.find(999_999)).isEmpty();
        assertThat(events.findByProspect(999_999)).isEmpty();
    }

    @Test
    void aProspectsEventsComeByDateAndWithinADateInTheOrderTheyWereLogged() throws Exception {
        long otherId = prospects.insert(named("Other")).id();
        LocalDate monday = LocalDate.of(2025, 4, 14);
        LocalDate tuesday = LocalDate.of(2025, 4, 15);
        LocalDate nextYear = LocalDate.of(2026, 1, 2);
        Event t1 = events.insert(new Event.Note(0, prospectId, tuesday, "tuesday, first"));
        Event y1 = events.insert(new Event.FollowUp(0, prospectId, nextYear, Reply.ANSWERED, "next year"));
        Event m1 = events.insert(new Event.Discount(0, prospectId, monday, new BigDecimal("5"), null,
                Response.HELD, null, null, "monday, first"));
        events.insert(new Event.Note(0, otherId, monday, "someone else's"));
        Event t2 = events.insert(new Event.Scope(0, prospectId, tuesday, Initiator.THEM, Response.CONCEDED, null,
                null, "tuesday, second"));
        Event m2 = events.insert(new Event.Note(0, prospectId, monday, "monday, second"));
        Event t3 = events.insert(new Event.FollowUp(0, prospectId, tuesday, Reply.PUT_OFF, "tuesday, third"));
        Event m3 = events.insert(new Event.Note(0, prospectId, monday, "monday, third"));
        reopen();

        List<Event> timeline = events.findByProspect(prospectId);

        assertSameValuesInOrder(timeline, List.of(m1, m2, m3, t1, t2, t3, y1));
        assertThat(timeline).extracting(Event::note).containsExactly("monday, first", "monday, second",
                "monday, third", "tuesday, first", "tuesday, second", "tuesday, third", "next year");
    }

    @Test
    void anEditedEventKeepsItsPlaceAmongEventsOfTheSameDate() {
        Event first = events.insert(new Event.Note(0, prospectId, DAY, "first"));
        Event second = events.insert(new Event.Note(0, prospectId, DAY, "second"));

        events.update(new Event.Note(first.id(), prospectId, DAY, "first, edited"));

        assertThat(events.findByProspect(prospectId)).extracting(Event::note)
                .containsExactly("first, edited", second.note());
    }

    @Test
    void updateReplacesEveryFieldIncludingTheKindOfEvent() throws Exception {
        Event discount = events.insert(new Event.Discount(0, prospectId, DAY, new BigDecimal("12.5"),
                new BigDecimal("100"), Response.TRADED, new BigDecimal("50"), "something", "note"));
        Event other = events.insert(new Event.Note(0, prospectId, DAY, "untouched"));
        long secondProspect = prospects.insert(named("Second")).id();
        Event.Scope scope = new Event.Scope(discount.id(), secondProspect, DAY.plusDays(3), Initiator.ME,
                Response.CONCEDED, new BigDecimal("300.30"), null, "now a scope");

        assertThat(events.update(scope)).isTrue();
        reopen();

        assertSameValues(events.find(discount.id()).orElseThrow(), scope);
        assertSameValuesInOrder(events.findByProspect(prospectId), List.of(other));
        assertSameValuesInOrder(events.findByProspect(secondProspect), List.of(scope));
        assertThat(rowCount(file, "events")).isEqualTo(2);
        try (var c = StoreFixtures.raw(file)) {
            assertThat(StoreFixtures.queryLong(c, "SELECT count(*) FROM events WHERE id = " + discount.id()
                    + " AND asked_percent_hundredths IS NULL AND asked_amount_cents IS NULL"
                    + " AND conceded_amount_cents IS NULL AND reply IS NULL"))
                    .as("no discount values linger in the row").isEqualTo(1);
        }
    }

    @Test
    void updateOfAnEventThatIsGoneReportsItAndWritesNothing() throws Exception {
        Event gone = events.insert(new Event.Note(0, prospectId, DAY, "gone"));
        events.delete(gone.id());

        assertThat(events.update(new Event.Note(gone.id(), prospectId, DAY, "back?"))).isFalse();

        assertThat(rowCount(file, "events")).isZero();
    }

    @Test
    void deleteRemovesOnlyThatEvent() throws Exception {
        Event doomed = events.insert(new Event.Note(0, prospectId, DAY, "doomed"));
        Event kept = events.insert(new Event.Note(0, prospectId, DAY, "kept"));

        assertThat(events.delete(doomed.id())).isTrue();
        assertThat(events.delete(doomed.id())).as("second delete").isFalse();
        reopen();

        assertThat(events.find(doomed.id())).isEmpty();
        assertSameValuesInOrder(events.findByProspect(prospectId), List.of(kept));
        assertThat(events.count()).isEqualTo(1);
        assertThat(prospects.find(prospectId)).as("the prospect stays").isPresent();
    }

    @Test
    void deletingTheProspectDeletesItsEvents() throws Exception {
        events.insert(new Event.Note(0, prospectId, DAY, "a"));
        events.insert(new Event.FollowUp(0, prospectId, DAY, Reply.NONE, null));

        prospects.delete(prospectId);

        assertThat(events.findByProspect(prospectId)).isEmpty();
        assertThat(rowCount(file, "events")).isZero();
    }

    @Test
    void anEventForAProspectThatDoesNotExistIsRefusedAndNothingIsWritten() throws Exception {
        events.insert(new Event.Note(0, prospectId, DAY, "existing"));
        long missing = prospectId + 1_000;

        assertThatThrownBy(() -> events.insert(new Event.Note(0, missing, DAY, "orphan")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");

        assertThat(events.findByProspect(missing)).isEmpty();
        assertThat(rowCount(file, "events")).isEqualTo(1);
    }

    @Test
    void movingAnEventToAProspectThatDoesNotExistIsRefused() throws Exception {
        Event saved = events.insert(new Event.Note(0, prospectId, DAY, "mine"));

        assertThatThrownBy(() -> events.update(saved.withProspectId(prospectId + 1_000)))
                .isInstanceOf(StoreException.class);

        assertSameValues(events.find(saved.id()).orElseThrow(), saved);
    }

    static Stream<Arguments> invalidEvents() {
        return Stream.of(
                Arguments.of("note without text", new Event.Note(0, SOME_PROSPECT, DAY, "  "), Field.NOTE),
                Arguments.of("note one code point too long", new Event.Note(0, SOME_PROSPECT, DAY,
                        longText(Limits.LONG_TEXT + 1)), Field.NOTE),
                Arguments.of("event without date", new Event.Note(0, SOME_PROSPECT, null, "x"), Field.DATE),
                Arguments.of("date after 2999", new Event.Note(0, SOME_PROSPECT, LocalDate.of(3000, 1, 1), "x"),
                        Field.DATE),
                Arguments.of("discount without response", new Event.Discount(0, SOME_PROSPECT, DAY,
                        new BigDecimal("10"), null, null, null, null, null), Field.RESPONSE),
                Arguments.of("discount of 0 percent", new Event.Discount(0, SOME_PROSPECT, DAY, BigDecimal.ZERO,
                        null, Response.HELD, null, null, null), Field.ASKED_PERCENT),
                Arguments.of("discount over 100 percent", new Event.Discount(0, SOME_PROSPECT, DAY,
                        new BigDecimal("100.01"), null, Response.HELD, null, null, null), Field.ASKED_PERCENT),
                Arguments.of("percent with three decimals", new Event.Discount(0, SOME_PROSPECT, DAY,
                        new BigDecimal("12.345"), null, Response.HELD, null, null, null), Field.ASKED_PERCENT),
                Arguments.of("asked amount 0", new Event.Discount(0, SOME_PROSPECT, DAY, null, BigDecimal.ZERO,
                        Response.HELD, null, null, null), Field.ASKED_AMOUNT),
                Arguments.of("held but conceded money", new Event.Discount(0, SOME_PROSPECT, DAY, null,
                        BigDecimal.TEN, Response.HELD, BigDecimal.ONE, null, null), Field.CONCEDED_AMOUNT),
                Arguments.of("traded-for without trading", new Event.Discount(0, SOME_PROSPECT, DAY, null,
                        BigDecimal.TEN, Response.CONCEDED, BigDecimal.ONE, "something", null), Field.TRADED_FOR),
                Arguments.of("scope without initiator", new Event.Scope(0, SOME_PROSPECT, DAY, null,
                        Response.CONCEDED, null, null, null), Field.INITIATOR),
                Arguments.of("holding my own offer", new Event.Scope(0, SOME_PROSPECT, DAY, Initiator.ME,
                        Response.HELD, null, null, null), Field.RESPONSE),
                Arguments.of("negative scope value", new Event.Scope(0, SOME_PROSPECT, DAY, Initiator.THEM,
                        Response.CONCEDED, new BigDecimal("-5"), null, null), Field.VALUE),
                Arguments.of("follow-up without reply", new Event.FollowUp(0, SOME_PROSPECT, DAY, null, "x"),
                        Field.REPLY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEvents")
    void anInvalidEventIsRefusedAndNothingIsWritten(String why, Event invalid, String field) throws Exception {
        events.insert(new Event.Note(0, prospectId, DAY, "already there"));

        assertThatThrownBy(() -> events.insert(invalid.withProspectId(prospectId)))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).violations().stream().map(Violation::field).toList())
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .contains(field);

        assertThat(rowCount(file, "events")).isEqualTo(1);
        assertThat(events.findByProspect(prospectId)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEvents")
    void anInvalidUpdateIsRefusedAndTheSavedEventStaysAsItWas(String why, Event invalid, String field)
            throws Exception {
        Event saved = events.insert(new Event.Discount(0, prospectId, DAY, new BigDecimal("12.5"),
                new BigDecimal("10"), Response.TRADED, new BigDecimal("5"), "x", "kept"));

        assertThatThrownBy(() -> events.update(invalid.withProspectId(prospectId).withId(saved.id())))
                .isInstanceOf(ValidationException.class);

        reopen();
        assertSameValues(events.find(saved.id()).orElseThrow(), saved);
    }
}
