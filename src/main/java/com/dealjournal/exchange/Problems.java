package com.dealjournal.exchange;

import com.dealjournal.i18n.Messages;
import com.dealjournal.model.JournalContent;
import com.dealjournal.model.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one import as sentences in the user's language. Keeps the first
 * {@link #LIMIT} and counts the rest, so a file that is wrong on every line cannot exhaust memory.
 */
final class Problems {

    static final int LIMIT = 10_000;
    /** Longer values are shortened when a message quotes them. */
    private static final int QUOTED_LENGTH = 60;

    private final Messages messages;
    private final List<ImportProblem> kept = new ArrayList<>();
    private int count;

    Problems(Messages messages) {
        this.messages = messages;
    }

    /** A problem with a message of the {@code exchange.*} keys. */
    void add(String file, long line, String column, String key, Object... args) {
        if (kept.size() < LIMIT) {
            add(new ImportProblem(file, line, column, messages.format(key, args)));
        } else {
            count++;
        }
    }

    /** A broken rule of a field; its message names the field by its label. */
    void add(String file, long line, String column, Violation violation) {
        if (kept.size() < LIMIT) {
            add(new ImportProblem(file, line, column, messages.describe(shortened(violation))));
        } else {
            count++;
        }
    }

    private void add(ImportProblem problem) {
        kept.add(problem);
        count++;
    }

    int count() {
        return count;
    }

    Messages messages() {
        return messages;
    }

    /** This problem alone, when it makes all others meaningless: a file that is broken or not ours at all. */
    void only(String file, long line, String key, Object... args) {
        kept.clear();
        count = 0;
        add(new ImportProblem(file, line, null, messages.format(key, args)));
    }

    /** In the order of the lines; problems of one line keep their order. */
    void sortByLine() {
        kept.sort(java.util.Comparator.comparingLong(ImportProblem::line));
    }

    /** The content when nothing went wrong, else the problems. */
    ImportResult result(java.util.function.Supplier<JournalContent> content) {
        return count == 0 ? new ImportResult(content.get(), List.of(), 0) : new ImportResult(null, kept, count);
    }

    /** A cell of a megabyte quoted whole would make a message nobody can read. */
    private static Violation shortened(Violation violation) {
        List<Object> args = new ArrayList<>(violation.args().size());
        boolean changed = false;
        for (Object arg : violation.args()) {
            if (arg instanceof String text && text.length() > QUOTED_LENGTH) {
                int end = QUOTED_LENGTH - 1;
                if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--; // not half an emoji
                }
                args.add(text.substring(0, end) + "\u2026");
                changed = true;
            } else {
                args.add(arg);
            }
        }
        return changed ? new Violation(violation.field(), violation.key(), args) : violation;
    }
}
