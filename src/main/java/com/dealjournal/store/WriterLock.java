package com.dealjournal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The promise that one process writes a journal at a time: a file {@code <journal>.lock} beside the
 * journal, created exclusively when the journal is opened for writing, naming the process that holds it,
 * and removed when the journal is closed. Readers (a backup, a report, a check) take no lock.
 *
 * <p>A lock file left behind by a process that died is recognised, because that process no longer runs
 * (the process id and its start time must both match a living process), and is taken over. The lock is
 * the application's courtesy to the user, saying which file is in use; the journal's safety does not
 * depend on it, since SQLite's own locks keep every transaction whole even between processes.
 *
 * <p>No file lock of the operating system is used: on POSIX systems those are dropped as soon as the
 * process closes any handle to the file, which any second open attempt would do.
 */
final class WriterLock implements AutoCloseable {

    /** How long an empty lock file counts as one being written by a process that is starting. */
    private static final Duration BEING_WRITTEN = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 3;

    private final Path lockFile;
    private final String owner;

    private WriterLock(Path lockFile, String owner) {
        this.lockFile = lockFile;
        this.owner = owner;
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
        String me = describe(ProcessHandle.current());
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                try {
                    FileAccess.createPrivateFile(lockFile); // atomic: fails when the file exists
                    Files.writeString(lockFile, me, StandardCharsets.UTF_8);
                    return new WriterLock(lockFile, me);
                } catch (FileAlreadyExistsException held) {
                    if (heldByALivingProcess(lockFile)) {
                        throw new JournalOpenException(journal, JournalProblem.OPEN_ELSEWHERE, null);
                    }
                    Files.deleteIfExists(lockFile); // left behind by a process that died: take it over
                }
            }
        } catch (IOException e) {
            throw new JournalOpenException(journal, JournalProblem.CANNOT_OPEN,
                    "the lock file " + lockFile + " cannot be used: " + e.getMessage(), e);
        }
        throw new JournalOpenException(journal, JournalProblem.OPEN_ELSEWHERE, null);
    }

    /** "pid 1234 started 2026-11-28T10:00:00.120Z": enough to tell this process from a later one of that id. */
    private static String describe(ProcessHandle process) {
        return "pid " + process.pid() + " started "
                + process.info().startInstant().map(Instant::toString).orElse("unknown") + "\n";
    }

    private static boolean heldByALivingProcess(Path lockFile) throws IOException {
        String content;
        try {
            content = Files.readString(lockFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException released) {
            return false;
        } catch (java.nio.charset.CharacterCodingException garbled) {
            return false;
        }
        Optional<Long> pid = pid(content);
        if (pid.isEmpty()) {
            // empty or garbled: a process may be writing it this very moment, unless it is old
            return Files.getLastModifiedTime(lockFile).toInstant().isAfter(Instant.now().minus(BEING_WRITTEN));
        }
        return ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)
                .map(process -> describe(process).equals(content.strip() + "\n"))
                .orElse(false);
    }

    private static Optional<Long> pid(String content) {
        String[] words = content.strip().split(" ");
        if (words.length != 4 || !words[0].equals("pid") || !words[2].equals("started")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(words[1]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Removes the lock file, if it is still this lock's. */
    @Override
    public void close() {
        try {
            if (owner.equals(Files.readString(lockFile, StandardCharsets.UTF_8))) {
                Files.delete(lockFile);
            }
        } catch (IOException ignored) {
            // a lock file left behind names a process that no longer writes: the next writer takes it over
        }
    }
}
