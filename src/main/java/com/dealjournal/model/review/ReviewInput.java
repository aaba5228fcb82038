package com.dealjournal.model.review;

import com.dealjournal.model.Event;
import com.dealjournal.model.Prospect;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * What the figures of a month are computed from.
 *
 * @param events     every event that can count: at least all FOLLOW_UP events dated up to the month's
 *                   end (their whole history decides which are excess) and all DISCOUNT and SCOPE
 *                   events dated in the month; any order; events outside that are ignored
 * @param currencies the currency of each prospect the events belong to, by prospect id
 * @param prospects  at least every prospect whose closed-on date is in the month
 */
public record ReviewInput(List<Event> events, Map<Long, Currency> currencies, List<Prospect> prospects) {
}
