package com.dealjournal.ui.prospects.log;

import com.dealjournal.i18n.Messages;

/**
 * Ordinal numbers in the user's language: 1st, 2nd, 3rd, 4th, 11th in English, 1., 2., 3. in German.
 * The number picks one of the bundle's {@code log.ordinal.*} patterns by the English ordinal rule
 * (Unicode CLDR categories one, two, few, other); a language without such forms gives all four the same
 * pattern.
 */
final class Ordinal {

    private Ordinal() {
    }

    static String of(Messages messages, int number) {
        return messages.format("log.ordinal." + category(number), number);
    }

    static String category(int number) {
        int lastTwo = number % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "other";
        }
        return switch (number % 10) {
            case 1 -> "one";
            case 2 -> "two";
            case 3 -> "few";
            default -> "other";
        };
    }
}
