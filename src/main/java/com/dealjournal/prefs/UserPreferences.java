package com.dealjournal.prefs;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The choices that belong to the person rather than to a journal (language, theme, whether the welcome
 * was shown, when they were last notified), kept with {@link java.util.prefs}: on Linux under
 * {@code ~/.java/.userPrefs/com/dealjournal}, in the registry on Windows, in a plist on macOS. The
 * journal's own settings (chase limit, currency, backups kept) stay in the journal file.
 *
 * <p>Created once by the composition root over the user's node, or by a test over a node of its own.
 */
public final class UserPreferences {

    /** The light and the dark look. */
    public enum Theme { LIGHT, DARK }

    static final String LANGUAGE = "language";
    static final String THEME = "theme";
    static final String WELCOMED = "welcomed";
    static final String LAST_NOTIFIED = "lastNotified";

    private final Preferences node;

    public UserPreferences(Preferences node) {
        this.node = node;
    }

    /** The current user's preferences. */
    public static UserPreferences ofUser() {
        return new UserPreferences(Preferences.userRoot().node("com/dealjournal"));
    }

    /** The language chosen in Settings; empty to follow the system's. */
    public Optional<Locale> language() {
        String tag = node.get(LANGUAGE, "");
        return tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Optional<Locale> language) {
        language.ifPresentOrElse(locale -> node.put(LANGUAGE, locale.toLanguageTag()), () -> node.remove(LANGUAGE));
        flush();
    }

    /** The theme chosen in Settings; light until the user chooses. */
    public Theme theme() {
        try {
            return Theme.valueOf(node.get(THEME, Theme.LIGHT.name()));
        } catch (IllegalArgumentException edited) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
        flush();
    }

    /** Whether the welcome page has been shown and answered. */
    public boolean welcomed() {
        return node.getBoolean(WELCOMED, false);
    }

    public void setWelcomed(boolean welcomed) {
        node.putBoolean(WELCOMED, welcomed);
        flush();
    }

    /** The day the start-up notifications were last shown, if ever. */
    public Optional<LocalDate> lastNotified() {
        try {
            String day = node.get(LAST_NOTIFIED, "");
            return day.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(day));
        } catch (java.time.format.DateTimeParseException edited) {
            return Optional.empty();
        }
    }

    public void setLastNotified(LocalDate day) {
        node.put(LAST_NOTIFIED, day.toString());
        flush();
    }

    /** Writes the choices through now, so a crash right after choosing does not lose them. */
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the choice holds for this session; java.util.prefs retries writing it later
        }
    }
}
