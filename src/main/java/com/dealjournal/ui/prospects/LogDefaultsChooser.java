package com.dealjournal.ui.prospects;

import com.dealjournal.model.EventType;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.store.Journal;
import com.dealjournal.ui.prospects.log.LogDefaults;
import java.util.Map;

/**
 * The answers the quick-log dialogs start with: the ones this journal logged most often, so the common
 * case is one key and Enter. Ties, and a journal without any, go to the answer listed first (held my
 * price, they asked, no reply).
 */
final class LogDefaultsChooser {

    private LogDefaultsChooser() {
    }

    /** Reads the journal's counts; runs off the FX thread. */
    static LogDefaults from(Journal journal) {
        Response discount = mostCommon(journal.events().answerCounts(EventType.DISCOUNT, Response.class),
                Response.values());
        Initiator initiator = mostCommon(journal.events().answerCounts(EventType.SCOPE, Initiator.class),
                Initiator.values());
        Response scope = mostCommon(journal.events().answerCounts(EventType.SCOPE, Response.class),
                Response.values());
        Reply reply = mostCommon(journal.events().answerCounts(EventType.FOLLOW_UP, Reply.class), Reply.values());
        if (initiator == Initiator.ME && scope == Response.HELD) {
            initiator = Initiator.THEM; // extra work I offered cannot be "declined"
        }
        return new LogDefaults(discount, initiator, scope, reply);
    }

    static <E extends Enum<E>> E mostCommon(Map<E, Integer> counts, E[] inOrder) {
        E best = inOrder[0];
        for (E candidate : inOrder) {
            if (counts.getOrDefault(candidate, 0) > counts.getOrDefault(best, 0)) {
                best = candidate;
            }
        }
        return best;
    }
}
