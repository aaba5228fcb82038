package com.dealjournal.model.review;

import java.util.List;

/**
 * One sentence of the review, as a message key ({@code insight.*}) and its arguments, so it reads
 * naturally in each language. Arguments are numbers, texts, {@link java.time.YearMonth months} and
 * {@link com.dealjournal.model.Money amounts}; the screen writes the last two in the user's language.
 */
public record Insight(String key, List<Object> args) {

    public Insight {
        args = List.copyOf(args);
    }

    static Insight of(String key, Object... args) {
        return new Insight(key, List.of(args));
    }
}
