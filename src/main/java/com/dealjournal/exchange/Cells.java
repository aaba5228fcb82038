package com.dealjournal.exchange;

/**
 * The values of one prospect or one event as a file holds them, by field name (the CSV column names of
 * {@link com.dealjournal.model.Field}). A CSV row and a JSON object both look like this to the code that
 * turns them into model records, so both formats follow the same rules.
 */
interface Cells {

    /**
     * The value as text, {@code null} when it is empty or absent. Text fields are exactly as written
     * (CSV has undone its spreadsheet escaping); numbers, dates and words may have surrounding spaces.
     */
    String get(String field);

    /** Whether the value was unreadable and a problem has already been reported for it. */
    default boolean reported(String field) {
        return false;
    }
}
