package com.dealjournal.exchange;

import com.dealjournal.model.Event;
import com.dealjournal.model.EventType;
import com.dealjournal.model.Field;
import com.dealjournal.model.Initiator;
import com.dealjournal.model.Reply;
import com.dealjournal.model.Response;
import com.dealjournal.model.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An event's fields in the order both exchange formats write them (after the prospect it belongs to), and
 * how they are read back. A value in a field that does not apply to the event's type is an error, so
 * nothing in a file is silently dropped.
 */
final class EventFields {

    static final List<String> FIELDS = List.of(Field.DATE, Field.TYPE, Field.INITIATOR, Field.RESPONSE, Field.REPLY,
            Field.ASKED_PERCENT, Field.ASKED_AMOUNT, Field.CONCEDED_AMOUNT, Field.VALUE, Field.TRADED_FOR, Field.NOTE);

    /** The CSV columns: the prospect's key, then every field. */
    static final List<String> COLUMNS = Values.concat(List.of(Field.PROSPECT_ID), FIELDS);

    /** Fields only some types have; date, type and note belong to every event. */
    private static final Map<EventType, Set<String>> APPLIES = Map.of(
            EventType.DISCOUNT, Set.of(Field.INITIATOR, Field.RESPONSE, Field.ASKED_PERCENT, Field.ASKED_AMOUNT,
                    Field.CONCEDED_AMOUNT, Field.TRADED_FOR),
            EventType.SCOPE, Set.of(Field.INITIATOR, Field.RESPONSE, Field.VALUE, Field.TRADED_FOR),
            EventType.FOLLOW_UP, Set.of(Field.REPLY),
            EventType.NOTE, Set.of());
    private static final List<String> OPTIONAL = List.of(Field.INITIATOR, Field.RESPONSE, Field.REPLY,
            Field.ASKED_PERCENT, Field.ASKED_AMOUNT, Field.CONCEDED_AMOUNT, Field.VALUE, Field.TRADED_FOR);

    private EventFields() {
    }

    /**
     * The event's values in {@link #FIELDS} order, typed as in {@link ProspectFields#values}. The
     * initiator of a scope and the reply of a follow-up are always written; a discount has no initiator
     * in the journal (they always ask), so its cell stays empty.
     */
    static Object[] values(Event event) {
        Object[] v = new Object[FIELDS.size()];
        v[0] = Values.date(event.date());
        v[1] = event.type().name();
        v[10] = event.note();
        switch (event) {
            case Event.Discount d -> {
                v[3] = Values.word(d.response());
                v[5] = Values.percent(d.askedPercent());
                v[6] = Values.money(d.askedAmount());
                v[7] = Values.money(d.concededAmount());
                v[9] = d.tradedFor();
            }
            case Event.Scope s -> {
                v[2] = Values.word(s.initiator());
                v[3] = Values.word(s.response());
                v[8] = Values.money(s.value());
                v[9] = s.tradedFor();
            }
            case Event.FollowUp f -> v[4] = Values.word(f.reply());
            case Event.Note n -> {
                // date, type and note only
            }
        }
        return v;
    }

    /**
     * The event the cells describe (id and prospect id 0), or {@code null} when they break a rule; every
     * problem goes to {@code problems}.
     */
    static Event read(Cells cells, Consumer<Violation> problems) {
        FieldReader in = new FieldReader(cells, COLUMNS);
        LocalDate date = in.date(Field.DATE);
        EventType type = in.word(Field.TYPE, EventType.class);
        String note = in.text(Field.NOTE);
        if (type == null) {
            if (!in.failed(Field.TYPE)) {
                in.add(Field.TYPE, "validation.required");
            }
        } else {
            for (String field : OPTIONAL) {
                if (!APPLIES.get(type).contains(field) && in.present(field)) {
                    in.add(field, "exchange.notApplicable", type.name());
                }
            }
            Event event = switch (type) {
                case DISCOUNT -> discount(in, date, note);
                case SCOPE -> new Event.Scope(0, 0, date,
                        Objects.requireNonNullElse(in.word(Field.INITIATOR, Initiator.class), Initiator.THEM),
                        in.word(Field.RESPONSE, Response.class), in.decimal(Field.VALUE), in.text(Field.TRADED_FOR),
                        note);
                case FOLLOW_UP -> new Event.FollowUp(0, 0, date,
                        Objects.requireNonNullElse(in.word(Field.REPLY, Reply.class), Reply.NONE), note);
                case NOTE -> new Event.Note(0, 0, date, note);
            };
            in.check(event.validate());
            if (in.ok()) {
                return event;
            }
        }
        in.problems().forEach(problems);
        return null;
    }

    private static Event discount(FieldReader in, LocalDate date, String note) {
        if (in.word(Field.INITIATOR, Initiator.class) == Initiator.ME) {
            in.add(Field.INITIATOR, "exchange.discountInitiator");
        }
        return new Event.Discount(0, 0, date, in.decimal(Field.ASKED_PERCENT), in.decimal(Field.ASKED_AMOUNT),
                in.word(Field.RESPONSE, Response.class), in.decimal(Field.CONCEDED_AMOUNT), in.text(Field.TRADED_FOR),
                note);
    }
}
