package com.dealjournal.store;

import com.dealjournal.model.Event;
import com.dealjournal.model.EventType;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code events} table: every kind of event in one table, the columns a kind does not use left
 * NULL. Only valid events are written. Within a date, events keep the order they were saved in.
 */
public final class EventRepository {

    static final String COLUMNS = "prospect_id, date, type, initiator, response, reply,"
            + " asked_percent_hundredths, asked_amount_cents, conceded_amount_cents, value_cents, traded_for, note";
    static final String INSERT = "INSERT INTO events (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE events SET prospect_id = ?, date = ?, type = ?, initiator = ?,"
            + " response = ?, reply = ?, asked_percent_hundredths = ?, asked_amount_cents = ?,"
            + " conceded_amount_cents = ?, value_cents = ?, traded_for = ?, note = ? WHERE id = ?";
    private static final String INSERT_KEEPING_ID =
            "INSERT INTO events (id, " + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String DELETE = "DELETE FROM events WHERE id = ?";
    private static final String COUNT_BY_RESPONSE = countsByAnswer("response", Response.values());
    private static final String COUNT_BY_INITIATOR = countsByAnswer("initiator", Initiator.values());
    private static final String COUNT_BY_REPLY = countsByAnswer("reply", Reply.values());
    private static final String FIND = "SELECT id, " + COLUMNS + " FROM events WHERE id = ?";
    private static final String FIND_BY_PROSPECT =
            "SELECT id, " + COLUMNS + " FROM events WHERE prospect_id = ? ORDER BY date, id";
    private static final String COUNT = "SELECT count(*) FROM events";
    private static final String FIND_ALL = "SELECT id, " + COLUMNS + " FROM events ORDER BY prospect_id, date, id";

    private final Database database;

    public EventRepository(Database database) {
        this.database = database;
    }

    /** Saves a new event and returns it with its id. */
    public Event insert(Event event) {
        event.requireValid();
        return database.write(c -> event.withId(Sql.insert(c, INSERT, s -> bind(s, event, 0))));
    }

    /** Saves an event under the id it had, as when a deletion is undone; it keeps its place in its date. */
    public Event insertKeepingId(Event event) {
        event.requireValid();
        return database.write(c -> event.withId(Sql.insert(c, INSERT_KEEPING_ID, s -> {
            s.setLong(1, event.id());
            bind(s, event, 1);
        })));
    }

    /**
     * How often each answer ({@link Response}, {@link Initiator} or {@link Reply}) was logged for events
     * of a type, journal-wide; answers never logged are absent.
     */
    public <E extends Enum<E>> Map<E, Integer> answerCounts(EventType type, Class<E> answer) {
        String sql = answer == Response.class ? COUNT_BY_RESPONSE
                : answer == Initiator.class ? COUNT_BY_INITIATOR
                : answer == Reply.class ? COUNT_BY_REPLY
                : null;
        if (sql == null) {
            throw new IllegalArgumentException("not an answer of an event: " + answer);
        }
        E[] answers = answer.getEnumConstants();
        return database.read(c -> Sql.one(c, sql, s -> s.setString(1, type.name()), row -> {
            Map<E, Integer> counts = new EnumMap<>(answer);
            for (int i = 0; i < answers.length; i++) {
                int n = row.getInt(i + 1);
                if (n > 0) {
                    counts.put(answers[i], n);
                }
            }
            return counts;
        }).orElseThrow());
    }

