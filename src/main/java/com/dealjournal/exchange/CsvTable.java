package com.dealjournal.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file of an exchange folder record by record, and reports what is wrong with its form: a
 * missing, empty or binary file, the header's columns, records with too few or too many values, broken
 * quoting and bytes that are not UTF-8. Each usable record goes to a handler as a {@link CsvRow}.
 * Lines are counted as a spreadsheet counts them: the header is line 1, a record with a quoted line
 * break is one line, and empty lines count too (they are skipped).
 */
final class CsvTable {

    /** RFC 4180; empty lines are kept as records so that record numbers stay line numbers. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String file;
    private final Problems problems;
    private final Consumer<CsvRow> handler;
    private Utf8Reader reader;
    private Map<String, Integer> index;
    private String[] names;
    private boolean[] text;
    private int width;
    private long lastLine;

    private CsvTable(String file, Problems problems, Consumer<CsvRow> handler) {
        this.file = file;
        this.problems = problems;
        this.handler = handler;
    }

    /**
     * Reads the file and hands each record that is not empty to {@code handler}.
     *
     * @param columns  every column the file may have
     * @param required the columns it must have
     * @return whether every record was read: false when the file, its header or its quoting is unusable
     */
    static boolean read(Path path, List<String> columns, List<String> required, Problems problems,
                        Consumer<CsvRow> handler) {
        CsvTable table = new CsvTable(path.getFileName().toString(), problems, handler);
        try {
            if (Utf8Reader.looksBinary(path)) {
                problems.add(table.file, 1, null, "exchange.binary"); // where the header should be
                return false;
            }
            try (Utf8Reader text = new Utf8Reader(Files.newInputStream(path));
                 CSVParser parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get()) {
                table.reader = text;
                return table.readRecords(parser.iterator(), columns, required);
            }
        } catch (NoSuchFileException e) {
            problems.add(table.file, 0, null, "exchange.fileMissing");
        } catch (IOException | UncheckedIOException e) {
            problems.add(table.file, 0, null, "exchange.cannotRead", String.valueOf(e.getMessage()));
        }
        return false;
    }

    private boolean readRecords(Iterator<CSVRecord> records, List<String> columns, List<String> required) {
        CSVRecord current;
        try {
            CSVRecord header = records.hasNext() ? records.next() : null;
            if (header == null) {
                problems.add(file, 1, null, "exchange.csv.empty"); // the header's line is missing
                return false;
            }
            lastLine = header.getRecordNumber();
            if (!header(header, columns, required)) {
                return false;
            }
            current = records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            return broken(e);
        }
        while (current != null) {
            CSVRecord following;
            try {
                following = records.hasNext() ? records.next() : null;
            } catch (UncheckedIOException e) {
                record(current, Long.MAX_VALUE);
                lastLine = current.getRecordNumber();
                return broken(e);
            }
            record(current, following == null ? Long.MAX_VALUE : following.getCharacterPosition());
            current = following;
        }
        return true;
    }

    /** Checks the header and learns where each column is; false when the rows cannot be read by it. */
    private boolean header(CSVRecord header, List<String> columns, List<String> required) {
        if (header.size() == 1 && header.get(0).isEmpty()) {
            problems.add(file, 1, null, "exchange.csv.blankHeader");
            return false;
        }
        if (header.size() == 1 && header.get(0).indexOf(';') >= 0) {
            // how spreadsheets in German and many other languages save "CSV"
            problems.add(file, 1, null, "exchange.csv.semicolons");
            return false;
        }
        Set<String> known = Set.copyOf(columns);
        String knownList = String.join(", ", columns);
        index = new HashMap<>();
        width = header.size();
        names = header.values();
        text = new boolean[width];
        for (int i = 0; i < width; i++) {
            text[i] = CsvRow.isText(names[i]);
        }
        boolean usable = true;
        for (int i = 0; i < width; i++) {
            String name = header.get(i);
            Integer earlier = index.putIfAbsent(name, i);
            if (name.isEmpty()) {
                problems.add(file, 1, null, "exchange.csv.emptyColumnName", i + 1);
            } else if (earlier != null) {
                problems.add(file, 1, name, "exchange.csv.duplicateColumn", name, earlier + 1, i + 1);
            } else if (!known.contains(name)) {
                problems.add(file, 1, name, "exchange.csv.unknownColumn", name, knownList);
            } else {
                continue;
            }
            usable = false;
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                problems.add(file, 1, column, "exchange.csv.missingColumn", column);
                usable = false;
            }
        }
        return usable;
    }

    /** One record, which ends where the next one starts. */
    private void record(CSVRecord record, long end) {
        long line = record.getRecordNumber();
        lastLine = line;
        if (isEmpty(record)) {
            return;
        }
        Set<String> unreadable = Set.of();
        if (reader.replacedBetween(record.getCharacterPosition(), end)) {
            unreadable = new HashSet<>();
            for (int i = 0; i < Math.min(width, record.size()); i++) {
                if (record.get(i).indexOf('\uFFFD') >= 0) {
                    unreadable.add(names[i]);
                    problems.add(file, line, names[i], "exchange.notUtf8");
                }
            }
        }
        boolean complete = record.size() == width;
        if (record.size() < width) {
            problems.add(file, line, names[record.size()], "exchange.csv.tooFewValues", record.size(), width);
        } else if (record.size() > width) {
            problems.add(file, line, null, "exchange.csv.tooManyValues", record.size(), width, width + 1);
        }
        handler.accept(new CsvRow(file, line, record, index, text, unreadable, complete));
    }

    private static boolean isEmpty(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) { // CSVRecord's iterator copies the values into a new list
            if (!record.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Commons CSV stops at broken quoting; the record that broke starts on the line after the last one read. */
    private boolean broken(UncheckedIOException e) {
        String detail = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        long line = lastLine + 1;
        if (detail.contains("EOF reached before encapsulated token finished")) {
            problems.add(file, line, null, "exchange.csv.unclosedQuote");
        } else if (detail.contains("Invalid character between encapsulated token and delimiter")) {
            problems.add(file, line, null, "exchange.csv.textAfterQuote");
        } else {
            problems.add(file, 0, null, "exchange.cannotRead", detail);
        }
        return false;
    }
}
