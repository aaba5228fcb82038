package com.dealjournal.i18n;

import com.dealjournal.model.Violation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every text a user sees, in their language: one bundle ({@code messages.properties} and its
 * translations) with dotted keys. Created once by the composition root (or a command) for a locale
 * and handed to whoever shows text.
 */
public final class Messages {

    public static final String BUNDLE = "com.dealjournal.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        // without the default fallback: English chosen on a German system must not fall back to the German texts
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text for a key. Every text in the bundle is a {@link MessageFormat} pattern, so a single
     * quote is always written {@code ''}, whether or not the text has placeholders.
     */
    public String get(String key) {
        return format(key);
    }

    /** The text for a key with its {@code {0}}, {@code {1}} … placeholders filled in for this locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The label of a model field, such as "List price" for {@code list_price}. */
    public String fieldLabel(String field) {
        String key = "field." + field;
        return bundle.containsKey(key) ? get(key) : field;
    }

    /** A violation as a sentence: the field's label is {@code {0}}, the violation's arguments follow. */
    public String describe(Violation violation) {
        Object[] args = new Object[violation.args().size() + 1];
        args[0] = fieldLabel(violation.field());
        for (int i = 0; i < violation.args().size(); i++) {
            args[i + 1] = violation.args().get(i);
        }
        return format(violation.key(), args);
    }
}
