package com.dealjournal.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON format's keys: the CSV column names in camelCase ({@code first_contact} is {@code firstContact}). */
final class JsonNames {

    static final String FORMAT = "format";
    static final String VERSION = "version";
    static final String DEFAULT_CURRENCY = "defaultCurrency";
    static final String PROSPECTS = "prospects";
    static final String EVENTS = "events";
    static final String ID = "id";

    static final String FORMAT_NAME = "deal-journal";
    static final int FORMAT_VERSION = 1;

    static final List<String> ROOT_KEYS = List.of(FORMAT, VERSION, DEFAULT_CURRENCY, PROSPECTS);
    /** A prospect's keys, field by key, in the order they are written: id, the fields, then its events. */
    static final Map<String, String> PROSPECT_KEYS = keys(ProspectFields.FIELDS);
    static final Map<String, String> EVENT_KEYS = keys(EventFields.FIELDS);
    static final String PROSPECT_KEY_LIST = ID + ", " + String.join(", ", PROSPECT_KEYS.keySet()) + ", " + EVENTS;
    static final String EVENT_KEY_LIST = String.join(", ", EVENT_KEYS.keySet());

    private JsonNames() {
    }

    static String key(String field) {
        StringBuilder key = new StringBuilder(field.length());
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    private static Map<String, String> keys(List<String> fields) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String field : fields) {
            keys.put(key(field), field);
        }
        return java.util.Collections.unmodifiableMap(keys);
    }
}
