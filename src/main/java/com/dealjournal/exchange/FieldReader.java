package com.dealjournal.exchange;

import com.dealjournal.model.Field;
import com.dealjournal.model.Input;
import com.dealjournal.model.ValidationException;
import com.dealjournal.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the values of one record from its {@link Cells} with {@link Input}, and collects every problem:
 * values it cannot read, then the rules the record's own {@code validate()} finds broken. A rule that
 * depends on a value that could not be read is not reported, so one typo gives one problem.
 */
final class FieldReader {

    /** Rules that compare a field with another: not checked when that other field was unreadable. */
    private static final Map<String, List<String>> DEPENDS_ON = Map.of(
            "validation.closedOnRequired", List.of(Field.STATUS),
            "validation.closedOnWhileOpen", List.of(Field.STATUS),
            "validation.finalPriceOnlyWon", List.of(Field.STATUS),
            "validation.heldConcedesNothing", List.of(Field.RESPONSE),
            "validation.tradedForOnlyTraded", List.of(Field.RESPONSE),
            "validation.heldOwnOffer", List.of(Field.RESPONSE, Field.INITIATOR));

    private final Cells cells;
    private final List<String> order;
    private final Set<String> failed = new HashSet<>(4);
    private final List<Violation> violations = new ArrayList<>(2);

    /** @param order the record's fields in file order, which is the order its problems are listed in */
    FieldReader(Cells cells, List<String> order) {
        this.cells = cells;
        this.order = order;
    }

    /** Text exactly as written; {@code null} when empty. */
    String text(String field) {
        return readable(field) ? cells.get(field) : null;
    }

    /** Whether the cell holds anything but spaces (or was unreadable): a value the file means. */
    boolean present(String field) {
        if (cells.reported(field)) {
            return true;
        }
        String value = cells.get(field);
        return value != null && !value.isBlank();
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        LocalDate usual = isoDate(value);
        if (usual != null) {
            return usual;
        }
        try {
            return Input.date(field, value);
        } catch (ValidationException e) {
            return fail(e);
        }
    }

    BigDecimal decimal(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        BigDecimal plain = plainDecimal(value);
        if (plain != null) {
            return plain;
        }
        try {
            return Input.decimal(field, value);
        } catch (ValidationException e) {
            return fail(e);
        }
    }

    Integer integer(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String digits = value.strip();
        if (!digits.isEmpty() && digits.length() <= 9 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.valueOf(digits); // the usual case, without Input's pattern
        }
        try {
            return Input.integer(field, value);
        } catch (ValidationException e) {
            return fail(e);
        }
    }

    java.util.Currency currency(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Input.currency(field, value);
        } catch (ValidationException e) {
            return fail(e);
        }
    }

    <E extends Enum<E>> E word(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        E exact = exactWord(value, type);
        if (exact != null) {
            return exact;
        }
        try {
            return Input.word(field, value, type);
        } catch (ValidationException e) {
            return fail(e);
        }
    }

    /**
     * A well-formed {@code YYYY-MM-DD} without {@link Input}'s formatter, which costs more than the rest of
     * a row; {@code null} for anything else, which then goes through {@link Input} and its messages.
     */
    private static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * Digits with an optional dot and decimals (at most 15 each side, as {@link Input#decimal} allows, and
     * at most 18 in all), as exports write money and percentages: the value {@link Input#decimal} gives,
     * without its pattern; {@code null} for anything else (a sign, spaces, longer numbers, text), which
     * then goes through {@link Input} and its messages.
     */
    static BigDecimal plainDecimal(String text) {
        int length = text.length();
        long unscaled = 0;
        int dot = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && dot < 0) {
                dot = i;
            } else {
                return null;
            }
            if (i >= 18) {
                return null;
            }
        }
        int whole = dot < 0 ? length : dot;
        int decimals = dot < 0 ? 0 : length - dot - 1;
        if (whole < 1 || whole > 15 || decimals > 15 || (dot >= 0 && decimals < 1)) {
            return null;
        }
        return BigDecimal.valueOf(unscaled, decimals);
    }

    /** The constant named exactly as the text, as exports write them; {@code null} otherwise. */
    private static <E extends Enum<E>> E exactWord(String text, Class<E> type) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 'A' || c > 'Z') && c != '_') {
                return null;
            }
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null; // a word of capitals that is no constant: Input names the ones allowed
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A problem of this record that no {@code validate()} knows about, such as a cell that does not apply. */
    void add(String field, String key, Object... args) {
        failed.add(field);
        violations.add(Violation.of(field, key, args));
    }

    /** The record's own rules, leaving out those about unreadable values. */
    void check(List<Violation> rules) {
        for (Violation violation : rules) {
            if (failed.contains(violation.field())) {
                continue;
            }
            List<String> dependencies = DEPENDS_ON.getOrDefault(violation.key(), List.of());
            if (dependencies.stream().noneMatch(failed::contains)) {
                violations.add(violation);
            }
        }
    }

    boolean failed(String field) {
        return failed.contains(field);
    }

    boolean ok() {
        return violations.isEmpty() && failed.isEmpty();
    }

    /** Every problem found, in the order of the record's fields. */
    List<Violation> problems() {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparingInt(v -> {
            int index = order.indexOf(v.field());
            return index < 0 ? order.size() : index;
        }));
        return sorted;
    }

    private boolean readable(String field) {
        if (cells.reported(field)) {
            failed.add(field);
            return false;
        }
        return true;
    }

    private <T> T fail(ValidationException e) {
        for (Violation violation : e.violations()) {
            failed.add(violation.field());
            violations.add(violation);
        }
        return null;
    }
}
