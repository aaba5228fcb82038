package com.dealjournal.store;

import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The {@code prospects} table. Only valid prospects are written. */
public final class ProspectRepository {

    private static final String COLUMNS = "name, company, contact, source, first_contact, status, closed_on, currency,"
            + " list_price_cents, walk_away_price_cents, final_price_cents, gut_feeling, notes";
    private static final String INSERT = "INSERT INTO prospects (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE prospects SET name = ?, company = ?, contact = ?, source = ?,"
            + " first_contact = ?, status = ?, closed_on = ?, currency = ?, list_price_cents = ?,"
            + " walk_away_price_cents = ?, final_price_cents = ?, gut_feeling = ?, notes = ? WHERE id = ?";
    private static final String DELETE = "DELETE FROM prospects WHERE id = ?";
    private static final String FIND = "SELECT id, " + COLUMNS + " FROM prospects WHERE id = ?";
    private static final String FIND_ALL = "SELECT id, " + COLUMNS + " FROM prospects ORDER BY name COLLATE NOCASE, id";
    private static final String COUNT = "SELECT count(*) FROM prospects";

    private final Database database;

    public ProspectRepository(Database database) {
        this.database = database;
    }

    /** Saves a new prospect and returns it with its id. */
    public Prospect insert(Prospect prospect) {
        prospect.requireValid();
        return database.write(c -> prospect.withId(Sql.insert(c, INSERT, s -> bind(s, prospect))));
    }

    /** Saves changes to a prospect; returns whether it still existed. */
    public boolean update(Prospect prospect) {
        prospect.requireValid();
        return database.write(c -> Sql.update(c, UPDATE, s -> {
            bind(s, prospect);
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

    public int count() {
        return database.read(c -> Sql.integer(c, COUNT));
    }

    private static void bind(PreparedStatement s, Prospect p) throws SQLException {
        Columns.text(s, 1, p.name());
        Columns.text(s, 2, p.company());
        Columns.text(s, 3, p.contact());
        Columns.text(s, 4, p.source());
        Columns.date(s, 5, p.firstContact());
        Columns.word(s, 6, p.status());
        Columns.date(s, 7, p.closedOn());
        Columns.text(s, 8, p.currency().getCurrencyCode());
        Columns.hundredths(s, 9, p.listPrice());
        Columns.hundredths(s, 10, p.walkAwayPrice());
        Columns.hundredths(s, 11, p.finalPrice());
        Columns.integer(s, 12, p.gutFeeling());
        Columns.text(s, 13, p.notes());
    }

    private static Prospect map(ResultSet rs) throws SQLException {
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
