package com.dealjournal.model;

import java.time.LocalDate;

/**
 * One line of the prospect list: a prospect and the counts of its journal, computed by one query.
 *
 * @param lastActivity   the date of its latest event, or its first contact when it has none
 * @param requests       its discount and scope requests
 * @param discounts      its discount requests
 * @param eyeLevel       requests I held or traded
 * @param conceded       requests I conceded
 * @param followUps      its follow-ups
 * @param chaseStreak    follow-ups since its last answered one (see {@link Chase})
 * @param waitingSince   when its latest event is a follow-up they did not answer (no reply or put off),
 *                       that follow-up's date; otherwise {@code null}
 */
public record ProspectSummary(
        Prospect prospect,
        LocalDate lastActivity,
        int requests,
        int discounts,
        int eyeLevel,
        int conceded,
        int followUps,
        int chaseStreak,
        LocalDate waitingSince) {

    /** Held and traded out of all its requests, 0-100, or {@code null} when it had no requests. */
    public Integer eyeLevelPercent() {
        if (requests == 0) {
            return null;
        }
        return (int) Math.floorDiv(200L * eyeLevel + requests, 2L * requests); // rounds half up
    }

    /** An open prospect whose latest event is a follow-up they left unanswered. */
    public boolean isWaitingOnThem() {
        return prospect.status() == ProspectStatus.OPEN && waitingSince != null;
    }

    /** At or over the chase limit: the next follow-up would be excess. */
    public boolean isAtChaseLimit(int limit) {
        return Chase.isExcess(chaseStreak, limit);
    }
}
