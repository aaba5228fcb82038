package com.dealjournal.store;

import com.dealjournal.model.Event;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Prospect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

    /**
     * Opens a journal for a window: like {@link #open}, but SQLite's check of the whole file, which reads
     * every page, waits for {@link #verify} or the first write (see {@link Database#openVerifyingLater}).
     */
    public static Journal openVerifyingLater(Path file, Database.Mode mode) throws JournalOpenException {
        return new Journal(Database.openVerifyingLater(file, mode));
    }

    /** Runs the check of the whole file that {@link #openVerifyingLater} left for later; see {@link Database#verify}. */
    public void verify() throws JournalOpenException {
        database.verify();
    }

    /**
     * Opens a backup to read or restore from, read-only: refused like any journal (not SQLite, another
     * application's database, a newer schema, damaged), and also when it is an SQLite file without a
     * journal in it at all.
     */
    public static Journal openBackup(Path file) throws JournalOpenException {
        Journal backup = open(file, Database.Mode.READ_ONLY);
        if (backup.schemaVersion() < 1) {
            backup.close();
            throw new JournalOpenException(backup.file(), JournalProblem.NOT_A_JOURNAL, null);
        }
        return backup;
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

    /** Runs work that writes through the repositories as one transaction: all of it is kept, or none. */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return database.write(c -> work.get());
    }

    /** Puts a deleted prospect back with its events, all under their old ids, in one transaction. */
    public void restore(Prospect prospect, List<Event> itsEvents) {
        database.write(c -> {
            prospects.insertKeepingId(prospect);
            itsEvents.forEach(events::insertKeepingId);
            return null;
        });
    }

    /** Everything the journal holds, for an export: prospects in the order they were added, with their events. */
    public JournalContent content() {
        return database.read(c -> ContentTransfer.read(c, settings.defaultCurrency()));
    }

    /**
     * Adds an import's prospects and events in one transaction: all of them, or, on any error, none.
     * They get new ids, so they never collide with what the journal holds. Into a journal that holds no
     * prospects yet, the import's default currency becomes the journal's.
     */
    public void add(JournalContent content) {
        database.write(c -> {
            if (prospects.count() == 0 && !content.defaultCurrency().equals(settings.defaultCurrency())) {
                settings.setDefaultCurrency(content.defaultCurrency());
            }
            ContentTransfer.write(c, content);
            return null;
        });
    }

    /**
     * SQLite's {@code integrity_check} and {@code foreign_key_check} of the whole file: every problem as a
     * line, or an empty list when the journal is sound.
     */
    public List<String> check() {
        return database.read(c -> {
            List<String> problems = new java.util.ArrayList<>();
            Sql.list(c, "PRAGMA integrity_check", Sql.Binder.NONE, row -> row.getString(1)).stream()
                    .filter(line -> !"ok".equals(line)).forEach(problems::add);
            problems.addAll(Sql.list(c, "PRAGMA foreign_key_check", Sql.Binder.NONE, row ->
                    "row " + row.getLong("rowid") + " of " + row.getString("table") + " refers to a missing row of "
                            + row.getString("parent")));
            return problems;
        });
    }

    /**
     * Copies the journal with SQLite's online backup to {@code target}, consistent even while another
     * connection writes; written beside the target and moved into place only when complete.
     */
    public void backUpTo(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
        try {
            int rc = database.read(c -> ((org.sqlite.SQLiteConnection) c).getDatabase().backup("main",
                    temporary.toString(), null));
            if (rc != 0) {
                throw new IOException("SQLite error " + rc + " while copying " + file() + " to " + target);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Replaces this journal's whole content with a backup's, which must be a journal ({@link #openBackup}).
     * The backup itself is only read: it is copied into a private folder beside this journal, the copy is
     * migrated when it is at an older schema version, and that copy then replaces the content through
     * SQLite's online restore on this journal's connection, all at once. A refused backup changes nothing.
     */
    public void restoreFrom(Path backup) throws JournalOpenException, IOException {
        Path work = Files.createTempDirectory(file().getParent(), ".restore-");
        try {
            Path copy = work.resolve("restore.db");
            int version;
            try (Journal source = openBackup(backup)) {
                version = source.schemaVersion();
                source.backUpTo(copy);
            }
            if (version < Migrations.LATEST) {
                try {
                    Database.open(copy, Database.Mode.EXISTING).close(); // migrates the copy, never the backup
                } catch (JournalOpenException e) {
                    throw new JournalOpenException(backup, e.problem(), e.detail(), e);
                }
            }
            database.restoreFrom(copy);
        } finally {
            deleteAll(work);
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
