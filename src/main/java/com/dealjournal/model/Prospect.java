package com.dealjournal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A person or company I am selling to, and where the deal stands.
 *
 * @param id            the journal's key, {@code 0} for a prospect not yet saved
 * @param listPrice     what I quoted first
 * @param walkAwayPrice the lowest price I decided beforehand to accept
 * @param finalPrice    what a won deal was closed at
 * @param gutFeeling    1-5: do I want to work with them? {@code null} when not rated
 * @param currency      the currency of every amount of this prospect and of its events
 */
public record Prospect(
        long id,
        String name,
        String company,
        String contact,
        String source,
        LocalDate firstContact,
        ProspectStatus status,
        LocalDate closedOn,
        Currency currency,
        BigDecimal listPrice,
        BigDecimal walkAwayPrice,
        BigDecimal finalPrice,
        Integer gutFeeling,
        String notes) {

    public Prospect {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(currency, "currency");
    }

    /** A new, open prospect with nothing but a name. */
    public static Prospect named(String name, Currency currency) {
        return new Prospect(0, name, null, null, null, null, ProspectStatus.OPEN, null, currency,
                null, null, null, null, null);
    }

    public Prospect withId(long newId) {
        return new Prospect(newId, name, company, contact, source, firstContact, status, closedOn, currency,
                listPrice, walkAwayPrice, finalPrice, gutFeeling, notes);
    }

    /** Every rule this prospect breaks; empty when it may be saved. */
    public List<Violation> validate() {
        Checks checks = new Checks()
                .requiredLine(Field.NAME, name)
                .line(Field.COMPANY, company)
                .line(Field.CONTACT, contact)
                .line(Field.SOURCE, source)
                .date(Field.FIRST_CONTACT, firstContact)
                .date(Field.CLOSED_ON, closedOn)
                .amount(Field.LIST_PRICE, listPrice)
                .amount(Field.WALK_AWAY_PRICE, walkAwayPrice)
                .amount(Field.FINAL_PRICE, finalPrice)
                .text(Field.NOTES, notes);
        if (status.isClosed() && closedOn == null) {
            checks.add(Field.CLOSED_ON, "validation.closedOnRequired");
        }
        if (!status.isClosed() && closedOn != null) {
            checks.add(Field.CLOSED_ON, "validation.closedOnWhileOpen");
        }
        if (finalPrice != null && status != ProspectStatus.WON) {
            checks.add(Field.FINAL_PRICE, "validation.finalPriceOnlyWon");
        }
        if (gutFeeling != null
                && (gutFeeling < Limits.MIN_GUT_FEELING || gutFeeling > Limits.MAX_GUT_FEELING)) {
            checks.add(Field.GUT_FEELING, "validation.gutFeeling", Limits.MIN_GUT_FEELING, Limits.MAX_GUT_FEELING);
        }
        return checks.result();
    }

    /** @throws ValidationException listing every broken rule */
    public Prospect requireValid() {
        List<Violation> violations = validate();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return this;
    }
}
