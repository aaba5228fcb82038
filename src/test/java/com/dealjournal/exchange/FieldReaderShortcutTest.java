package com.dealjournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dealjournal.model.Field;
import com.dealjournal.model.Input;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The import reads plain decimals without {@link Input}'s pattern: where the shortcut answers, its value is
 * exactly Input's (scale included), and whatever it does not answer still goes through Input, which reads
 * or refuses it as before.
 */
class FieldReaderShortcutTest {

    private static final List<String> CASES = List.of("0", "7", "007", "0.5", "0.50", "12.5", "1250.00",
            "100", "999999999999999", "999999999999999.999", "1234567890.12345678", "123456789012345.123",
            "1000000000000000", "1.1234567890123456", "12345678901234567.8", "", ".", ".5", "5.", "1..2",
            "1.2.3", "-1", "+1", " 1", "1 ", "1,5", "1e5", "١٢", "12a", "0.000000000000001");

    @Test
    void theShortcutGivesInputsValueOrLeavesTheTextToInput() {
        for (String text : CASES) {
            assertSameAsInput(text);
        }
        Random random = new Random(11);
        String alphabet = "0123456789.-+ e,";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(22); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
            }
            assertSameAsInput(text.toString());
        }
    }

    @Test
    void theShortcutAnswersTheNumbersExportsWrite() {
        assertThat(FieldReader.plainDecimal("1250.00")).isEqualTo(new BigDecimal("1250.00"));
        assertThat(FieldReader.plainDecimal("12.5")).isEqualTo(new BigDecimal("12.5"));
        assertThat(FieldReader.plainDecimal("10")).isEqualTo(new BigDecimal("10"));
    }

    private static void assertSameAsInput(String text) {
        BigDecimal shortcut = FieldReader.plainDecimal(text);
        if (shortcut == null) {
            return; // Input reads it, as it always did
        }
        Throwable refused = catchThrowable(() -> Input.decimal(Field.VALUE, text));
        assertThat(refused).as("Input refuses \"%s\" that the shortcut read", text).isNull();
        BigDecimal input = Input.decimal(Field.VALUE, text);
        assertThat(shortcut).as("\"%s\"", text).isEqualTo(input); // equals: same value and scale
    }
}
