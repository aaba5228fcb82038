package com.dealjournal.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The promise that one process writes a journal at a time: an exclusive lock on {@code <journal>.lock}
 * beside the journal, held for as long as the journal is open for writing, released by the operating
 * system if the process dies, and removed when the journal is closed. Readers (a backup, a report, a
 * check) take no lock.
 *
 * <p>The lock is on a file of its own, never on the journal: on POSIX systems a process's locks on a
 * file are dropped when it closes any handle to that file, which would silently undo SQLite's own locks.
 * Because the file is removed on close, a process could lock a file that another has just removed;
 * so after locking, each process writes a token of its own through the lock and reads it back by name,
 * and only a match proves that the lock it holds is the one on the file everybody else will find.
 */
final class WriterLock implements AutoCloseable {

    private static final int ATTEMPTS = 5;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a journal. */
    static Path fileOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".lock");
    }

    /**
     * Takes the journal's writer lock without waiting.
     *
     * @throws JournalOpenException {@link JournalProblem#OPEN_ELSEWHERE} when another window or command
     *                              (in this process or another) has the journal open for writing
     */
    static WriterLock acquire(Path journal) throws JournalOpenException {
        Path lockFile = fileOf(journal);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            FileChannel channel = null;
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    throw elsewhere(journal, channel, null);
                }
                if (ownsTheNamedFile(lockFile, channel)) {
                    return new WriterLock(lockFile, channel, lock);
                }
                closeQuietly(channel); // the file was removed under us by a writer closing: try again
            } catch (OverlappingFileLockException e) {
                throw elsewhere(journal, channel, e);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new JournalOpenException(journal, JournalProblem.CANNOT_OPEN,
                        "the lock file " + lockFile + " cannot be used: " + e.getMessage(), e);
            }
        }
        throw new JournalOpenException(journal, JournalProblem.OPEN_ELSEWHERE, null);
    }

    /** Writes a token through the locked channel and checks that the file of that name holds it. */
    private static boolean ownsTheNamedFile(Path lockFile, FileChannel channel) throws IOException {
        String token = "Deal Journal writer, process " + ProcessHandle.current().pid() + ", " + System.nanoTime()
                + "\n";
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0);
        channel.force(false);
        try {
            return Files.readString(lockFile).equals(token);
        } catch (java.nio.file.NoSuchFileException removed) {
            return false;
        }
    }

    private static JournalOpenException elsewhere(Path journal, FileChannel channel, Throwable cause) {
        closeQuietly(channel);
        return new JournalOpenException(journal, JournalProblem.OPEN_ELSEWHERE, null, cause);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(lockFile); // while still holding the lock, so nobody else can be using it
        } catch (IOException ignored) {
            // a lock file left behind is harmless: the next writer locks it again
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
