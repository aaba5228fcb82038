package com.dealjournal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProspectValidationTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** A mutable copy of a prospect's components, so each test changes only what it is about. */
    private static final class Draft {
        String name = "Acme order";
        String company;
        String contact;
        String source;
        LocalDate firstContact;
        ProspectStatus status = ProspectStatus.OPEN;
        LocalDate closedOn;
        Currency currency = EUR;
        BigDecimal listPrice;
        BigDecimal walkAwayPrice;
        BigDecimal finalPrice;
        Integer gutFeeling;
        String notes;

        Prospect build() {
            return new Prospect(0, name, company, contact, source, firstContact, status, closedOn, currency,
                    listPrice, walkAwayPrice, finalPrice, gutFeeling, notes);
        }
    }

    private static Prospect prospect(UnaryOperator<Draft> change) {
        return change.apply(new Draft()).build();
    }

    private static Prospect withText(String field, String value) {
        return prospect(d -> {
            switch (field) {
                case Field.NAME -> d.name = value;
                case Field.COMPANY -> d.company = value;
                case Field.CONTACT -> d.contact = value;
                case Field.SOURCE -> d.source = value;
                case Field.NOTES -> d.notes = value;
                default -> throw new IllegalArgumentException(field);
            }
            return d;
        });
    }

    private static Prospect withAmount(String field, BigDecimal value) {
        return prospect(d -> {
            switch (field) {
                case Field.LIST_PRICE -> d.listPrice = value;
                case Field.WALK_AWAY_PRICE -> d.walkAwayPrice = value;
                case Field.FINAL_PRICE -> {
                    d.finalPrice = value;
                    d.status = ProspectStatus.WON;
                    d.closedOn = LocalDate.of(2026, 3, 1);
                }
                default -> throw new IllegalArgumentException(field);
            }
            return d;
        });
    }

    private static Prospect withDate(String field, LocalDate value) {
        return prospect(d -> {
            switch (field) {
                case Field.FIRST_CONTACT -> d.firstContact = value;
                case Field.CLOSED_ON -> {
                    d.closedOn = value;
                    d.status = ProspectStatus.LOST;
                }
                default -> throw new IllegalArgumentException(field);
            }
            return d;
        });
    }

    @Test
    void aFullyFilledValidProspectHasNoViolations() {
        Prospect p = prospect(d -> {
            d.company = "Acme GmbH";
            d.contact = "Jane Doe";
            d.source = "Referral";
            d.firstContact = LocalDate.of(2026, 1, 5);
            d.status = ProspectStatus.WON;
            d.closedOn = LocalDate.of(2026, 2, 10);
            d.listPrice = new BigDecimal("12000.00");
            d.walkAwayPrice = new BigDecimal("9000");
            d.finalPrice = new BigDecimal("10500.50");
            d.gutFeeling = 4;
            d.notes = "Good people.\nPaid on time.";
            return d;
        });

        assertThat(p.validate()).isEmpty();
    }

    @Test
    void namedCreatesAnOpenValidProspect() {
        Prospect p = Prospect.named("Acme", EUR);

        assertThat(p.status()).isEqualTo(ProspectStatus.OPEN);
        assertThat(p.currency()).isEqualTo(EUR);
        assertThat(p.validate()).isEmpty();
    }

    @Test
    void statusAndCurrencyAreRequiredByTheConstructor() {
        assertThatThrownBy(() -> prospect(d -> {
            d.status = null;
            return d;
        })).isInstanceOf(NullPointerException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> prospect(d -> {
            d.currency = null;
            return d;
        })).isInstanceOf(NullPointerException.class).hasMessageContaining("currency");
    }

    @Nested
    class Name {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t", "\n"})
        void missingNameIsRequired(String name) {
            assertThat(withText(Field.NAME, name).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("name", "validation.required"));
        }

        @Test
        void twoHundredCharactersAreAccepted() {
            assertThat(withText(Field.NAME, "a".repeat(200)).validate()).isEmpty();
        }

        @Test
        void twoHundredAndOneCharactersAreRejected() {
            assertThat(withText(Field.NAME, "a".repeat(201)).validate())
                    .extracting(Violation::field, Violation::key, Violation::args)
                    .containsExactly(tuple("name", "validation.tooLong", java.util.List.of(201, 200)));
        }

        @Test
        void lengthCountsCodePointsSoTwoHundredEmojiAreAccepted() {
            String emoji = "😀".repeat(200);
            assertThat(emoji.length()).isEqualTo(400);

            assertThat(withText(Field.NAME, emoji).validate()).isEmpty();
        }

        @Test
        void twoHundredAndOneEmojiAreRejected() {
            assertThat(withText(Field.NAME, "😀".repeat(201)).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("name", "validation.tooLong"));
        }
    }

    @Nested
    class SingleLineTexts {

        @ParameterizedTest
        @ValueSource(strings = {Field.NAME, Field.COMPANY, Field.CONTACT, Field.SOURCE})
        void lineFeedIsRejected(String field) {
            assertThat(withText(field, "first\nsecond").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple(field, "validation.singleLine"));
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.NAME, Field.COMPANY, Field.CONTACT, Field.SOURCE})
        void carriageReturnIsRejected(String field) {
            assertThat(withText(field, "first\rsecond").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple(field, "validation.singleLine"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"first\u2028second", "first\u2029second", "first\u0085second"})
        void unicodeLineAndParagraphSeparatorsAreRejected(String text) {
            assertThat(withText(Field.NAME, text).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple(Field.NAME, "validation.singleLine"));
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.NAME, Field.COMPANY, Field.CONTACT, Field.SOURCE})
        void twoHundredCharactersAreAccepted(String field) {
            assertThat(withText(field, "x".repeat(200)).validate()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.NAME, Field.COMPANY, Field.CONTACT, Field.SOURCE})
        void twoHundredAndOneCharactersAreRejected(String field) {
            assertThat(withText(field, "x".repeat(201)).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple(field, "validation.tooLong"));
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.COMPANY, Field.CONTACT, Field.SOURCE})
        void optionalLinesMayBeEmpty(String field) {
            assertThat(withText(field, "").validate()).isEmpty();
            assertThat(withText(field, null).validate()).isEmpty();
        }

        @Test
        void tooLongAndMultiLineAreBothReported() {
            assertThat(withText(Field.COMPANY, "x".repeat(200) + "\n").validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(
                            tuple("company", "validation.singleLine"),
                            tuple("company", "validation.tooLong"));
        }
    }

    @Nested
    class Notes {

        @Test
        void tenThousandCharactersAreAccepted() {
            assertThat(withText(Field.NOTES, "n".repeat(10_000)).validate()).isEmpty();
        }

        @Test
        void tenThousandAndOneCharactersAreRejected() {
            assertThat(withText(Field.NOTES, "n".repeat(10_001)).validate())
                    .extracting(Violation::field, Violation::key, Violation::args)
                    .containsExactly(tuple("notes", "validation.tooLong", java.util.List.of(10_001, 10_000)));
        }

        @Test
        void lineBreaksAreFine() {
            assertThat(withText(Field.NOTES, "line one\nline two\r\nline three").validate()).isEmpty();
        }
    }

    @Nested
    class Amounts {

        @ParameterizedTest
        @ValueSource(strings = {Field.LIST_PRICE, Field.WALK_AWAY_PRICE, Field.FINAL_PRICE})
        void boundaryValuesAreAccepted(String field) {
            for (String ok : new String[] {"0", "0.00", "0.01", "12.340", "12.34", "999999999.99"}) {
                assertThat(withAmount(field, new BigDecimal(ok)).validate()).as(field + " = " + ok).isEmpty();
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.LIST_PRICE, Field.WALK_AWAY_PRICE, Field.FINAL_PRICE})
        void negativeIsRejected(String field) {
            assertThat(withAmount(field, new BigDecimal("-0.01")).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple(field, "validation.negative"));
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.LIST_PRICE, Field.WALK_AWAY_PRICE, Field.FINAL_PRICE})
        void threeDecimalPlacesAreRejected(String field) {
            assertThat(withAmount(field, new BigDecimal("12.345")).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple(field, "validation.tooManyDecimals"));
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.LIST_PRICE, Field.WALK_AWAY_PRICE, Field.FINAL_PRICE})
        void oneBillionIsTooLarge(String field) {
            assertThat(withAmount(field, new BigDecimal("1000000000.00")).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple(field, "validation.tooLarge"));
        }

        @Test
        void amountsAreOptional() {
            assertThat(withAmount(Field.LIST_PRICE, null).validate()).isEmpty();
        }
    }

    @Nested
    class GutFeeling {

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5})
        void oneToFiveIsAccepted(int feeling) {
            assertThat(prospect(d -> {
                d.gutFeeling = feeling;
                return d;
            }).validate()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6, -1})
        void outsideOneToFiveIsRejected(int feeling) {
            assertThat(prospect(d -> {
                d.gutFeeling = feeling;
                return d;
            }).validate())
                    .extracting(Violation::field, Violation::key, Violation::args)
                    .containsExactly(tuple("gut_feeling", "validation.gutFeeling", java.util.List.of(1, 5)));
        }

        @Test
        void notRatedIsAccepted() {
            assertThat(prospect(d -> {
                d.gutFeeling = null;
                return d;
            }).validate()).isEmpty();
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @ValueSource(strings = {Field.FIRST_CONTACT, Field.CLOSED_ON})
        void firstAndLastDayOfTheRangeAreAccepted(String field) {
            assertThat(withDate(field, LocalDate.of(1900, 1, 1)).validate()).isEmpty();
            assertThat(withDate(field, LocalDate.of(2999, 12, 31)).validate()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.FIRST_CONTACT, Field.CLOSED_ON})
        void dayBeforeTheRangeIsRejected(String field) {
            assertThat(withDate(field, LocalDate.of(1899, 12, 31)).validate())
                    .extracting(Violation::field, Violation::key, Violation::args)
                    .containsExactly(tuple(field, "validation.dateRange", java.util.List.of("1900-01-01", "2999-12-31")));
        }

        @ParameterizedTest
        @ValueSource(strings = {Field.FIRST_CONTACT, Field.CLOSED_ON})
        void dayAfterTheRangeIsRejected(String field) {
            assertThat(withDate(field, LocalDate.of(3000, 1, 1)).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple(field, "validation.dateRange"));
        }
    }

    @Nested
    class StatusAndClosedOn {

        @ParameterizedTest
        @EnumSource(value = ProspectStatus.class, names = {"WON", "LOST", "DECLINED", "STALLED"})
        void closedStatusWithoutClosedOnIsRejected(ProspectStatus status) {
            assertThat(prospect(d -> {
                d.status = status;
                return d;
            }).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("closed_on", "validation.closedOnRequired"));
        }

        @ParameterizedTest
        @EnumSource(value = ProspectStatus.class, names = {"WON", "LOST", "DECLINED", "STALLED"})
        void closedStatusWithClosedOnIsAccepted(ProspectStatus status) {
            assertThat(prospect(d -> {
                d.status = status;
                d.closedOn = LocalDate.of(2026, 4, 1);
                return d;
            }).validate()).isEmpty();
        }

        @Test
        void openWithClosedOnIsRejected() {
            assertThat(prospect(d -> {
                d.status = ProspectStatus.OPEN;
                d.closedOn = LocalDate.of(2026, 4, 1);
                return d;
            }).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("closed_on", "validation.closedOnWhileOpen"));
        }

        @Test
        void openWithoutClosedOnIsAccepted() {
            assertThat(prospect(d -> d).validate()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = ProspectStatus.class, names = {"LOST", "DECLINED", "STALLED"})
        void finalPriceOnAClosedButNotWonProspectIsRejected(ProspectStatus status) {
            assertThat(prospect(d -> {
                d.status = status;
                d.closedOn = LocalDate.of(2026, 4, 1);
                d.finalPrice = new BigDecimal("100");
                return d;
            }).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("final_price", "validation.finalPriceOnlyWon"));
        }

        @Test
        void finalPriceOnAnOpenProspectIsRejected() {
            assertThat(prospect(d -> {
                d.finalPrice = new BigDecimal("100");
                return d;
            }).validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactly(tuple("final_price", "validation.finalPriceOnlyWon"));
        }

        @Test
        void finalPriceOnAWonProspectIsAccepted() {
            assertThat(prospect(d -> {
                d.status = ProspectStatus.WON;
                d.closedOn = LocalDate.of(2026, 4, 1);
                d.finalPrice = new BigDecimal("100");
                return d;
            }).validate()).isEmpty();
        }
    }

    @Nested
    class SeveralViolations {

        private final Prospect broken = prospect(d -> {
            d.name = " ";
            d.company = "a\nb";
            d.status = ProspectStatus.LOST;
            d.listPrice = new BigDecimal("-1");
            d.finalPrice = new BigDecimal("1.001");
            d.gutFeeling = 9;
            return d;
        });

        @Test
        void allAreReportedAtOnce() {
            assertThat(broken.validate())
                    .extracting(Violation::field, Violation::key)
                    .containsExactlyInAnyOrder(
                            tuple("name", "validation.required"),
                            tuple("company", "validation.singleLine"),
                            tuple("list_price", "validation.negative"),
                            tuple("final_price", "validation.tooManyDecimals"),
                            tuple("closed_on", "validation.closedOnRequired"),
                            tuple("final_price", "validation.finalPriceOnlyWon"),
                            tuple("gut_feeling", "validation.gutFeeling"));
        }

        @Test
        void requireValidThrowsCarryingEveryViolation() {
            assertThatThrownBy(broken::requireValid)
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations()).containsExactlyElementsOf(broken.validate());
                        assertThat(e.violations()).hasSize(7);
                        assertThat(e.getMessage()).contains("name: validation.required", "gut_feeling: validation.gutFeeling");
                    });
        }

        @Test
        void requireValidReturnsTheProspectWhenValid() {
            Prospect valid = Prospect.named("Acme", EUR);

            assertThat(valid.requireValid()).isSameAs(valid);
        }

        @Test
        void validateReturnsAnUnmodifiableList() {
            assertThatThrownBy(() -> broken.validate().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void withIdChangesOnlyTheId() {
        Prospect p = prospect(d -> {
            d.company = "Acme GmbH";
            d.gutFeeling = 3;
            return d;
        });

        Prospect saved = p.withId(42);

        assertThat(saved.id()).isEqualTo(42);
        assertThat(saved).usingRecursiveComparison().ignoringFields("id").isEqualTo(p);
    }
}
