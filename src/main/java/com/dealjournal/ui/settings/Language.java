package com.dealjournal.ui.settings;

import java.util.Locale;
import java.util.Optional;

/** The languages Settings offers: the system's, or one the window has every text in. */
enum Language {
    SYSTEM(null), ENGLISH(Locale.ENGLISH), GERMAN(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale to show the window in; empty for the system's. */
    Optional<Locale> locale() {
        return Optional.ofNullable(locale);
    }

    /** The choice a saved locale stands for; a language without texts counts as following the system. */
    static Language of(Optional<Locale> saved) {
        for (Language language : values()) {
            if (language.locale != null && saved.isPresent()
                    && language.locale.getLanguage().equals(saved.get().getLanguage())) {
                return language;
            }
        }
        return SYSTEM;
    }

    String labelKey() {
        return "settings.language." + name();
    }
}
