package com.dealjournal.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Chasing a prospect: how many follow-ups I sent since their last real answer. A follow-up is
 * "excess" when, before it, the prospect already has at least the chase limit of follow-ups since its
 * last follow-up answered {@link Reply#ANSWERED}. {@code NONE} and {@code PUT_OFF} do not reset the
 * count; {@code ANSWERED} resets it after the answered follow-up itself has been judged. Events are
 * taken in date order, and within a date in the order they were logged (their id).
 */
public final class Chase {

    /** The chase limit when the user has not chosen one. */
    public static final int DEFAULT_LIMIT = 2;
    public static final int MIN_LIMIT = 0;
    public static final int MAX_LIMIT = 20;

    /** Journal order: by date, then by the order of logging. */
    public static final Comparator<Event> JOURNAL_ORDER =
            Comparator.comparing(Event::date).thenComparingLong(Event::id);

    private Chase() {
    }

    /** The follow-ups since the last answered one, over all of a prospect's events. */
    public static int streak(List<Event> events) {
        return streakBefore(events, LocalDate.MAX);
    }

    /**
     * The follow-ups since the last answered one that come before a follow-up about to be logged on
     * {@code date}: every event dated on or before it, since a new event is logged after the others
     * of its date.
     */
    public static int streakBefore(List<Event> events, LocalDate date) {
        int streak = 0;
        for (Event event : events.stream().sorted(JOURNAL_ORDER).toList()) {
            if (event.date().isAfter(date)) {
                break;
            }
            if (event instanceof Event.FollowUp followUp) {
                streak = followUp.reply() == Reply.ANSWERED ? 0 : streak + 1;
            }
        }
        return streak;
    }

    /** Whether a follow-up after {@code streak} unanswered ones is excess under {@code limit}. */
    public static boolean isExcess(int streak, int limit) {
        return streak >= limit;
    }
}
