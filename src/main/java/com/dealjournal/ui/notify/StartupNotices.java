package com.dealjournal.ui.notify;

import com.dealjournal.model.ProspectSummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which notices are due when Deal Journal starts: plain rules over the journal's summaries and the
 * date, with no JavaFX, so that every boundary can be tested.
 *
 * <ul>
 *   <li>At most once a day: nothing is due when the notices were last shown today (or on a later day,
 *       as after the clock was put back).</li>
 *   <li>{@link WaitingTooLong}: the open prospects that are waiting on a reply (their latest event is a
 *       follow-up they did not answer, as the list's <i>Waiting on them</i> filter) and whose chase
 *       streak is <em>more than</em> the chase limit, that is, they were chased at least once beyond it.
 *       A streak exactly at the limit is not counted: the list already marks those, and the next
 *       follow-up is the one the log dialog warns about.</li>
 *   <li>{@link MonthlyReview}: on the first working day of a month, the review of the month before.
 *       Working days are Monday to Friday; public holidays are not known, so a month whose 1st is a
 *       holiday on a weekday is nudged on that holiday.</li>
 * </ul>
 */
public final class StartupNotices {

    /** What the user is told at start. */
    public sealed interface Notice permits WaitingTooLong, MonthlyReview {
    }

    /** {@code prospects} prospects have not answered after more than {@code chaseLimit} follow-ups. */
    public record WaitingTooLong(int prospects, int chaseLimit) implements Notice {
    }

    /** A new month has begun: time to review {@code month}, the one before. */
    public record MonthlyReview(YearMonth month) implements Notice {
    }

    private StartupNotices() {
    }

    /**
     * The notices due today, in the order they are shown.
     *
     * @param lastNotified the day notices were last shown, if ever
     * @param summaries    every prospect of the journal that opened
     * @param chaseLimit   that journal's chase limit
     */
    public static List<Notice> due(LocalDate today, Optional<LocalDate> lastNotified,
                                   List<ProspectSummary> summaries, int chaseLimit) {
        if (shownOn(today, lastNotified)) {
            return List.of();
        }
        List<Notice> due = new ArrayList<>();
        long waiting = summaries.stream().filter(s -> isWaitingBeyondLimit(s, chaseLimit)).count();
        if (waiting > 0) {
            due.add(new WaitingTooLong((int) waiting, chaseLimit));
        }
        if (isFirstWorkingDayOfMonth(today)) {
            due.add(new MonthlyReview(YearMonth.from(today).minusMonths(1)));
        }
        return List.copyOf(due);
    }

    /** Whether notices were shown today already (or on a later day, as after the clock was put back). */
    public static boolean shownOn(LocalDate today, Optional<LocalDate> lastNotified) {
        return lastNotified.isPresent() && !lastNotified.get().isBefore(today);
    }

    /** Open, waiting on their reply to my latest follow-up, and chased more often than the limit. */
    public static boolean isWaitingBeyondLimit(ProspectSummary summary, int chaseLimit) {
        return summary.isWaitingOnThem() && summary.chaseStreak() > chaseLimit;
    }

    /** The first Monday-to-Friday day of its month: the 1st, or the Monday after a weekend 1st. */
    public static boolean isFirstWorkingDayOfMonth(LocalDate day) {
        return day.equals(firstWorkingDay(YearMonth.from(day)));
    }

    static LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