    /**
     * One row of counts, one per answer in the enum's order: {@code count(*) FILTER} over the events of a
     * type, which SQLite counts as it reads them from the (type, …) index; grouping by the answer instead
     * sorted every event of the type first (twice as long at 10,000 prospects).
     */
    private static String countsByAnswer(String column, Enum<?>[] answers) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < answers.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("count(*) FILTER (WHERE ").append(column).append(" = '")
                    .append(answers[i].name()).append("')");
        }
        return sql.append(" FROM events WHERE type = ?").toString();
    }

    /** Saves changes to an event; returns whether it still existed. */
    public boolean update(Event event) {
        event.requireValid();
        return database.write(c -> Sql.update(c, UPDATE, s -> {
            bind(s, event, 0);
            s.setLong(13, event.id());
        }) == 1);
    }

    public boolean delete(long id) {
        return database.write(c -> Sql.update(c, DELETE, s -> s.setLong(1, id)) == 1);
    }

    public Optional<Event> find(long id) {
        return database.read(c -> Sql.one(c, FIND, s -> s.setLong(1, id), EventRepository::map));
    }

    /** A prospect's events, oldest first, and within a date in the order they were logged. */
    public List<Event> findByProspect(long prospectId) {
        return database.read(c -> Sql.list(c, FIND_BY_PROSPECT, s -> s.setLong(1, prospectId), EventRepository::map));
    }

    /** Every event of the journal, by prospect, then in journal order. */
    public List<Event> findAll() {
        return database.read(c -> Sql.list(c, FIND_ALL, Sql.Binder.NONE, EventRepository::map));
    }

    public int count() {
        return database.read(c -> Sql.integer(c, COUNT));
    }

    /** Binds the event's columns to parameters {@code offset + 1} to {@code offset + 12}. */
    static void bind(PreparedStatement s, Event event, int offset) throws SQLException {
        s.setLong(offset + 1, event.prospectId());
        Columns.date(s, offset + 2, event.date());
        Columns.word(s, offset + 3, event.type());
        Initiator initiator = null;
        Response response = null;
        Reply reply = null;
        BigDecimal askedPercent = null;
        BigDecimal askedAmount = null;
        BigDecimal conceded = null;
        BigDecimal value = null;
        String tradedFor = null;
        switch (event) {
            case Event.Discount d -> {
                initiator = Initiator.THEM;
                response = d.response();
                askedPercent = d.askedPercent();
                askedAmount = d.askedAmount();
                conceded = d.concededAmount();
                tradedFor = d.tradedFor();
            }
            case Event.Scope sc -> {
                initiator = sc.initiator();
                response = sc.response();
                value = sc.value();
                tradedFor = sc.tradedFor();
            }
            case Event.FollowUp f -> reply = f.reply();
            case Event.Note n -> {
                // a note has nothing but its date and text
            }
        }
        Columns.word(s, offset + 4, initiator);
        Columns.word(s, offset + 5, response);
        Columns.word(s, offset + 6, reply);
        Columns.hundredths(s, offset + 7, askedPercent);
        Columns.hundredths(s, offset + 8, askedAmount);
        Columns.hundredths(s, offset + 9, conceded);
        Columns.hundredths(s, offset + 10, value);
        Columns.text(s, offset + 11, tradedFor);
        Columns.text(s, offset + 12, event.note());
    }

    static Event map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        long prospectId = rs.getLong("prospect_id");
        var date = Columns.date(rs, "date");
        String note = Columns.text(rs, "note");
        Response response = Columns.word(rs, "response", Response.class);
        String tradedFor = Columns.text(rs, "traded_for");
        return switch (Columns.word(rs, "type", EventType.class)) {
            case DISCOUNT -> new Event.Discount(id, prospectId, date,
                    Columns.hundredths(rs, "asked_percent_hundredths"), Columns.hundredths(rs, "asked_amount_cents"),
                    response, Columns.hundredths(rs, "conceded_amount_cents"), tradedFor, note);
            case SCOPE -> new Event.Scope(id, prospectId, date, Columns.word(rs, "initiator", Initiator.class),
                    response, Columns.hundredths(rs, "value_cents"), tradedFor, note);
            case FOLLOW_UP -> new Event.FollowUp(id, prospectId, date, Columns.word(rs, "reply", Reply.class), note);
            case NOTE -> new Event.Note(id, prospectId, date, note);
        };
    }
}
