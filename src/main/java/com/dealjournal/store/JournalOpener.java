package com.dealjournal.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;

/**
 * Checks a journal file and opens it. Every check that can refuse a file runs before anything is
 * written to it: the file is inspected through a read-only connection first, and only a file that
 * passes is opened for writing, backed up if it must be migrated, and migrated.
 */
final class JournalOpener {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private final Path file;
    private final Database.Mode mode;
    /** Whether SQLite's quick check of the whole file may wait for {@link Database#verify()}. */
    private final boolean checkLater;

    JournalOpener(Path file, Database.Mode mode, boolean verifyLater) {
        this.file = file.toAbsolutePath().normalize();
        this.mode = mode;
        this.checkLater = verifyLater && !mode.readsOnly();
    }

    Database open() throws JournalOpenException {
        if (Files.isDirectory(file)) {
            throw problem(JournalProblem.IS_FOLDER, null);
        }
        boolean exists = Files.exists(file);
        if (!exists && mode != Database.Mode.CREATE) {
            throw problem(JournalProblem.NOT_FOUND, null);
        }
        if (!exists) {
            create();
        } else {
            checkExistingFile();
        }
        int version = inspect();
        if (mode.readsOnly()) {
            return new Database(file, connect(true), null, null, version, true, null);
        }
        boolean checked = !deferred(version);
        // taken only after every check passed, so a refused file gets no lock file beside it
        WriterLock lock = WriterLock.acquire(file);
        try {
            Path backup = version >= 1 && version < Migrations.LATEST ? backUpBeforeMigration(version) : null;
            Connection connection = connect(false);
            try {
                Migrations.migrate(connection, version, Migrations.LATEST);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                throw problem(JournalProblem.CANNOT_OPEN, e.getMessage(), e);
            }
            return new Database(file, connection, lock, backup, Migrations.LATEST, checked, this::connectBeside);
        } catch (JournalOpenException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void create() throws JournalOpenException {
        Path folder = file.getParent();
        try {
            FileAccess.createPrivateDirectories(folder);
            if (!FileAccess.isWritable(folder)) {
                throw problem(JournalProblem.READ_ONLY, null);
            }
            FileAccess.createPrivateFile(file);
        } catch (IOException e) {
            throw problem(JournalProblem.CANNOT_CREATE, e.getMessage(), e);
        }
    }

    private void checkExistingFile() throws JournalOpenException {
        try {
            boolean empty = Files.size(file) == 0;
            if (empty && mode.readsOnly()) {
                throw problem(JournalProblem.NOT_A_JOURNAL, null);
            }
            if (!empty && !FileAccess.hasSqliteHeader(file)) {
                throw problem(JournalProblem.NOT_A_DATABASE, null);
            }
        } catch (AccessDeniedException e) {
            throw problem(JournalProblem.READ_ONLY, null, e);
        } catch (IOException e) {
            throw problem(JournalProblem.CANNOT_OPEN, e.getMessage(), e);
        }
        if (!mode.readsOnly()
                && (!FileAccess.isWritable(file) || !FileAccess.isWritable(file.getParent()))) {
            throw problem(JournalProblem.READ_ONLY, null);
        }
    }

    /** Reads the file's identity, version and health through a read-only connection; returns the version. */
    private int inspect() throws JournalOpenException {
        try (Connection connection = connect(true); Statement statement = connection.createStatement()) {
            int applicationId = pragmaInt(statement, "application_id");
            int version = pragmaInt(statement, "user_version");
            int objects = queryInt(statement, "SELECT count(*) FROM sqlite_schema");
            boolean blank = applicationId == 0 && version == 0 && objects == 0;
            if (!blank && applicationId != Database.APPLICATION_ID) {
                throw problem(JournalProblem.NOT_A_JOURNAL, null);
            }
            if (version > Migrations.LATEST) {
                throw problem(JournalProblem.TOO_NEW, version);
            }
            if (mode == Database.Mode.CHECK) {
                return version; // the full check is the caller's: it lists every problem
            }
            if (deferred(version)) {
                return version; // checked by Database.verify(), before the first write at the latest
            }
            try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(first)) {
                    throw problem(JournalProblem.DAMAGED, first);
                }
            }
            return version;
        } catch (SQLException e) {
            throw fromSql(e);
        }
    }

    /**
     * Whether the quick check waits: only for a journal at the latest schema, since a migration writes
     * and must never write into a damaged file.
     */
    private boolean deferred(int version) {
        return checkLater && version == Migrations.LATEST;
    }

    private Path backUpBeforeMigration(int version) throws JournalOpenException {
        String base = file.getFileName() + ".before-v" + Migrations.LATEST;
        Path backup = file.resolveSibling(base + ".bak");
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(base + "-" + n + ".bak");
        }
        try (Connection connection = connect(true)) {
            FileAccess.createPrivateFile(backup);
            ((SQLiteConnection) connection).getDatabase().backup("main", backup.toString(), null);
            return backup;
        } catch (SQLException | IOException e) {
            throw problem(JournalProblem.CANNOT_OPEN, "backup before migrating from version " + version
                    + " to " + backup + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * A read-only connection beside the writer's, for {@link Database#readTogether}: never immutable, since
     * the writer changes the file, and the second connection must see every commit.
     */
    private Connection connectBeside() throws JournalOpenException {
        return connect(true, false);
    }

    private Connection connect(boolean readOnly) throws JournalOpenException {
        return connect(readOnly, readOnly && !Files.exists(file.resolveSibling(file.getFileName() + "-wal")));
    }

    private Connection connect(boolean readOnly, boolean immutable) throws JournalOpenException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        try {
            return DriverManager.getConnection(url(immutable), config.toProperties());
        } catch (SQLException e) {
            throw fromSql(e);
        }
    }

    /**
     * A read-only connection to a WAL journal would create {@code -wal} and {@code -shm} files beside it
     * and could not remove them again. Where no {@code -wal} file exists, no connection has the journal
     * open, so a read-only open reads the file as immutable: SQLite then creates nothing and takes no
     * locks. A file that is refused is thus left without so much as a new file beside it.
     */
    private String url(boolean immutable) {
        // a file: URI, so that a path with '?', '#' or '%' in it is not read as options
        String uri = "jdbc:sqlite:" + file.toUri();
        return immutable ? uri + "?immutable=1" : uri;
    }

    private JournalOpenException fromSql(SQLException e) {
        return switch (e.getErrorCode() & 0xff) {
            case SQLITE_NOTADB -> problem(JournalProblem.NOT_A_DATABASE, null, e);
            case SQLITE_CORRUPT -> problem(JournalProblem.DAMAGED, e.getMessage(), e);
            case SQLITE_BUSY, SQLITE_LOCKED -> problem(JournalProblem.IN_USE, null, e);
            default -> problem(JournalProblem.CANNOT_OPEN, e.getMessage(), e);
        };
    }

    private static int pragmaInt(Statement statement, String pragma) throws SQLException {
        return queryInt(statement, "PRAGMA " + pragma);
    }

    private static int queryInt(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the open already failed; that failure is the one to report
        }
    }

    private JournalOpenException problem(JournalProblem problem, Object detail) {
        return new JournalOpenException(file, problem, detail);
    }

    private JournalOpenException problem(JournalProblem problem, Object detail, Throwable cause) {
        return new JournalOpenException(file, problem, detail, cause);
    }
}
