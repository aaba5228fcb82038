package com.dealjournal.exchange;

import com.dealjournal.model.Field;
import com.dealjournal.model.Prospect;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** A prospect's fields in the order both exchange formats write them, and how they are read back. */
final class ProspectFields {

    /** The key events refer to: on export the journal's id, on import any text unique in the file. */
    static final String ID = "id";

    /** Every field but the id, in file order. */
    static final List<String> FIELDS = List.of(Field.NAME, Field.COMPANY, Field.CONTACT, Field.SOURCE,
            Field.FIRST_CONTACT, Field.STATUS, Field.CLOSED_ON, Field.CURRENCY, Field.LIST_PRICE,
            Field.WALK_AWAY_PRICE, Field.FINAL_PRICE, Field.GUT_FEELING, Field.NOTES);

    /** The CSV columns: the id, then every field. */
    static final List<String> COLUMNS = Values.concat(List.of(ID), FIELDS);

    private ProspectFields() {
    }

    /**
     * The prospect's values in {@link #FIELDS} order: text as {@link String}, amounts as {@link BigDecimal}
     * with two decimals, the gut feeling as {@link Integer}, dates, words and the currency as text; {@code null}
     * for an empty field. The status and the currency are always written.
     */
    static Object[] values(Prospect p) {
        return new Object[] {p.name(), p.company(), p.contact(), p.source(), Values.date(p.firstContact()),
            p.status().name(), Values.date(p.closedOn()), p.currency().getCurrencyCode(), Values.money(p.listPrice()),
            Values.money(p.walkAwayPrice()), Values.money(p.finalPrice()), p.gutFeeling(), p.notes()};
    }

    /**
     * The prospect the cells describe, or {@code null} when they break a rule; every problem goes to
     * {@code problems}. An empty status is OPEN, an empty currency the default currency.
     */
    static Prospect read(Cells cells, Currency defaultCurrency, Consumer<Violation> problems) {
        FieldReader in = new FieldReader(cells, COLUMNS);
        String name = in.text(Field.NAME);
        String company = in.text(Field.COMPANY);
        String contact = in.text(Field.CONTACT);
        String source = in.text(Field.SOURCE);
        LocalDate firstContact = in.date(Field.FIRST_CONTACT);
        ProspectStatus status = Objects.requireNonNullElse(in.word(Field.STATUS, ProspectStatus.class),
                ProspectStatus.OPEN);
        LocalDate closedOn = in.date(Field.CLOSED_ON);
        Currency currency = Objects.requireNonNullElse(in.currency(Field.CURRENCY), defaultCurrency);
        BigDecimal listPrice = in.decimal(Field.LIST_PRICE);
        BigDecimal walkAwayPrice = in.decimal(Field.WALK_AWAY_PRICE);
        BigDecimal finalPrice = in.decimal(Field.FINAL_PRICE);
        Integer gutFeeling = in.integer(Field.GUT_FEELING);
        String notes = in.text(Field.NOTES);
        Prospect prospect = new Prospect(0, name, company, contact, source, firstContact, status, closedOn, currency,
                listPrice, walkAwayPrice, finalPrice, gutFeeling, notes);
        in.check(prospect.validate());
        if (in.ok()) {
            return prospect;
        }
        in.problems().forEach(problems);
        return null;
    }

    /** The same prospect in another currency. */
    static Prospect inCurrency(Prospect p, Currency currency) {
        return new Prospect(p.id(), p.name(), p.company(), p.contact(), p.source(), p.firstContact(), p.status(),
                p.closedOn(), currency, p.listPrice(), p.walkAwayPrice(), p.finalPrice(), p.gutFeeling(), p.notes());
    }
}
