package com.dealjournal.store;

import com.dealjournal.model.Event;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a whole journal for an export and writes a whole import, with statements prepared once. */
final class ContentTransfer {

    private static final String PROSPECTS_IN_ORDER = "SELECT id, " + ProspectRepository.COLUMNS
            + " FROM prospects ORDER BY id";
    private static final String EVENTS_IN_ORDER = "SELECT id, " + EventRepository.COLUMNS
            + " FROM events ORDER BY prospect_id, date, id";
    private static final int BATCH = 1_000;

    private ContentTransfer() {
    }

    /** Every prospect in the order they were added, each with its events in journal order. */
    static JournalContent read(Connection c, Currency defaultCurrency) throws SQLException {
        Map<Long, Prospect> prospects = new LinkedHashMap<>();
        Map<Long, List<Event>> events = new java.util.HashMap<>();
        for (Prospect p : Sql.list(c, PROSPECTS_IN_ORDER, Sql.Binder.NONE, ProspectRepository::map)) {
            prospects.put(p.id(), p);
        }
        try (PreparedStatement statement = c.prepareStatement(EVENTS_IN_ORDER);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Event event = EventRepository.map(rows);
                events.computeIfAbsent(event.prospectId(), id -> new ArrayList<>()).add(event);
            }
        }
        List<JournalContent.Entry> entries = new ArrayList<>(prospects.size());
        prospects.forEach((id, p) -> entries.add(
                new JournalContent.Entry(Long.toString(id), p, events.getOrDefault(id, List.of()))));
        return new JournalContent(defaultCurrency, entries);
    }

    /**
     * Adds every prospect and event under new ids of the journal's own, so they never collide with rows
     * already there; events keep their order within a date. Runs inside the caller's transaction.
     */
    static void write(Connection c, JournalContent content) throws SQLException {
        try (PreparedStatement prospects = c.prepareStatement(ProspectRepository.INSERT,
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement events = c.prepareStatement(EventRepository.INSERT)) {
            int pending = 0;
            for (JournalContent.Entry entry : content.prospects()) {
                long id = insert(prospects, entry.prospect().requireValid());
                for (Event event : entry.events()) {
                    EventRepository.bind(events, event.withProspectId(id).requireValid(), 0);
                    events.addBatch();
                    if (++pending == BATCH) {
                        events.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                events.executeBatch();
            }
        }
    }

    private static long insert(PreparedStatement statement, Prospect prospect) throws SQLException {
        ProspectRepository.bind(statement, prospect, 0);
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id returned for a new prospect");
            }
            return keys.getLong(1);
        }
    }
}
