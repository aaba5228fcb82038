package com.dealjournal.model;

/**
 * Names of the fields of prospects and events, as violations report them. They are the column
 * names of the CSV exchange format, so an import error and a form error name a field the same way;
 * the message bundle labels each one as {@code field.<name>}.
 */
public final class Field {

    public static final String NAME = "name";
    public static final String COMPANY = "company";
    public static final String CONTACT = "contact";
    public static final String SOURCE = "source";
    public static final String FIRST_CONTACT = "first_contact";
    public static final String STATUS = "status";
    public static final String CLOSED_ON = "closed_on";
    public static final String CURRENCY = "currency";
    public static final String LIST_PRICE = "list_price";
    public static final String WALK_AWAY_PRICE = "walk_away_price";
    public static final String FINAL_PRICE = "final_price";
    public static final String GUT_FEELING = "gut_feeling";
    public static final String NOTES = "notes";

    public static final String PROSPECT_ID = "prospect_id";
    public static final String DATE = "date";
    public static final String TYPE = "type";
    public static final String INITIATOR = "initiator";
    public static final String RESPONSE = "response";
    public static final String REPLY = "reply";
    public static final String ASKED_PERCENT = "asked_percent";
    public static final String ASKED_AMOUNT = "asked_amount";
    public static final String CONCEDED_AMOUNT = "conceded_amount";
    public static final String VALUE = "value";
    public static final String TRADED_FOR = "traded_for";
    public static final String NOTE = "note";

    private Field() {
    }
}
