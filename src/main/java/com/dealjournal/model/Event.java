package com.dealjournal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A pressure moment of a sales conversation, logged in a prospect's journal. Events of one prospect
 * and one date keep the order in which they were logged (their {@link #id()} grows with it).
 * Amounts are in the prospect's currency.
 */
public sealed interface Event permits Event.Discount, Event.Scope, Event.FollowUp, Event.Note {

    /** The journal's key, {@code 0} for an event not yet saved. */
    long id();

    long prospectId();

    LocalDate date();

    /** Free text; optional except for a {@link Note}. */
    String note();

    EventType type();

    Event withId(long newId);

    Event withProspectId(long newProspectId);

    /** Every rule this event breaks; empty when it may be saved. */
    default List<Violation> validate() {
        return EventRules.validate(this);
    }

    /** @throws ValidationException listing every broken rule */
    default Event requireValid() {
        List<Violation> violations = validate();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return this;
    }

    /**
     * They asked for a lower price.
     *
     * @param askedPercent   the discount asked for, in percent (0, 100], or {@code null}
     * @param askedAmount    the discount asked for as an amount, more than 0, or {@code null}
     * @param concededAmount how much I gave when I traded or conceded; empty or 0 when I held
     * @param tradedFor      what I got in return, only when {@link Response#TRADED}
     */
    record Discount(long id, long prospectId, LocalDate date, BigDecimal askedPercent, BigDecimal askedAmount,
                    Response response, BigDecimal concededAmount, String tradedFor, String note) implements Event {

        @Override
        public EventType type() {
            return EventType.DISCOUNT;
        }

        @Override
        public Discount withId(long newId) {
            return new Discount(newId, prospectId, date, askedPercent, askedAmount, response, concededAmount,
                    tradedFor, note);
        }

        @Override
        public Discount withProspectId(long newProspectId) {
            return new Discount(id, newProspectId, date, askedPercent, askedAmount, response, concededAmount,
                    tradedFor, note);
        }

    }

    /**
     * Extra work beyond what was quoted, asked for by them or offered by me.
     *
     * @param value     the estimated value of the extra work, or {@code null}
     * @param tradedFor what I got in return, only when {@link Response#TRADED}
     */
    record Scope(long id, long prospectId, LocalDate date, Initiator initiator, Response response, BigDecimal value,
                 String tradedFor, String note) implements Event {

        @Override
        public EventType type() {
            return EventType.SCOPE;
        }

        @Override
        public Scope withId(long newId) {
            return new Scope(newId, prospectId, date, initiator, response, value, tradedFor, note);
        }

        @Override
        public Scope withProspectId(long newProspectId) {
            return new Scope(id, newProspectId, date, initiator, response, value, tradedFor, note);
        }

    }

    /** I chased them; how they replied. */
    record FollowUp(long id, long prospectId, LocalDate date, Reply reply, String note) implements Event {

        @Override
        public EventType type() {
            return EventType.FOLLOW_UP;
        }

        @Override
        public FollowUp withId(long newId) {
            return new FollowUp(newId, prospectId, date, reply, note);
        }

        @Override
        public FollowUp withProspectId(long newProspectId) {
            return new FollowUp(id, newProspectId, date, reply, note);
        }

    }

    /** Anything else worth remembering; the text is required. */
    record Note(long id, long prospectId, LocalDate date, String note) implements Event {

        @Override
        public EventType type() {
            return EventType.NOTE;
        }

        @Override
        public Note withId(long newId) {
            return new Note(newId, prospectId, date, note);
        }

        @Override
        public Note withProspectId(long newProspectId) {
            return new Note(id, newProspectId, date, note);
        }

    }

}
