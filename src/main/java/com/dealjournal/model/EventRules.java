package com.dealjournal.model;

/** The validation rules of journal events: those all events share, and those of each kind. */
final class EventRules {

    private EventRules() {
    }

    static java.util.List<Violation> validate(Event event) {
        Checks checks = new Checks()
                .require(Field.DATE, event.date())
                .date(Field.DATE, event.date())
                .text(Field.NOTE, event.note());
        switch (event) {
            case Event.Discount d -> discount(checks, d);
            case Event.Scope s -> scope(checks, s);
            case Event.FollowUp f -> checks.require(Field.REPLY, f.reply());
            case Event.Note n -> checks.require(Field.NOTE, n.note());
        }
        return checks.result();
    }

    private static void discount(Checks checks, Event.Discount d) {
        checks.require(Field.RESPONSE, d.response())
                .percent(Field.ASKED_PERCENT, d.askedPercent())
                .positiveAmount(Field.ASKED_AMOUNT, d.askedAmount())
                .amount(Field.CONCEDED_AMOUNT, d.concededAmount());
        if (d.response() == Response.HELD && d.concededAmount() != null && d.concededAmount().signum() != 0) {
            checks.add(Field.CONCEDED_AMOUNT, "validation.heldConcedesNothing");
        }
        tradedFor(checks, d.response(), d.tradedFor());
    }

    private static void scope(Checks checks, Event.Scope s) {
        checks.require(Field.INITIATOR, s.initiator())
                .require(Field.RESPONSE, s.response())
                .amount(Field.VALUE, s.value());
        if (s.initiator() == Initiator.ME && s.response() == Response.HELD) {
            checks.add(Field.RESPONSE, "validation.heldOwnOffer");
        }
        tradedFor(checks, s.response(), s.tradedFor());
    }

    private static void tradedFor(Checks checks, Response response, String tradedFor) {
        checks.line(Field.TRADED_FOR, tradedFor);
        if (tradedFor != null && !tradedFor.isBlank() && response != Response.TRADED) {
            checks.add(Field.TRADED_FOR, "validation.tradedForOnlyTraded");
        }
    }
}
