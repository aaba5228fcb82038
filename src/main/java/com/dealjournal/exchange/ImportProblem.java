package com.dealjournal.exchange;

import com.dealjournal.i18n.Messages;

/**
 * One thing an import could not accept, with where it is: a CSV line and column, or a JSON line and path.
 *
 * @param file    the file's name, such as {@code events.csv}
 * @param line    the line as a spreadsheet counts it (the header is line 1, and a record with a quoted line
 *                break is one line); in JSON the line of the offending value; 0 when the problem is the whole file
 * @param column  the CSV column name, or the JSON path such as {@code prospects[3].events[1].askedPercent};
 *                {@code null} when the problem has no column
 * @param message the problem as a sentence in the user's language
 */
public record ImportProblem(String file, long line, String column, String message) {

    /**
     * The problem with its place in English words, such as
     * "events.csv, line 7, column asked_percent: Discount asked (%) must be more than 0 and at most 100.";
     * the column part is left out when there is none, and the line part when the problem is the whole file.
     */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (column != null) {
            text.append(", column ").append(column);
        }
        return text.append(": ").append(message).toString();
    }

    /** Like {@link #describe()}, with the words for line and column in the user's language. */
    public String describe(Messages messages) {
        String where = line > 0 ? messages.format("exchange.where.line", file, line) : file;
        if (column != null) {
            where = messages.format("exchange.where.column", where, column);
        }
        return messages.format("exchange.where.problem", where, message);
    }
}
