package com.dealjournal.store;

import java.nio.file.Path;

/**
 * A journal file that could not be opened, and why. The file is left exactly as it was.
 * {@code detail} is a fact for the message (a version number, a system error), or {@code null}.
 */
public final class JournalOpenException extends Exception {

    private final Path file;
    private final JournalProblem problem;
    private final transient Object detail;

    public JournalOpenException(Path file, JournalProblem problem, Object detail, Throwable cause) {
        super(problem + ": " + file + (detail == null ? "" : " (" + detail + ")"), cause);
        this.file = file;
        this.problem = problem;
        this.detail = detail;
    }

    public JournalOpenException(Path file, JournalProblem problem, Object detail) {
        this(file, problem, detail, null);
    }

    public Path file() {
        return file;
    }

    public JournalProblem problem() {
        return problem;
    }

    public Object detail() {
        return detail;
    }

    /** The bundle key of this problem's message: {@code journal.problem.too_new} and so on. */
    public String messageKey() {
        return "journal.problem." + problem.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The message's arguments: {@code {0}} the file, {@code {1}} the detail (empty when there is none). */
    public Object[] messageArgs() {
        return new Object[] {file.toString(), detail == null ? "" : String.valueOf(detail)};
    }
}
