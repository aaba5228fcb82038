package com.dealjournal.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BiFunction;

/**
 * One open journal file: a JDBC connection used by one thread at a time. Reads run as they are; every
 * write runs as one transaction that is committed whole or rolled back whole. Two large reads can run
 * side by side ({@link #readTogether}), the second on a read-only connection of its own.
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

    /** Opens a further read-only connection to the same file. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws JournalOpenException;
    }

    private final Path file;
    private final Connection connection;
    private final SideReader side;
    private final boolean readOnly;
    private final WriterLock writerLock;
    private final Path migrationBackup;
    private final int schemaVersion;
    /** Whether SQLite's quick check of the whole file has passed (or was not asked for, as when reading). */
    private boolean verified;

    /**
     * @param writerLock the lock that makes this the journal's one writer; {@code null} to open it read-only
     * @param verified   whether the file was checked while opening; if not, {@link #verify} runs before the first write
     * @param readers    opens the read-only connection {@link #readTogether} reads beside this one on;
     *                   null to read one half after the other (a journal opened read-only, which may be
     *                   read as immutable, keeps to its one connection)
     */
    Database(Path file, Connection connection, WriterLock writerLock, Path migrationBackup, int schemaVersion,
             boolean verified, Connector readers) {
        this.file = file;
        this.connection = connection;
        this.side = new SideReader(readers);
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
            throw readFailed(e);
        }
    }

    /**
     * Runs two pieces of read-only work side by side and combines their results: {@code here} on this
     * thread and connection, {@code beside} on a thread and read-only connection of its own, so that a
     * large read takes the time of the longer half on a machine with two cores. Nothing is written
     * meanwhile (this journal's writes wait for it, and no other program writes while the window holds
     * the writer's lock), so both halves read the same committed journal. Inside a write, whose changes
     * only this connection sees, or when the second connection cannot be opened, both halves run here,
     * one after the other.
     */
    public synchronized <A, B, R> R readTogether(SqlWork<A> here, SqlWork<B> beside, BiFunction<A, B, R> both) {
        FutureTask<B> task = insideWriteOrClosed() ? null : side.start(beside);
        if (task == null) {
            return both.apply(read(here), read(beside));
        }
        A first;
        try {
            first = read(here);
        } catch (RuntimeException | Error e) {
            // the second connection is this journal's only while the monitor is held: wait for it either way
            awaitQuietly(task);
            throw e;
        }
        return both.apply(first, result(task));
    }

    private static void awaitQuietly(FutureTask<?> task) {
        try {
            await(task);
        } catch (ExecutionException ignored) {
            // the first half's failure is the one reported
        }
    }

    private <B> B result(FutureTask<B> task) {
        try {
            return await(task);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw readFailed(sql);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new StoreException("reading " + file + " failed: " + cause, cause);
        }
    }

    /**
     * Waits for the second half even when interrupted (and interrupts again afterwards): its connection
     * must be free before the lock is given up, or the next read would use it from two threads.
     */
    private static <B> B await(FutureTask<B> task) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private StoreException readFailed(SQLException e) {
        return new StoreException("reading " + file + " failed: " + e.getMessage(), e);
    }

    /** Inside a write only this connection sees its changes; a closed journal reports its own failure. */
    private boolean insideWriteOrClosed() {
        try {
            return connection.isClosed() || !connection.getAutoCommit();
        } catch (SQLException e) {
            return true;
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
            try {
                side.close(); // first: the last connection to close takes the write-ahead log away
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            throw new StoreException("closing " + file + " failed: " + e.getMessage(), e);
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
        }
    }
}
