package com.dealjournal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputTest {

    /** The one violation of the ValidationException that {@code call} throws, as (field, key, args). */
    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ?> assertRejected(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return assertThat(((ValidationException) thrown).violations())
                .extracting(Violation::field, Violation::key, Violation::args);
    }

    @Nested
    class Dates {

        @Test
        void isoDateIsRead() {
            assertThat(Input.date(Field.DATE, "2026-03-14")).isEqualTo(LocalDate.of(2026, 3, 14));
        }

        @Test
        void surroundingBlanksAreIgnored() {
            assertThat(Input.date(Field.DATE, "  2026-03-14\t")).isEqualTo(LocalDate.of(2026, 3, 14));
        }

        @Test
        void leapDayOfALeapYearIsAccepted() {
            assertThat(Input.date(Field.DATE, "2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "2023-02-29", "2026-04-31", "2026-13-01", "2026-00-10",
                "26-1-1", "2026-1-1", "14.03.2026", "03/14/2026", "2026-03-14T10:00", "yesterday"})
        void unreadableOrNonExistentDatesAreRejected(String text) {
            assertRejected(() -> Input.date(Field.FIRST_CONTACT, text))
                    .containsExactly(tuple("first_contact", "validation.dateInvalid", List.of(text)));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  ", "\t\n"})
        void emptyTextGivesNull(String text) {
            assertThat(Input.date(Field.DATE, text)).isNull();
        }
    }

    @Nested
    class Decimals {

        @ParameterizedTest
        @CsvSource({
                "12.50, 12.50",
                "0, 0",
                "0.01, 0.01",
                "' 7.5 ', 7.5",
                "-3, -3",
                "999999999.99, 999999999.99",
                "12.345, 12.345"})
        void plainDecimalsAreRead(String text, String expected) {
            BigDecimal value = Input.decimal(Field.LIST_PRICE, text);

            assertThat(value).isEqualTo(new BigDecimal(expected));
        }

        @Test
        void theScaleAsTypedIsKept() {
            assertThat(Input.decimal(Field.LIST_PRICE, "12.50").scale()).isEqualTo(2);
        }

        @ParameterizedTest
        @ValueSource(strings = {"12,5", "1,000.00", "1.000,00", "abc", "1e5", "1E5", "+3", ".5", "5.", "1 000",
                "12.5.0", "--3", "€12", "12 EUR", "NaN", "Infinity", "0x10"})
        void anythingButAPlainDecimalIsRejected(String text) {
            assertRejected(() -> Input.decimal(Field.LIST_PRICE, text))
                    .containsExactly(tuple("list_price", "validation.numberInvalid", List.of(text)));
        }

        @Test
        void negativeNumbersAreReadSinceTheRangeIsTheRecordsRule() {
            assertThat(Input.decimal(Field.LIST_PRICE, "-3")).isEqualByComparingTo("-3");
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void emptyTextGivesNull(String text) {
            assertThat(Input.decimal(Field.LIST_PRICE, text)).isNull();
        }
    }

    @Nested
    class Integers {

        @ParameterizedTest
        @CsvSource({"1, 1", "5, 5", "0, 0", "-2, -2", "' 3 ', 3", "999999999, 999999999"})
        void wholeNumbersAreRead(String text, int expected) {
            assertThat(Input.integer(Field.GUT_FEELING, text)).isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"3.0", "3.5", "three", "1e2", "+3", "1,000", "1234567890"})
        void anythingButAWholeNumberIsRejected(String text) {
            assertRejected(() -> Input.integer(Field.GUT_FEELING, text))
                    .containsExactly(tuple("gut_feeling", "validation.wholeNumberInvalid", List.of(text)));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void emptyTextGivesNull(String text) {
            assertThat(Input.integer(Field.GUT_FEELING, text)).isNull();
        }
    }

    @Nested
    class Currencies {

        @ParameterizedTest
        @CsvSource({"eur, EUR", "EUR, EUR", "Usd, USD", "' chf ', CHF", "jpy, JPY"})
        void isoCodesAreReadCaseInsensitively(String text, String code) {
            assertThat(Input.currency(Field.CURRENCY, text)).isEqualTo(Currency.getInstance(code));
        }

        @ParameterizedTest
        @ValueSource(strings = {"XYZ", "EURO", "EU", "€", "E1R", "eu r", "XXX", "XAU", "XTS"})
        void unknownOrMalformedCodesAreRejected(String text) {
            assertRejected(() -> Input.currency(Field.CURRENCY, text))
                    .containsExactly(tuple("currency", "validation.currencyInvalid", List.of(text)));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void emptyTextGivesNull(String text) {
            assertThat(Input.currency(Field.CURRENCY, text)).isNull();
        }
    }

    @Nested
    class Words {

        @ParameterizedTest
        @ValueSource(strings = {"held", "HELD", "Held", "  hElD "})
        void enumWordsAreReadCaseInsensitively(String text) {
            assertThat(Input.word(Field.RESPONSE, text, Response.class)).isEqualTo(Response.HELD);
        }

        @Test
        void wordsWithUnderscoresAreRead() {
            assertThat(Input.word(Field.REPLY, "put_off", Reply.class)).isEqualTo(Reply.PUT_OFF);
            assertThat(Input.word(Field.STATUS, "stalled", ProspectStatus.class)).isEqualTo(ProspectStatus.STALLED);
            assertThat(Input.word(Field.INITIATOR, "me", Initiator.class)).isEqualTo(Initiator.ME);
        }

        @Test
        void unknownWordIsRejectedListingTheAllowedWords() {
            assertRejected(() -> Input.word(Field.RESPONSE, "maybe", Response.class))
                    .containsExactly(tuple("response", "validation.wordInvalid",
                            List.of("maybe", "HELD, TRADED, CONCEDED")));
        }

        @Test
        void allowedWordsOfAnotherEnumAreListed() {
            assertRejected(() -> Input.word(Field.REPLY, "put off", Reply.class))
                    .containsExactly(tuple("reply", "validation.wordInvalid",
                            List.of("put off", "NONE, PUT_OFF, ANSWERED")));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void emptyTextGivesNull(String text) {
            assertThat(Input.word(Field.RESPONSE, text, Response.class)).isNull();
        }
    }

    @Nested
    class Exceptions {

        @Test
        void aValidationExceptionNeedsAViolation() {
            assertThatThrownBy(() -> new ValidationException(List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void messageNamesEveryViolation() {
            ValidationException e = new ValidationException(List.of(
                    Violation.of("name", "validation.required"),
                    Violation.of("notes", "validation.tooLong", 10_001, 10_000)));

            assertThat(e.getMessage())
                    .isEqualTo("name: validation.required[]; notes: validation.tooLong[10001, 10000]");
            assertThat(e.violations()).hasSize(2);
        }

        @Test
        void violationsAreCopied() {
            java.util.ArrayList<Violation> list = new java.util.ArrayList<>();
            list.add(Violation.of("name", "validation.required"));
            ValidationException e = new ValidationException(list);
            list.clear();

            assertThat(e.violations()).hasSize(1);
        }
    }
}
