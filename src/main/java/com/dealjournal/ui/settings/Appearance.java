package com.dealjournal.ui.settings;

import com.dealjournal.prefs.UserPreferences.Theme;
import java.util.Locale;
import java.util.Optional;

/**
 * The person's own choices that change the whole window: its language and its theme. Each choice is
 * kept for the next start and applied at once, without reopening the journal.
 */
public interface Appearance {

    /** The language chosen; empty while the window follows the system's. */
    Optional<Locale> language();

    /** The system's language, which the window follows while none is chosen. */
    Locale systemLanguage();

    Theme theme();

    /** Keeps the choice and shows the window in that language; empty for the system's language. */
    void chooseLanguage(Optional<Locale> language);

    /** Keeps the choice and switches the window to that theme. */
    void chooseTheme(Theme theme);
}
