package com.dealjournal.store;

import com.dealjournal.model.Event;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
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
    private static final String LAST_PROSPECT_ID = "SELECT max(id) FROM prospects";
    private static final int PROSPECT_COLUMNS = 13;
    private static final String PROSPECT_INSERT =
            "INSERT INTO prospects (id, " + ProspectRepository.COLUMNS + ") VALUES ";
    private static final int EVENT_COLUMNS = 12;
    private static final String EVENT_INSERT = "INSERT INTO events (" + EventRepository.COLUMNS + ") VALUES ";
    /** Rows per {@code INSERT} where no index is kept up row by row: as fast as 20, faster than 1 or 200. */
    private static final int ROWS_PER_INSERT = 50;

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
     * already there; events keep their order within a date. Runs inside the caller's transaction, and inside
     * a savepoint of its own, so that a failure leaves nothing of it behind even when the caller's
     * transaction goes on (see {@link BulkLoad} for what a large import changes while it writes).
     */
    static void write(Connection c, JournalContent content) throws SQLException {
        Savepoint start = c.setSavepoint();
        try {
            try (BulkLoad load = BulkLoad.begin(c)) {
                insert(c, content, load.withoutEventIndexes() ? ROWS_PER_INSERT : 1);
                load.finish();
            }
            c.releaseSavepoint(start);
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback(start);
                c.releaseSavepoint(start);
            } catch (SQLException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    /**
     * The prospects first, under the ids SQLite would give them one by one (the next after the largest),
     * which the journal's one writer can count inside its transaction; then their events, which get theirs
     * from SQLite in the order they are inserted: by prospect, and in journal order within each.
     */
    private static void insert(Connection c, JournalContent content, int eventsPerInsert) throws SQLException {
        long firstId = Sql.one(c, LAST_PROSPECT_ID, Sql.Binder.NONE, row -> row.getLong(1)).orElse(0L) + 1;
        List<JournalContent.Entry> entries = content.prospects();
        try (RowInserts<Prospect> prospects = new RowInserts<>(c, PROSPECT_INSERT, 1 + PROSPECT_COLUMNS,
                ROWS_PER_INSERT, ContentTransfer::bindWithId)) {
            for (int i = 0; i < entries.size(); i++) {
                prospects.add(entries.get(i).prospect().requireValid().withId(firstId + i));
            }
            prospects.finish();
        }
        try (RowInserts<Event> events = new RowInserts<>(c, EVENT_INSERT, EVENT_COLUMNS, eventsPerInsert,
                EventRepository::bind)) {
            for (int i = 0; i < entries.size(); i++) {
                for (Event event : entries.get(i).events()) {
                    events.add(event.withProspectId(firstId + i).requireValid());
                }
            }
            events.finish();
        }
    }

    private static void bindWithId(PreparedStatement statement, Prospect prospect, int offset) throws SQLException {
        statement.setLong(offset + 1, prospect.id());
        ProspectRepository.bind(statement, prospect, offset + 1);
    }
}
