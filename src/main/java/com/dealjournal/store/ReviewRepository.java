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

    private static final String EVENTS = "SELECT id, prospect_id, date, type, initiator, response, reply,"
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

    private final Database database;

    public ReviewRepository(Database database) {
        this.database = database;
    }

    /** The month of the journal's earliest event or closing, if it has any. */
    public java.util.Optional<YearMonth> firstMonth() {
        return database.read(c -> Sql.one(c, FIRST_MONTH, Sql.Binder.NONE, row -> row.getString(1)))
                .map(date -> YearMonth.parse(date.substring(0, 7)));
    }

    public ReviewInput month(YearMonth month) {
        return range(month, month);
    }

    /**
     * What the figures of every month from {@code from} to {@code to} are computed from: each month's
     * figures taken from this one input are the same as from {@link #month} of that month.
     */
    public ReviewInput range(YearMonth from, YearMonth to) {
        String first = from.atDay(1).toString();
        String last = to.atEndOfMonth().toString();
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
