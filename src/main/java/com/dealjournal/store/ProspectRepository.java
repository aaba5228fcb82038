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
    /**
     * The list's one query. The counts come from one pass over the events index grouped by prospect;
     * the latest event, the last answered follow-up and the chase streak after it are looked up per
     * prospect in the same index, latest first (journal order: date, then id), without a sort. A unary
     * {@code +} keeps the planner from taking the (type, date) index for those lookups instead.
     */
    static final String SUMMARIES = """
            SELECT p.id, %s,
                coalesce(le.date, p.first_contact) AS last_activity,
                coalesce(c.requests, 0) AS requests,
                coalesce(c.discounts, 0) AS discounts,
                coalesce(c.eye_level, 0) AS eye_level,
                coalesce(c.conceded, 0) AS conceded,
                coalesce(c.follow_ups, 0) AS follow_ups,
                (SELECT count(*) FROM events x WHERE x.prospect_id = p.id AND +x.type = 'FOLLOW_UP'
                    AND (la.id IS NULL OR (x.date, x.id) > (la.date, la.id))) AS chase_streak,
                CASE WHEN le.type = 'FOLLOW_UP' AND le.reply IN ('NONE', 'PUT_OFF') THEN le.date END
                    AS waiting_since
            FROM prospects p
            LEFT JOIN (SELECT prospect_id,
                    count(*) FILTER (WHERE type IN ('DISCOUNT', 'SCOPE')) AS requests,
                    count(*) FILTER (WHERE type = 'DISCOUNT') AS discounts,
                    count(*) FILTER (WHERE type IN ('DISCOUNT', 'SCOPE') AND response IN ('HELD', 'TRADED'))
                        AS eye_level,
                    count(*) FILTER (WHERE type IN ('DISCOUNT', 'SCOPE') AND response = 'CONCEDED') AS conceded,
                    count(*) FILTER (WHERE type = 'FOLLOW_UP') AS follow_ups
                FROM events GROUP BY prospect_id) c ON c.prospect_id = p.id
            LEFT JOIN events le ON le.id = (SELECT x.id FROM events x WHERE x.prospect_id = p.id
                ORDER BY x.date DESC, x.id DESC LIMIT 1)
            LEFT JOIN events la ON la.id = (SELECT x.id FROM events x WHERE x.prospect_id = p.id
                AND +x.type = 'FOLLOW_UP' AND +x.reply = 'ANSWERED' ORDER BY x.date DESC, x.id DESC LIMIT 1)
            ORDER BY p.name COLLATE NOCASE, p.id""".formatted(prefixed("p.", COLUMNS));

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
