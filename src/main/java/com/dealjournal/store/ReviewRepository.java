package com.dealjournal.store;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.review.ReviewInput;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the figures of a month are computed from: the month's requests, every follow-up up to the
 * month's end (a follow-up's history decides whether it is excess), the prospects' currencies, and the
 * prospects closed in the month.
 */
public final class ReviewRepository {

    static final String EVENTS = "SELECT id, prospect_id, date, type, initiator, response, reply,"
            + " asked_percent_hundredths, asked_amount_cents, conceded_amount_cents, value_cents, traded_for, note"
            + " FROM events WHERE (type = 'FOLLOW_UP' AND date <= ?)"
            + " OR (type IN ('DISCOUNT', 'SCOPE') AND date BETWEEN ? AND ?)"
            + " ORDER BY prospect_id, date, id";
    private static final String FIRST_MONTH = "SELECT min(m) FROM (SELECT min(date) AS m FROM events"
            + " UNION ALL SELECT min(closed_on) FROM prospects)";
    private static final String CURRENCIES = "SELECT id, currency FROM prospects";
    private static final String CLOSED = "SELECT id, name, company, contact, source, first_contact, status,"
            + " closed_on, currency, list_price_cents, walk_away_price_cents, final_price_cents, gut_feeling, notes"
            + " FROM prospects WHERE closed_on BETWEEN ? AND ?";

    private static final String NOTE = "SELECT note FROM month_notes WHERE month = ?";
    private static final String SAVE_NOTE = "INSERT INTO month_notes (month, note) VALUES (?, ?)"
            + " ON CONFLICT (month) DO UPDATE SET note = excluded.note";
    private static final String DELETE_NOTE = "DELETE FROM month_notes WHERE month = ?";
    /** The schema version that added reflection notes; an older journal opened read-only has none. */
    static final int NOTES_SINCE_VERSION = 4;

    private final Database database;

    public ReviewRepository(Database database) {
        this.database = database;
    }

    /** The reflection note written for a month, or empty. */
    public String note(YearMonth month) {
        if (database.schemaVersion() < NOTES_SINCE_VERSION) {
            return "";
        }
        return database.read(c -> Sql.one(c, NOTE, s -> s.setString(1, month.toString()), row -> row.getString(1)))
                .orElse("");
    }

    /**
     * Saves a month's reflection note; a blank note deletes it.
     *
     * @throws com.dealjournal.model.ValidationException for a note over the length every note keeps
     */
    public void saveNote(YearMonth month, String note) {
        var violations = com.dealjournal.model.Notes.validate(com.dealjournal.model.Field.NOTE, note);
        if (!violations.isEmpty()) {
            throw new com.dealjournal.model.ValidationException(violations);
        }
        database.write(c -> note == null || note.isBlank()
                ? Sql.update(c, DELETE_NOTE, s -> s.setString(1, month.toString()))
                : Sql.update(c, SAVE_NOTE, s -> {
                    s.setString(1, month.toString());
                    s.setString(2, note);
                }));
    }

    /** The month of the journal's earliest event or closing, if it has any. */
    public java.util.Optional<YearMonth> firstMonth() {
        return database.read(c -> Sql.one(c, FIRST_MONTH, Sql.Binder.NONE, row -> row.getString(1)))
                .map(date -> YearMonth.parse(date.substring(0, 7)));
    }

    /** What the figures of one month are computed from, read through the (type, date) index. */
    public ReviewInput month(YearMonth month) {
        String first = month.atDay(1).toString();
        String last = month.atEndOfMonth().toString();
        return database.read(c -> {
            List<Event> events = Sql.list(c, EVENTS, s -> {
                s.setString(1, last);
                s.setString(2, first);
                s.setString(3, last);
            }, EventRepository::map);
            Map<Long, Currency> currencies = new HashMap<>();
            Sql.list(c, CURRENCIES, Sql.Binder.NONE, row -> currencies.put(row.getLong(1),
                    Currency.getInstance(row.getString(2))));
            List<Prospect> closed = Sql.list(c, CLOSED, s -> {
                s.setString(1, first);
                s.setString(2, last);
            }, ProspectRepository::map);
            return new ReviewInput(events, currencies, closed);
        });
    }
}
