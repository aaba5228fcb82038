package com.dealjournal.ui.prospects;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What this session changed in the journal, newest last, each with the work that puts it back. Lives as
 * long as the window: undo is for "oops, not that one", not a history of the journal.
 */
final class UndoHistory {

    /** One change: its description for the user, the prospect it touched, and the work that reverses it. */
    record Step(String description, long prospectId, JournalWork undo) {
    }

    /** Journal work that reverses a change; runs off the FX thread. */
    @FunctionalInterface
    interface JournalWork {
        void run() throws Exception;
    }

    private static final int KEPT = 50;

    private final Deque<Step> steps = new ArrayDeque<>();
    /** What Ctrl+Z would undo now, or empty when nothing can be undone. */
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper(this, "next", "");

    void record(String description, long prospectId, JournalWork undo) {
        steps.addLast(new Step(description, prospectId, undo));
        if (steps.size() > KEPT) {
            steps.removeFirst();
        }
        next.set(description);
    }

    Optional<Step> pop() {
        Step step = steps.pollLast();
        next.set(steps.isEmpty() ? "" : steps.peekLast().description());
        return Optional.ofNullable(step);
    }

    void clear() {
        steps.clear();
        next.set("");
    }

    ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }
}
