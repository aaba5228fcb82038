package com.dealjournal.io;

import com.dealjournal.store.Journal;
import com.dealjournal.store.JournalOpenException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The journal's backups in a folder {@code backups/} beside it, each a consistent copy made with SQLite's
 * online backup and named {@code <journal name>-<date>T<time>.db}, such as {@code journal-2026-11-28T101502.db}
 * (a second one within the same second gets {@code _02}, {@code _03} … before {@code .db}), so that sorting
 * by name sorts by time. Of those, the newest {@link com.dealjournal.store.SettingsRepository#backupsKept()}
 * are kept; other files in the folder are never touched. All of it is file and database work: call it off
 * the FX thread.
 */
public final class RollingBackups {

    /** The folder beside the journal that holds its backups. */
    public static final String FOLDER = "backups";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");
    private static final Pattern ANY_BACKUP = Pattern.compile(".+-(\\d{4}-\\d{2}-\\d{2}T\\d{6})(?:_\\d{2})?\\.db");
    private static final int MOST_IN_ONE_SECOND = 99;

    /** A backup as the user is asked about it before restoring: when it was made and how much it holds. */
    public record BackupInfo(Path file, LocalDateTime madeAt, int prospects) {
    }

    private final Clock clock;

    /** @param clock what "now" and "today" are: the time in a backup's name and the day of the daily backup */
    public RollingBackups(Clock clock) {
        this.clock = clock;
    }

    /** Where the backups of the journal {@code file} are kept. Only computes the path; touches nothing. */
    public static Path folderOf(Path journalFile) {
        return journalFile.toAbsolutePath().getParent().resolve(FOLDER);
    }

    /**
     * The backup of the day: makes one, and deletes the oldest beyond the number kept, unless the folder
     * already holds a backup of this journal made today.
     *
     * @return the backup made, or empty when there already was one of today
     */
    public Optional<Path> backUpIfNoneToday(Journal journal) throws IOException {
        LocalDate today = LocalDate.now(clock);
        boolean madeToday = backupsOf(journal.file()).stream()
                .anyMatch(backup -> stampOf(backup).toLocalDate().equals(today));
        return madeToday ? Optional.empty() : Optional.of(backUpNow(journal));
    }

    /** Makes a backup now, whatever backups there are, then deletes the oldest beyond the number kept. */
    public Path backUpNow(Journal journal) throws IOException {
        Path backup = backUp(journal);
        prune(journal);
        return backup;
    }

    /**
     * Replaces the journal's content with the backup's. The backup is checked first, and a refused one
     * changes nothing; then the current content is backed up into the folder, and only then replaced.
     * The oldest backups beyond the number kept (as the restored content says) are deleted last, so the
     * file restored from is still there while it is read.
     *
     * @return the backup of the content as it was before the restore
     */
    public Path restore(Journal journal, Path backup) throws JournalOpenException, IOException {
        Journal.openBackup(backup).close();
        Path before = backUp(journal);
        journal.restoreFrom(backup);
        prune(journal);
        return before;
    }

    /** Reads what the user is asked about before restoring; a file that is no journal is refused. */
    public BackupInfo describe(Path backup) throws JournalOpenException, IOException {
        try (Journal content = Journal.openBackup(backup)) {
            Matcher name = ANY_BACKUP.matcher(backup.getFileName().toString());
            LocalDateTime madeAt = name.matches() ? LocalDateTime.parse(name.group(1), STAMP)
                    : LocalDateTime.ofInstant(Files.getLastModifiedTime(backup).toInstant(), zone());
            return new BackupInfo(content.file(), madeAt, content.prospects().count());
        }
    }

    /** The backups of this journal in its folder, oldest first; other files there are not among them. */
    public List<Path> backupsOf(Path journalFile) throws IOException {
        Path folder = folderOf(journalFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern ours = patternFor(journalFile);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> ours.matcher(file.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private Path backUp(Journal journal) throws IOException {
        Path folder = createPrivateFolder(folderOf(journal.file()));
        String base = stem(journal.file()) + "-" + LocalDateTime.now(clock).format(STAMP);
        Path target = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(target); n++) {
            if (n > MOST_IN_ONE_SECOND) {
                throw new IOException("more than " + MOST_IN_ONE_SECOND + " backups in one second in " + folder);
            }
            target = folder.resolve(base + "_%02d.db".formatted(n));
        }
        journal.backUpTo(target);
        return target;
    }

    /** Deletes this journal's oldest backups beyond the number its settings keep; returns those deleted. */
    List<Path> prune(Journal journal) throws IOException {
        List<Path> backups = backupsOf(journal.file());
        int kept = journal.settings().backupsKept();
        List<Path> deleted = new ArrayList<>();
        for (Path old : backups.subList(0, Math.max(0, backups.size() - kept))) {
            Files.deleteIfExists(old);
            deleted.add(old);
        }
        return deleted;
    }

    private static LocalDateTime stampOf(Path backup) {
        Matcher name = ANY_BACKUP.matcher(backup.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException(backup + " is not named like a backup");
        }
        return LocalDateTime.parse(name.group(1), STAMP);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** The names of this journal's backups only: {@code journal.db} never claims {@code journal-old-…}. */
    private static Pattern patternFor(Path journalFile) {
        return Pattern.compile(Pattern.quote(stem(journalFile)) + "-\\d{4}-\\d{2}-\\d{2}T\\d{6}(?:_\\d{2})?\\.db");
    }

    /** The journal's file name without its extension: {@code journal} for {@code journal.db}. */
    private static String stem(Path journalFile) {
        String name = journalFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path createPrivateFolder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file, not a folder for backups");
        }
        if (!Files.isDirectory(folder)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        return folder;
    }
}
