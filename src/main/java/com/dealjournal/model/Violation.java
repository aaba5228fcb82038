package com.dealjournal.model;

import java.util.List;

/**
 * One broken validation rule: which field, and a message key with its arguments.
 * The key is looked up in the message bundle ({@code validation.*}), so the same rule reads
 * naturally in every language; {@code field} is the field's column name ({@code list_price}),
 * which the screens use to put the message next to the right field.
 */
public record Violation(String field, String key, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String key, Object... args) {
        return new Violation(field, key, List.of(args));
    }
}
