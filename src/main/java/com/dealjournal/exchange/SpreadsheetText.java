package com.dealjournal.exchange;

/**
 * Keeps a spreadsheet from running text as a formula (CSV injection). A text cell that a spreadsheet would
 * read as a formula, one starting with {@code = + - @}, a tab or a carriage return, is written with a
 * leading {@code '}; so that this can be undone exactly, a text that already starts with quotes followed by
 * such a character gets one more. Reading removes one leading {@code '} from such cells. Only text cells
 * are escaped, never numbers, dates or words.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** {@code text} as written into a CSV cell: one more {@code '} when it matches {@code ^'*[=+\-@\t\r]}. */
    static String escape(String text) {
        return looksLikeFormula(text, 0) ? "'" + text : text;
    }

    /** A cell's text as it was before {@link #escape}: one {@code '} less when it matches {@code ^'+[=+\-@\t\r]}. */
    static String unescape(String cell) {
        return looksLikeFormula(cell, 1) ? cell.substring(1) : cell;
    }

    /** Whether the text starts with at least {@code quotes} quotes followed by a character a formula starts with. */
    private static boolean looksLikeFormula(String text, int quotes) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i < quotes || i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
