package com.dealjournal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private static BigDecimal dec(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static Event.Discount discount(String askedPercent, String askedAmount, Response response,
                                           String conceded, String tradedFor) {
        return new Event.Discount(0, 1, DAY, dec(askedPercent), dec(askedAmount), response, dec(conceded),
                tradedFor, null);
    }

    private static Event.Scope scope(Initiator initiator, Response response, String value, String tradedFor) {
        return new Event.Scope(0, 1, DAY, initiator, response, dec(value), tradedFor, null);
    }

    /** One valid event of each kind, built around a given date and note. */
    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(EventType.DISCOUNT, (Function<LocalDate, Function<String, Event>>) date -> note ->
                        new Event.Discount(0, 1, date, dec("10"), null, Response.HELD, null, null, note)),
                Arguments.of(EventType.SCOPE, (Function<LocalDate, Function<String, Event>>) date -> note ->
                        new Event.Scope(0, 1, date, Initiator.THEM, Response.HELD, null, null, note)),
                Arguments.of(EventType.FOLLOW_UP, (Function<LocalDate, Function<String, Event>>) date -> note ->
                        new Event.FollowUp(0, 1, date, Reply.PUT_OFF, note)),
                Arguments.of(EventType.NOTE, (Function<LocalDate, Function<String, Event>>) date -> note ->
                        new Event.Note(0, 1, date, note == null ? "remember this" : note)));
    }

    @Nested
    class Common {

        @ParameterizedTest
        @MethodSource("com.dealjournal.model.EventValidationTest#kinds")
        void validEventOfEachKindHasNoViolations(EventType type, Function<LocalDate, Function<String, Event>> make) {
            Event event = make.apply(DAY).apply("some note");

            assertThat(event.type()).isEqualTo(type);
            assertThat(event.validate()).isEmpty();
            assertThat(event.requireValid()).isSameAs(event);
        }

        @ParameterizedTest
        @MethodSource("com.dealjournal.model.EventValidationTest#kinds")
        void dateIsRequired(EventType type, Function<LocalDate, Function<String, Event>> make) {
            assertThat(make.apply(null).apply("some note").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("date", "validation.required"));
        }

        @ParameterizedTest
        @MethodSource("com.dealjournal.model.EventValidationTest#kinds")
        void dateRangeBoundariesAreAccepted(EventType type, Function<LocalDate, Function<String, Event>> make) {
            assertThat(make.apply(LocalDate.of(1900, 1, 1)).apply(null).validate()).isEmpty();
            assertThat(make.apply(LocalDate.of(2999, 12, 31)).apply(null).validate()).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("com.dealjournal.model.EventValidationTest#kinds")
        void datesJustOutsideTheRangeAreRejected(EventType type, Function<LocalDate, Function<String, Event>> make) {
            assertThat(make.apply(LocalDate.of(1899, 12, 31)).apply(null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("date", "validation.dateRange"));
            assertThat(make.apply(LocalDate.of(3000, 1, 1)).apply(null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("date", "validation.dateRange"));
        }

        @ParameterizedTest
        @MethodSource("com.dealjournal.model.EventValidationTest#kinds")
        void noteOfTenThousandCharactersWithLineBreaksIsAccepted(EventType type,
                                                                  Function<LocalDate, Function<String, Event>> make) {
            String note = "line\n" + "n".repeat(10_000 - 5);
            assertThat(note.length()).isEqualTo(10_000);

            assertThat(make.apply(DAY).apply(note).validate()).isEmpty();
        }

        @ParameterizedTest
        @MethodSource("com.dealjournal.model.EventValidationTest#kinds")
        void noteOfTenThousandAndOneCharactersIsRejected(EventType type,
                                                         Function<LocalDate, Function<String, Event>> make) {
            assertThat(make.apply(DAY).apply("n".repeat(10_001)).validate())
                    .extracting(Violation::field, Violation::key, Violation::args)
                    .containsExactly(tuple("note", "validation.tooLong", List.of(10_001, 10_000)));
        }

        @Test
        void requireValidThrowsWithEveryViolation() {
            Event.Discount event = new Event.Discount(0, 1, null, dec("0"), dec("0"), null, null, null, null);

            assertThatThrownBy(event::requireValid)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field, Violation::key)
                            .containsExactlyInAnyOrder(
                                    tuple("date", "validation.required"),
                                    tuple("response", "validation.required"),
                                    tuple("asked_percent", "validation.percentRange"),
                                    tuple("asked_amount", "validation.notPositive")));
        }

        @Test
        void withIdAndWithProspectIdKeepEverythingElse() {
            Event.Discount d = new Event.Discount(0, 1, DAY, dec("5"), dec("50"), Response.TRADED, dec("25"),
                    "longer contract", "note");
            Event.Scope s = new Event.Scope(0, 1, DAY, Initiator.THEM, Response.TRADED, dec("300"), "referral", "n");
            Event.FollowUp f = new Event.FollowUp(0, 1, DAY, Reply.ANSWERED, "n");
            Event.Note n = new Event.Note(0, 1, DAY, "n");

            assertThat(d.withId(7).withProspectId(9))
                    .isEqualTo(new Event.Discount(7, 9, DAY, dec("5"), dec("50"), Response.TRADED, dec("25"),
                            "longer contract", "note"));
            assertThat(s.withId(7).withProspectId(9))
                    .isEqualTo(new Event.Scope(7, 9, DAY, Initiator.THEM, Response.TRADED, dec("300"), "referral", "n"));
            assertThat(f.withId(7).withProspectId(9)).isEqualTo(new Event.FollowUp(7, 9, DAY, Reply.ANSWERED, "n"));
            assertThat(n.withId(7).withProspectId(9)).isEqualTo(new Event.Note(7, 9, DAY, "n"));
        }
    }

    @Nested
    class Discount {

        @Test
        void responseIsRequired() {
            assertThat(discount("10", null, null, null, null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("response", "validation.required"));
        }

        @Test
        void nothingAskedIsAccepted() {
            assertThat(discount(null, null, Response.HELD, null, null).validate()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.01", "12.34", "12.340", "99.99", "100", "100.00"})
        void askedPercentInRangeIsAccepted(String percent) {
            assertThat(discount(percent, null, Response.HELD, null, null).validate()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "-5", "100.01", "150"})
        void askedPercentOutOfRangeIsRejected(String percent) {
            assertThat(discount(percent, null, Response.HELD, null, null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("asked_percent", "validation.percentRange"));
        }

        @Test
        void askedPercentWithThreeDecimalsIsRejected() {
            assertThat(discount("12.345", null, Response.HELD, null, null).validate())
                    .extracting(Violation::field, Violation::key, Violation::args)
                    .containsExactly(tuple("asked_percent", "validation.tooManyDecimals", List.of(2)));
        }

        @Test
        void askedAmountOfZeroIsRejected() {
            assertThat(discount(null, "0", Response.HELD, null, null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("asked_amount", "validation.notPositive"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.01", "999999999.99"})
        void askedAmountInRangeIsAccepted(String amount) {
            assertThat(discount(null, amount, Response.HELD, null, null).validate()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01:validation.negative", "12.345:validation.tooManyDecimals",
                "1000000000.00:validation.tooLarge"})
        void askedAmountFollowsTheMoneyRules(String spec) {
            String[] parts = spec.split(":");
            assertThat(discount(null, parts[0], Response.HELD, null, null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("asked_amount", parts[1]));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01:validation.negative", "12.345:validation.tooManyDecimals",
                "1000000000.00:validation.tooLarge"})
        void concededAmountFollowsTheMoneyRules(String spec) {
            String[] parts = spec.split(":");
            assertThat(discount("10", null, Response.CONCEDED, parts[0], null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("conceded_amount", parts[1]));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00"})
        void heldWithZeroConcededIsAccepted(String conceded) {
            assertThat(discount("10", null, Response.HELD, conceded, null).validate()).isEmpty();
        }

        @Test
        void heldWithAnythingConcededIsRejected() {
            assertThat(discount("10", null, Response.HELD, "0.01", null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("conceded_amount", "validation.heldConcedesNothing"));
        }

        @ParameterizedTest
        @EnumSource(value = Response.class, names = {"TRADED", "CONCEDED"})
        void tradedOrConcededMayConcedeSomething(Response response) {
            String tradedFor = response == Response.TRADED ? "a testimonial" : null;
            assertThat(discount("10", null, response, "0.01", tradedFor).validate()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Response.class, names = {"HELD", "CONCEDED"})
        void tradedForOnlyWithTraded(Response response) {
            assertThat(discount("10", null, response, null, "a testimonial").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("traded_for", "validation.tradedForOnlyTraded"));
        }

        @ParameterizedTest
        @EnumSource(value = Response.class, names = {"HELD", "CONCEDED"})
        void blankTradedForIsFineWithoutTraded(Response response) {
            assertThat(discount("10", null, response, null, "  ").validate()).isEmpty();
        }

        @Test
        void tradedForMustBeOneLine() {
            assertThat(discount("10", null, Response.TRADED, "5", "a\nb").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("traded_for", "validation.singleLine"));
            assertThat(discount("10", null, Response.TRADED, "5", "a\rb").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("traded_for", "validation.singleLine"));
        }

        @Test
        void tradedForOfTwoHundredCharactersIsAccepted() {
            assertThat(discount("10", null, Response.TRADED, "5", "t".repeat(200)).validate()).isEmpty();
        }

        @Test
        void tradedForOfTwoHundredAndOneCharactersIsRejected() {
            assertThat(discount("10", null, Response.TRADED, "5", "t".repeat(201)).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("traded_for", "validation.tooLong"));
        }
    }

    @Nested
    class Scope {

        @Test
        void initiatorIsRequired() {
            assertThat(scope(null, Response.CONCEDED, null, null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("initiator", "validation.required"));
        }

        @Test
        void responseIsRequired() {
            assertThat(scope(Initiator.THEM, null, null, null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("response", "validation.required"));
        }

        @Test
        void holdingMyOwnOfferIsRejected() {
            assertThat(scope(Initiator.ME, Response.HELD, null, null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("response", "validation.heldOwnOffer"));
        }

        @Test
        void holdingTheirRequestIsAccepted() {
            assertThat(scope(Initiator.THEM, Response.HELD, null, null).validate()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Response.class, names = {"TRADED", "CONCEDED"})
        void givingOnMyOwnOfferIsAccepted(Response response) {
            String tradedFor = response == Response.TRADED ? "faster payment" : null;
            assertThat(scope(Initiator.ME, response, "100", tradedFor).validate()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.01", "999999999.99"})
        void valueInRangeIsAccepted(String value) {
            assertThat(scope(Initiator.THEM, Response.CONCEDED, value, null).validate()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"-0.01:validation.negative", "12.345:validation.tooManyDecimals",
                "1000000000.00:validation.tooLarge"})
        void valueFollowsTheMoneyRules(String spec) {
            String[] parts = spec.split(":");
            assertThat(scope(Initiator.THEM, Response.CONCEDED, parts[0], null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("value", parts[1]));
        }

        @Test
        void tradedForOnlyWithTraded() {
            assertThat(scope(Initiator.THEM, Response.CONCEDED, null, "a referral").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("traded_for", "validation.tradedForOnlyTraded"));
            assertThat(scope(Initiator.THEM, Response.TRADED, null, "a referral").validate()).isEmpty();
        }

        @Test
        void tradedForIsOneShortLine() {
            assertThat(scope(Initiator.THEM, Response.TRADED, null, "a\nb").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("traded_for", "validation.singleLine"));
            assertThat(scope(Initiator.THEM, Response.TRADED, null, "t".repeat(200)).validate()).isEmpty();
            assertThat(scope(Initiator.THEM, Response.TRADED, null, "t".repeat(201)).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("traded_for", "validation.tooLong"));
        }
    }

    @Nested
    class FollowUp {

        @Test
        void replyIsRequired() {
            assertThat(new Event.FollowUp(0, 1, DAY, null, null).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("reply", "validation.required"));
        }

        @ParameterizedTest
        @EnumSource(Reply.class)
        void everyReplyIsAccepted(Reply reply) {
            assertThat(new Event.FollowUp(0, 1, DAY, reply, null).validate()).isEmpty();
        }
    }

    @Nested
    class Note {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\n"})
        void textIsRequired(String text) {
            assertThat(new Event.Note(0, 1, DAY, text).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("note", "validation.required"));
        }

        @Test
        void anyTextIsAccepted() {
            assertThat(new Event.Note(0, 1, DAY, "x").validate()).isEmpty();
        }
    }
}
