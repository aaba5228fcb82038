package com.dealjournal.exchange;

import com.dealjournal.model.Field;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The values of one JSON object (a prospect or an event) as {@link Cells}, with the line of each value so
 * that a problem found once the whole object is read still points at the right line.
 */
final class JsonCells implements Cells {

    /** Fields that hold numbers: JSON numbers or text holding a plain decimal. */
    private static final Set<String> NUMBERS = Set.of(Field.LIST_PRICE, Field.WALK_AWAY_PRICE, Field.FINAL_PRICE,
            Field.GUT_FEELING, Field.ASKED_PERCENT, Field.ASKED_AMOUNT, Field.CONCEDED_AMOUNT, Field.VALUE);
    /** A number with more digits than this before or after the point is no amount, and is not expanded. */
    private static final int PLAIN_DIGITS = 40;

    private final String path;
    private final long line;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Long> lines = new HashMap<>();
    private final Set<String> reported = new HashSet<>(2);

    /**
     * @param path the object's path, such as {@code prospects[3]}
     * @param line the line where the object starts, for problems of fields it does not have
     */
    JsonCells(String path, long line) {
        this.path = path;
        this.line = line;
    }

    /**
     * Takes the value the parser stands on for {@code field}.
     *
     * @return the message key of the problem when the value has the wrong kind (and is skipped), else null
     */
    String take(String field, JsonParser json, long valueLine) throws IOException {
        lines.put(field, valueLine);
        JsonToken token = json.currentToken();
        boolean number = NUMBERS.contains(field);
        String text = switch (token) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> json.getText();
            case VALUE_NUMBER_INT -> number ? json.getText() : wrong(json, field);
            case VALUE_NUMBER_FLOAT -> number ? plain(json) : wrong(json, field);
            default -> wrong(json, field);
        };
        if (reported.contains(field)) {
            return number ? "exchange.json.expectNumber" : "exchange.json.expectText";
        }
        values.put(field, text == null || text.isEmpty() ? null : text);
        return null;
    }

    /** Remembers the line of a value read elsewhere. */
    void at(String field, long valueLine) {
        lines.put(field, valueLine);
    }

    @Override
    public String get(String field) {
        return values.get(field);
    }

    @Override
    public boolean reported(String field) {
        return reported.contains(field);
    }

    /** The line of the field's value, or of the object when it has no such key. */
    long line(String field) {
        return lines.getOrDefault(field, line);
    }

    String path(String field) {
        return path + "." + JsonNames.key(field);
    }

    private String wrong(JsonParser json, String field) throws IOException {
        json.skipChildren();
        reported.add(field);
        return null;
    }

    /** The decimal exactly as written, never through a double; 1e3 is 1000. */
    private static String plain(JsonParser json) throws IOException {
        BigDecimal number = json.getDecimalValue();
        if (Math.abs((long) number.scale()) > PLAIN_DIGITS || number.precision() - number.scale() > PLAIN_DIGITS) {
            return json.getText(); // model.Input rejects it with the text the file has
        }
        return number.toPlainString();
    }
}
