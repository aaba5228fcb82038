package com.dealjournal.model.review;

import com.dealjournal.model.Event;
import com.dealjournal.model.Response;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What I traded for, and how often: the "traded for" texts of TRADED requests, stripped and matched
 * ignoring case (full case folding), each shown in its most frequent spelling (ties: the one seen
 * first in journal order), the most frequent first, equal counts by text.
 */
final class TradedForTally {

    private static final Comparator<Map.Entry<String, Integer>> ORDER =
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(Map.Entry::getKey);

    private TradedForTally() {
    }

    /**
     * The tally over the "traded for" texts of TRADED requests in journal order (see
     * {@link #tradedFor}); missing and blank texts are skipped.
     */
    static List<Map.Entry<String, Integer>> count(List<String> textsInJournalOrder) {
        Map<String, Spellings> byText = new LinkedHashMap<>();
        for (String text : textsInJournalOrder) {
            if (text != null && !text.isBlank()) {
                String spelling = text.strip();
                byText.computeIfAbsent(fold(spelling), key -> new Spellings()).add(spelling);
            }
        }
        return byText.values().stream().map(Spellings::entry).sorted(ORDER).toList();
    }

    /** The text two spellings share when they differ only in case. */
    static String fold(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** The "traded for" text of a request answered TRADED; {@code null} for any other event. */
    static String tradedFor(Event request) {
        return switch (request) {
            case Event.Discount discount when discount.response() == Response.TRADED -> discount.tradedFor();
            case Event.Scope scope when scope.response() == Response.TRADED -> scope.tradedFor();
            default -> null;
        };
    }

    /** The spellings of one text with their counts, in the order first seen. */
    private static final class Spellings {

        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private int total;

        void add(String spelling) {
            counts.merge(spelling, 1, Integer::sum);
            total++;
        }

        /** The most frequent spelling (the first seen among equals) with the text's total count. */
        Map.Entry<String, Integer> entry() {
            String shown = null;
            int most = 0;
            for (Map.Entry<String, Integer> spelling : counts.entrySet()) {
                if (spelling.getValue() > most) {
                    shown = spelling.getKey();
                    most = spelling.getValue();
                }
            }
            return Map.entry(shown, total);
        }
    }
}
