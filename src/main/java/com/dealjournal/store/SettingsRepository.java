package com.dealjournal.store;

import com.dealjournal.model.Chase;
import java.util.Currency;
import java.util.Optional;

/** The {@code settings} table: the journal's own settings, each a key with a text value. */
public final class SettingsRepository {

    static final String CHASE_LIMIT = "chase_limit";
    static final String DEFAULT_CURRENCY = "default_currency";
    static final String BACKUPS_KEPT = "backups_kept";
    static final String DEMO = "demo";
    /** How many automatic backups of the journal are kept when the user has not chosen a number. */
    public static final int DEFAULT_BACKUPS_KEPT = 7;
    public static final int MIN_BACKUPS_KEPT = 1;
    public static final int MAX_BACKUPS_KEPT = 100;
    /** The schema version that added the settings table; an older journal opened read-only has none. */
    static final int SINCE_VERSION = 3;

    private static final String GET = "SELECT value FROM settings WHERE key = ?";
    private static final String PUT = "INSERT INTO settings (key, value) VALUES (?, ?)"
            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value";

    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    /** How many unanswered follow-ups in a row are enough; the next one is excess. Default 2. */
    public int chaseLimit() {
        return get(CHASE_LIMIT).map(Integer::parseInt)
                .filter(limit -> limit >= Chase.MIN_LIMIT && limit <= Chase.MAX_LIMIT)
                .orElse(Chase.DEFAULT_LIMIT);
    }

    public void setChaseLimit(int limit) {
        if (limit < Chase.MIN_LIMIT || limit > Chase.MAX_LIMIT) {
            throw new IllegalArgumentException("chase limit " + limit + " is outside "
                    + Chase.MIN_LIMIT + "-" + Chase.MAX_LIMIT);
        }
        put(CHASE_LIMIT, Integer.toString(limit));
    }

    /** The currency of new prospects. Default EUR. */
    public Currency defaultCurrency() {
        return get(DEFAULT_CURRENCY).map(Currency::getInstance).orElse(Currency.getInstance("EUR"));
    }

    public void setDefaultCurrency(Currency currency) {
        put(DEFAULT_CURRENCY, currency.getCurrencyCode());
    }

    /** How many backups of the journal its backups folder keeps; older ones are deleted. Default 7. */
    public int backupsKept() {
        return get(BACKUPS_KEPT).flatMap(SettingsRepository::wholeNumber)
                .filter(kept -> kept >= MIN_BACKUPS_KEPT && kept <= MAX_BACKUPS_KEPT)
                .orElse(DEFAULT_BACKUPS_KEPT);
    }

    public void setBackupsKept(int kept) {
        if (kept < MIN_BACKUPS_KEPT || kept > MAX_BACKUPS_KEPT) {
            throw new IllegalArgumentException("backups kept " + kept + " is outside "
                    + MIN_BACKUPS_KEPT + "-" + MAX_BACKUPS_KEPT);
        }
        put(BACKUPS_KEPT, Integer.toString(kept));
    }

    /**
     * Whether the journal holds the made-up year of the {@code demo} generator rather than someone's own
     * prospects: the window says so in its title and offers to switch to the user's own journal.
     */
    public boolean isDemo() {
        return get(DEMO).map(value -> "true".equals(value.strip())).orElse(false);
    }

    /** Marks the journal as a demo journal; only the demo generator does this. */
    public void markAsDemo() {
        put(DEMO, "true");
    }

    /** A number written by hand into the file may be anything: what is not a number counts as unset. */
    private static Optional<Integer> wholeNumber(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<String> get(String key) {
        if (database.schemaVersion() < SINCE_VERSION) {
            return Optional.empty(); // the defaults, until the journal is opened for writing and updated
        }
        return database.read(c -> Sql.one(c, GET, s -> s.setString(1, key), row -> row.getString(1)));
    }

    private void put(String key, String value) {
        database.write(c -> Sql.update(c, PUT, s -> {
            s.setString(1, key);
            s.setString(2, value);
        }));
    }
}
