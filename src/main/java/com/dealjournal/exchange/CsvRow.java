package com.dealjournal.exchange;

import com.dealjournal.model.Field;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** One record of a CSV file as {@link Cells}: text cells come back without their spreadsheet escaping. */
final class CsvRow implements Cells {

    private static final Set<String> TEXT = Set.of(ProspectFields.ID, Field.NAME, Field.COMPANY, Field.CONTACT,
            Field.SOURCE, Field.NOTES, Field.PROSPECT_ID, Field.TRADED_FOR, Field.NOTE);

    private final String file;
    private final long line;
    private final CSVRecord record;
    private final Map<String, Integer> index;
    private final boolean[] text;
    private final Set<String> unreadable;
    private final boolean complete;

    /**
     * @param index where each column is
     * @param text  for each column, whether it is a text column ({@link #isText}), known once per file
     */
    CsvRow(String file, long line, CSVRecord record, Map<String, Integer> index, boolean[] text,
           Set<String> unreadable, boolean complete) {
        this.file = file;
        this.line = line;
        this.record = record;
        this.index = index;
        this.text = text;
        this.unreadable = unreadable;
        this.complete = complete;
    }

    /** Whether a text column is escaped against spreadsheet formulas. */
    static boolean isText(String column) {
        return TEXT.contains(column);
    }

    String file() {
        return file;
    }

    long line() {
        return line;
    }

    /** Whether the record has as many values as the header has columns; its values mean nothing otherwise. */
    boolean complete() {
        return complete;
    }

    @Override
    public String get(String field) {
        Integer i = index.get(field);
        if (i == null || i >= record.size()) {
            return null;
        }
        String value = record.get(i);
        if (value.isEmpty()) {
            return null;
        }
        return text[i] ? SpreadsheetText.unescape(value) : value;
    }

    /** A cell with bytes that are not UTF-8, which the table has reported already. */
    @Override
    public boolean reported(String field) {
        return unreadable.contains(field);
    }
}
