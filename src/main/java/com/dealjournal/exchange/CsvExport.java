package com.dealjournal.exchange;

import com.dealjournal.model.Event;
import com.dealjournal.model.JournalContent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the two CSV files: UTF-8 without a byte-order mark, a header row, records ending with CRLF, a
 * value in double quotes only when it holds a comma, a double quote or a line break (RFC 4180), and text
 * cells escaped against spreadsheet formulas.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void prospects(JournalContent content, OutputStream out) throws IOException {
        Writer writer = writer(out);
        line(writer, ProspectFields.COLUMNS, ProspectFields.COLUMNS.toArray());
        Object[] cells = new Object[ProspectFields.COLUMNS.size()];
        for (JournalContent.Entry entry : content.prospects()) {
            cells[0] = entry.key();
            System.arraycopy(ProspectFields.values(entry.prospect()), 0, cells, 1, ProspectFields.FIELDS.size());
            line(writer, ProspectFields.COLUMNS, cells);
        }
        writer.flush();
    }

    /** Every event, ordered by prospect as the content orders them, then in each prospect's own order. */
    static void events(JournalContent content, OutputStream out) throws IOException {
        Writer writer = writer(out);
        line(writer, EventFields.COLUMNS, EventFields.COLUMNS.toArray());
        Object[] cells = new Object[EventFields.COLUMNS.size()];
        for (JournalContent.Entry entry : content.prospects()) {
            for (Event event : entry.events()) {
                cells[0] = entry.key();
                System.arraycopy(EventFields.values(event), 0, cells, 1, EventFields.FIELDS.size());
                line(writer, EventFields.COLUMNS, cells);
            }
        }
        writer.flush();
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void line(Writer writer, List<String> columns, Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(cell(columns.get(i), cells[i])));
        }
        writer.write("\r\n");
    }

    private static String cell(String column, Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case String text when CsvRow.isText(column) -> SpreadsheetText.escape(text);
            default -> value.toString();
        };
    }

    /** In double quotes, with quotes doubled, only when the value needs it. */
    static String quoted(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }
}
