package com.dealjournal.store;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An open journal file and the repositories over its tables: what a window or a command works with. */
public final class Journal implements AutoCloseable {

    private final Database database;
    private final ProspectRepository prospects;
    private final EventRepository events;
    private final SettingsRepository settings;
    private final ReviewRepository review;

    private Journal(Database database) {
        this.database = database;
        this.prospects = new ProspectRepository(database);
        this.events = new EventRepository(database);
        this.settings = new SettingsRepository(database);
        this.review = new ReviewRepository(database);
    }

    /** Opens (and, in {@link Database.Mode#CREATE}, creates) a journal; see {@link Database#open}. */
    public static Journal open(Path file, Database.Mode mode) throws JournalOpenException {
        return new Journal(Database.open(file, mode));
    }

    public Path file() {
        return database.file();
    }

    public int schemaVersion() {
        return database.schemaVersion();
    }

    /** The copy of the file made before this open migrated it to a newer schema, if it did. */
    public Optional<Path> migrationBackup() {
        return database.migrationBackup();
    }

    public ProspectRepository prospects() {
        return prospects;
    }

    public EventRepository events() {
        return events;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public ReviewRepository review() {
        return review;
    }

    /** Puts a deleted prospect back with its events, all under their old ids, in one transaction. */
    public void restore(Prospect prospect, List<Event> itsEvents) {
        database.write(c -> {
            prospects.insertKeepingId(prospect);
            itsEvents.forEach(events::insertKeepingId);
            return null;
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
