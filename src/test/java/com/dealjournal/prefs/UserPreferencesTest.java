package com.dealjournal.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The user's choices survive being written and read again, start at their defaults, and shrug off edits. */
class UserPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("com/dealjournal-tests/" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void aNewUserFollowsTheSystemLanguageSeesTheLightThemeAndTheWelcome() {
        UserPreferences preferences = new UserPreferences(node);
        assertThat(preferences.language()).isEmpty();
        assertThat(preferences.theme()).isEqualTo(UserPreferences.Theme.LIGHT);
        assertThat(preferences.welcomed()).isFalse();
        assertThat(preferences.lastNotified()).isEmpty();
    }

    @Test
    void choicesAreKeptAcrossInstancesOverTheSameNode() {
        UserPreferences first = new UserPreferences(node);
        first.setLanguage(Optional.of(Locale.GERMAN));
        first.setTheme(UserPreferences.Theme.DARK);
        first.setWelcomed(true);
        first.setLastNotified(LocalDate.of(2026, 12, 1));

        UserPreferences again = new UserPreferences(node);
        assertThat(again.language()).contains(Locale.GERMAN);
        assertThat(again.theme()).isEqualTo(UserPreferences.Theme.DARK);
        assertThat(again.welcomed()).isTrue();
        assertThat(again.lastNotified()).contains(LocalDate.of(2026, 12, 1));

        again.setLanguage(Optional.empty());
        assertThat(new UserPreferences(node).language()).as("back to following the system").isEmpty();
    }

    @Test
    void valuesEditedByHandIntoNonsenseCountAsUnset() {
        node.put(UserPreferences.THEME, "purple");
        node.put(UserPreferences.LAST_NOTIFIED, "yesterday");
        UserPreferences preferences = new UserPreferences(node);
        assertThat(preferences.theme()).isEqualTo(UserPreferences.Theme.LIGHT);
        assertThat(preferences.lastNotified()).isEmpty();
    }
}
