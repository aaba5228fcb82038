package com.dealjournal.model;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Everything a journal holds that can be exchanged with a file: what an export writes and an import
 * reads. Prospects keep their order, and each prospect's events keep theirs (by date, and in the order
 * logged within one date).
 *
 * @param defaultCurrency the currency of prospects that do not name one
 * @param prospects       every prospect with its events
 */
public record JournalContent(Currency defaultCurrency, List<Entry> prospects) {

    public JournalContent {
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        prospects = List.copyOf(prospects);
    }

    /**
     * One prospect and its events.
     *
     * @param key      the prospect's id in the exchange file (any text unique in that file); on export the
     *                 journal's id written as text. The journal gives imported prospects ids of its own.
     * @param prospect the prospect; its {@link Prospect#id()} is 0 when read from a file
     * @param events   its events in journal order; their ids and prospect ids are 0 when read from a file
     */
    public record Entry(String key, Prospect prospect, List<Event> events) {

        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(prospect, "prospect");
            events = List.copyOf(events);
        }
    }

    /** How many events all prospects hold together. */
    public int eventCount() {
        return prospects.stream().mapToInt(entry -> entry.events().size()).sum();
    }
}
