package com.dealjournal.model.review;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each open prospect has been silent: the days from its last sign of life to a given day.
 * A sign of life is a FOLLOW_UP they ANSWERED, or any DISCOUNT, SCOPE or NOTE; a follow-up they left
 * unanswered (NONE, PUT_OFF) is not. Without one, the first contact date counts; without either, the
 * prospect is left out. Only what happened on or before the given day counts (see {@link RangeMetrics}).
 */
final class StallAges {

    private static final Comparator<StallAge> ORDER = Comparator.comparingLong(StallAge::days).reversed()
            .thenComparing(StallAge::prospect, RangeMetrics.BY_NAME);

    private StallAges() {
    }

    /**
     * The ages of the open ones of {@code prospects} on {@code today}, given each one's last sign of
     * life on or before it, the longest first, then by name.
     */
    static List<StallAge> of(LocalDate today, List<Prospect> prospects, Map<Long, LocalDate> lastSign) {
        List<StallAge> ages = new ArrayList<>();
        for (Prospect prospect : prospects) {
            if (prospect.status() != ProspectStatus.OPEN) {
                continue;
            }
            LocalDate since = lastSign.getOrDefault(prospect.id(), prospect.firstContact());
            if (since != null && !since.isAfter(today)) {
                ages.add(new StallAge(prospect, since, ChronoUnit.DAYS.between(since, today)));
            }
        }
        ages.sort(ORDER);
        return List.copyOf(ages);
    }

    /** Per prospect id, the date of its last sign of life on or before {@code today}, if it has one. */
    static Map<Long, LocalDate> lastSignsOfLife(LocalDate today, List<Event> events) {
        Map<Long, LocalDate> lastSign = new HashMap<>();
        for (Event event : events) {
            if (isSignOfLife(event) && !event.date().isAfter(today)) {
                lastSign.merge(event.prospectId(), event.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return lastSign;
    }

    /** An answered follow-up, or any event that is no follow-up. */
    static boolean isSignOfLife(Event event) {
        return !(event instanceof Event.FollowUp followUp) || followUp.reply() == Reply.ANSWERED;
    }
}
