package com.dealjournal.store;

import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.ProspectSummary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The {@code prospects} table. Only valid prospects are written. */
public final class ProspectRepository {

    static final String COLUMNS = "name, company, contact, source, first_contact, status, closed_on, currency,"
            + " list_price_cents, walk_away_price_cents, final_price_cents, gut_feeling, notes";
    static final String INSERT = "INSERT INTO prospects (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE prospects SET name = ?, company = ?, contact = ?, source = ?,"
            + " first_contact = ?, status = ?, closed_on = ?, currency = ?, list_price_cents = ?,"
            + " walk_away_price_cents = ?, final_price_cents = ?, gut_feeling = ?, notes = ? WHERE id = ?";
    private static final String INSERT_KEEPING_ID =
            "INSERT INTO prospects (id, " + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String DELETE = "DELETE FROM prospects WHERE id = ?";
    private static final String FIND = "SELECT id, " + COLUMNS + " FROM prospects WHERE id = ?";
    private static final String FIND_ALL = "SELECT id, " + COLUMNS + " FROM prospects ORDER BY name COLLATE NOCASE, id";
    private static final String COUNT = "SELECT count(*) FROM prospects";
    /** Events of one prospect in journal order compare by this key: date, then id. */
    private static final String ORDER_KEY = "date || '#' || printf('%019d', id)";
    private static final String SUMMARIES = """
            WITH last_answer AS (
                SELECT prospect_id, max(%1$s) AS k FROM events
                WHERE type = 'FOLLOW_UP' AND reply = 'ANSWERED' GROUP BY prospect_id),
            last_event AS (
                SELECT prospect_id, type, reply, date, max(%1$s) AS k FROM events GROUP BY prospect_id)
            SELECT p.id, %2$s,
                coalesce(le.date, p.first_contact) AS last_activity,
                count(e.id) FILTER (WHERE e.type IN ('DISCOUNT', 'SCOPE')) AS requests,
                count(e.id) FILTER (WHERE e.type = 'DISCOUNT') AS discounts,
                count(e.id) FILTER (WHERE e.type IN ('DISCOUNT', 'SCOPE') AND e.response IN ('HELD', 'TRADED'))
                    AS eye_level,
                count(e.id) FILTER (WHERE e.type IN ('DISCOUNT', 'SCOPE') AND e.response = 'CONCEDED') AS conceded,
                count(e.id) FILTER (WHERE e.type = 'FOLLOW_UP') AS follow_ups,
                count(e.id) FILTER (WHERE e.type = 'FOLLOW_UP'
                    AND (la.k IS NULL OR e.date || '#' || printf('%%019d', e.id) > la.k)) AS chase_streak,
                CASE WHEN le.type = 'FOLLOW_UP' AND le.reply IN ('NONE', 'PUT_OFF') THEN le.date END
                    AS waiting_since
            FROM prospects p
            LEFT JOIN events e ON e.prospect_id = p.id
            LEFT JOIN last_answer la ON la.prospect_id = p.id
            LEFT JOIN last_event le ON le.prospect_id = p.id
            GROUP BY p.id
            ORDER BY p.name COLLATE NOCASE, p.id""".formatted(ORDER_KEY, prefixed("p.", COLUMNS));

    private final Database database;

    public ProspectRepository(Database database) {
        this.database = database;
    }

    /** Saves a new prospect and returns it with its id. */
    public Prospect insert(Prospect prospect) {
        prospect.requireValid();
        return database.write(c -> prospect.withId(Sql.insert(c, INSERT, s -> bind(s, prospect, 0))));
    }

    /** Saves a prospect under the id it had, as when a deletion is undone. */
    public Prospect insertKeepingId(Prospect prospect) {
        prospect.requireValid();
        return database.write(c -> prospect.withId(Sql.insert(c, INSERT_KEEPING_ID, s -> {
            s.setLong(1, prospect.id());
            bind(s, prospect, 1);
        })));
    }

    /** Saves changes to a prospect; returns whether it still existed. */
    public boolean update(Prospect prospect) {
        prospect.requireValid();
        return database.write(c -> Sql.update(c, UPDATE, s -> {
            bind(s, prospect, 0);
            s.setLong(14, prospect.id());
        }) == 1);
    }

    /** Deletes a prospect and, with it, its events; returns whether it existed. */
    public boolean delete(long id) {
        return database.write(c -> Sql.update(c, DELETE, s -> s.setLong(1, id)) == 1);
    }

    public Optional<Prospect> find(long id) {
        return database.read(c -> Sql.one(c, FIND, s -> s.setLong(1, id), ProspectRepository::map));
    }

    /** Every prospect, by name. */
    public List<Prospect> findAll() {
        return database.read(c -> Sql.list(c, FIND_ALL, Sql.Binder.NONE, ProspectRepository::map));
    }

    /**
     * Every prospect with the counts the prospect list shows, in one query: its requests and how I
     * answered them, its follow-ups, its current chase streak, and whether it is waiting on them.
     */
    public List<ProspectSummary> summaries() {
        return database.read(c -> Sql.list(c, SUMMARIES, Sql.Binder.NONE, row -> new ProspectSummary(
                map(row),
                Columns.date(row, "last_activity"),
                row.getInt("requests"),
                row.getInt("discounts"),
                row.getInt("eye_level"),
                row.getInt("conceded"),
                row.getInt("follow_ups"),
                row.getInt("chase_streak"),
                Columns.date(row, "waiting_since"))));
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + columns.replace(", ", ", " + prefix);
    }

    public int count() {
        return database.read(c -> Sql.integer(c, COUNT));
    }

    /** Binds the prospect's columns to parameters {@code offset + 1} to {@code offset + 13}. */
    static void bind(PreparedStatement s, Prospect p, int offset) throws SQLException {
        Columns.text(s, offset + 1, p.name());
        Columns.text(s, offset + 2, p.company());
        Columns.text(s, offset + 3, p.contact());
        Columns.text(s, offset + 4, p.source());
        Columns.date(s, offset + 5, p.firstContact());
        Columns.word(s, offset + 6, p.status());
        Columns.date(s, offset + 7, p.closedOn());
        Columns.text(s, offset + 8, p.currency().getCurrencyCode());
        Columns.hundredths(s, offset + 9, p.listPrice());
        Columns.hundredths(s, offset + 10, p.walkAwayPrice());
        Columns.hundredths(s, offset + 11, p.finalPrice());
        Columns.integer(s, offset + 12, p.gutFeeling());
        Columns.text(s, offset + 13, p.notes());
    }

    static Prospect map(ResultSet rs) throws SQLException {
        return new Prospect(
                rs.getLong("id"),
                Columns.text(rs, "name"),
                Columns.text(rs, "company"),
                Columns.text(rs, "contact"),
                Columns.text(rs, "source"),
                Columns.date(rs, "first_contact"),
                Columns.word(rs, "status", ProspectStatus.class),
                Columns.date(rs, "closed_on"),
                Currency.getInstance(rs.getString("currency")),
                Columns.hundredths(rs, "list_price_cents"),
                Columns.hundredths(rs, "walk_away_price_cents"),
                Columns.hundredths(rs, "final_price_cents"),
                Columns.integer(rs, "gut_feeling"),
                Columns.text(rs, "notes"));
    }
}
