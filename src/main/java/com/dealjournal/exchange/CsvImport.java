package com.dealjournal.exchange;

import com.dealjournal.model.Event;
import com.dealjournal.model.Field;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV exchange folder: {@code prospects.csv} first, so that {@code events.csv} can be checked
 * against its ids. Every problem of both files is collected; the content exists only when there is none.
 */
final class CsvImport {

    private final Problems problems;
    private final Currency defaultCurrency;
    /** Every id of prospects.csv, with its line, even of prospects that break a rule. */
    private final Map<String, Long> keys = new HashMap<>();
    private final List<JournalContent.Entry> prospects = new ArrayList<>();
    private final Map<String, List<Event>> events = new HashMap<>();
    private boolean allKeysKnown;

    private CsvImport(Problems problems, Currency defaultCurrency) {
        this.problems = problems;
        this.defaultCurrency = defaultCurrency;
    }

    static ImportResult read(Path folder, Currency defaultCurrency, Problems problems) {
        if (!Files.isDirectory(folder)) {
            Path name = folder.getFileName();
            problems.add(name == null ? folder.toString() : name.toString(), 0, null, "exchange.folderMissing");
            return problems.result(() -> null);
        }
        CsvImport csv = new CsvImport(problems, defaultCurrency);
        csv.allKeysKnown = CsvTable.read(folder.resolve(CsvExchange.PROSPECTS_FILE), ProspectFields.COLUMNS,
                List.of(ProspectFields.ID, Field.NAME), problems, csv::prospect);
        CsvTable.read(folder.resolve(CsvExchange.EVENTS_FILE), EventFields.COLUMNS,
                List.of(Field.PROSPECT_ID, Field.DATE, Field.TYPE), problems, csv::event);
        return problems.result(csv::content);
    }

    private void prospect(CsvRow row) {
        String key = row.get(ProspectFields.ID);
        boolean hasKey = key != null && !key.isBlank() && !row.reported(ProspectFields.ID);
        if (hasKey) {
            Long first = keys.putIfAbsent(key, row.line());
            if (first != null) {
                problem(row, Violation.of(ProspectFields.ID, "exchange.duplicateId", key, first));
                hasKey = false;
            }
        } else if (row.complete() && !row.reported(ProspectFields.ID)) {
            problem(row, Violation.of(ProspectFields.ID, "validation.required"));
        }
        if (row.complete()) {
            Prospect prospect = ProspectFields.read(row, defaultCurrency, violation -> problem(row, violation));
            if (prospect != null && hasKey) {
                prospects.add(new JournalContent.Entry(key, prospect, List.of()));
            }
        }
    }

    private void event(CsvRow row) {
        if (!row.complete()) {
            return;
        }
        String key = row.get(Field.PROSPECT_ID);
        boolean known = key != null && !key.isBlank() && !row.reported(Field.PROSPECT_ID);
        if (!known && !row.reported(Field.PROSPECT_ID)) {
            problem(row, Violation.of(Field.PROSPECT_ID, "validation.required"));
        } else if (known && !keys.containsKey(key)) {
            known = false;
            if (allKeysKnown) {
                problem(row, Violation.of(Field.PROSPECT_ID, "exchange.unknownProspect", key));
            }
        }
        Event event = EventFields.read(row, violation -> problem(row, violation));
        if (event != null && known) {
            events.computeIfAbsent(key, k -> new ArrayList<>()).add(event);
        }
    }

    private void problem(CsvRow row, Violation violation) {
        problems.add(row.file(), row.line(), violation.field(), violation);
    }

    /** Each prospect with its events by date; events of one date keep their order in the file. */
    private JournalContent content() {
        List<JournalContent.Entry> entries = new ArrayList<>(prospects.size());
        for (JournalContent.Entry entry : prospects) {
            List<Event> own = events.getOrDefault(entry.key(), List.of());
            entries.add(new JournalContent.Entry(entry.key(), entry.prospect(), byDate(own)));
        }
        return new JournalContent(defaultCurrency, entries);
    }

    /** A stable sort: events of one date stay in the order they were read. */
    static List<Event> byDate(List<Event> events) {
        if (inDateOrder(events)) {
            return events; // as exports write them: no copy, no sort
        }
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::date));
        return sorted;
    }

    private static boolean inDateOrder(List<Event> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i - 1).date().isAfter(events.get(i).date())) {
                return false;
            }
        }
        return true;
    }
}
