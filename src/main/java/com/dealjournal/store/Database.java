package com.dealjournal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * One open journal file: a single JDBC connection used by one thread at a time. Reads run as they
 * are; every write runs as one transaction that is committed whole or rolled back whole.
 * Open one with {@link #open(Path, Mode)}, which checks the file before it touches it.
 */
public final class Database implements AutoCloseable {

    /** Written into every journal's header ({@code PRAGMA application_id}): "DJRN". */
    public static final int APPLICATION_ID = 0x444A524E;
    /** How long a connection waits for another one's lock before it reports the journal busy. */
    public static final int BUSY_TIMEOUT_MILLIS = 5_000;

    /** How a journal file is to be opened. */
    public enum Mode {
        /** Open the file for writing, creating a new journal when there is none. */
        CREATE,
        /** Open an existing journal for writing; a missing file is an error. */
        EXISTING,
        /** Open an existing journal for reading only: never migrated, never written. */
        READ_ONLY,
        /**
         * Like {@link #READ_ONLY}, but a journal that fails SQLite's quick check is opened anyway, so that
         * {@link Journal#check()} can list what is wrong with it.
         */
        CHECK;

        /** Whether this mode only ever reads. */
        public boolean readsOnly() {
            return this == READ_ONLY || this == CHECK;
        }
    }

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final WriterLock writerLock;
    private final Path migrationBackup;
    private final int schemaVersion;
    /** Whether SQLite's quick check of the whole file has passed (or was not asked for, as when reading). */
    private boolean verified;

    /**
     * @param writerLock the lock that makes this the journal's one writer; {@code null} to open it read-only
     * @param verified   whether the file was checked while opening; if not, {@link #verify} runs before the first write
     */
    Database(Path file, Connection connection, WriterLock writerLock, Path migrationBackup, int schemaVersion,
             boolean verified) {
        this.file = file;
        this.connection = connection;
        this.writerLock = writerLock;
        this.readOnly = writerLock == null;
        this.migrationBackup = migrationBackup;
        this.schemaVersion = schemaVersion;
        this.verified = verified;
    }

    /**
     * Opens a journal, after checking that it is one this build can use. A file that fails a check is
     * left byte-for-byte as it was. An existing journal at an older schema version is first copied to
     * {@code <file>.before-v<N>.bak} and then migrated.
     */
    public static Database open(Path file, Mode mode) throws JournalOpenException {
        return new JournalOpener(file, mode, false).open();
    }

    /**
     * Opens a journal like {@link #open}, but leaves SQLite's quick check of the whole file, which reads
     * every page, for {@link #verify} or the first write, whichever comes first, so that a window can show
     * the journal before it has been read through. A journal that must be migrated is checked at once.
     */
    public static Database openVerifyingLater(Path file, Mode mode) throws JournalOpenException {
        return new JournalOpener(file, mode, true).open();
    }

    /**
     * Runs SQLite's quick check of the whole file if the open left it for later; once it has passed, this
     * does nothing. A closed journal has nothing left to check.
     *
     * @throws JournalOpenException {@link JournalProblem#DAMAGED} with what SQLite found, if the check fails
     */
    public synchronized void verify() throws JournalOpenException {
        if (verified) {
            return;
        }
        try {
            if (connection.isClosed()) {
                return;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    throw new JournalOpenException(file, JournalProblem.DAMAGED, first);
                }
            }
            verified = true;
        } catch (SQLException e) {
            throw new JournalOpenException(file, JournalProblem.DAMAGED, e.getMessage(), e);
        }
    }

    /** The journal file, as an absolute path. */
    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The copy made before this open migrated the file, if it did. */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(migrationBackup);
    }

    /** The schema version the file is at ({@code PRAGMA user_version}), as read or migrated to on open. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Runs read-only work. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("reading " + file + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs work as one transaction: all of it is committed, or none of it is. Work that itself calls
     * {@code write} (a repository inside an import, say) joins the transaction already open.
     */
    public synchronized <T> T write(SqlWork<T> work) {
        if (readOnly) {
            throw new IllegalStateException(file + " is open for reading only");
        }
        requireVerified();
        try {
            if (!connection.getAutoCommit()) {
                // called from inside another write: that write commits or rolls back all of it
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("writing " + file + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the whole content of this journal with that of another SQLite file, through SQLite's online
     * restore on this connection: all pages at once, so the journal holds either its old content or the
     * new one. The source is opened read-only; it must be a journal at this journal's schema version.
     */
    synchronized void restoreFrom(Path source) {
        if (readOnly) {
            throw new IllegalStateException(file + " is open for reading only");
        }
        requireVerified();
        try {
            int rc = ((org.sqlite.SQLiteConnection) connection).getDatabase().restore("main", source.toString(), null);
            if (rc != 0) {
                throw new StoreException("restoring " + file + " from " + source + " failed: SQLite error " + rc, null);
            }
        } catch (SQLException e) {
            throw new StoreException("restoring " + file + " from " + source + " failed: " + e.getMessage(), e);
        }
    }

    /** Nothing is written into a file before it has passed its check: a damaged file is not made worse. */
    private void requireVerified() {
        try {
            verify();
        } catch (JournalOpenException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + file + " failed: " + e.getMessage(), e);
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
        }
    }
}
