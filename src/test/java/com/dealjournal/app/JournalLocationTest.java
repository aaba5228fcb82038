package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalLocationTest {

    private static final Path HOME = Path.of("/home/anna");

    @Test
    void linuxUsesXdgDataHomeWhenItIsAnAbsolutePath() {
        var location = new JournalLocation(Map.of("XDG_DATA_HOME", "/data/anna"), "Linux", HOME);

        assertThat(location.defaultJournal()).isEqualTo(Path.of("/data/anna/deal-journal/journal.db"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        var location = new JournalLocation(Map.of(), "Linux", HOME);

        assertThat(location.defaultJournal()).isEqualTo(Path.of("/home/anna/.local/share/deal-journal/journal.db"));
    }

    @Test
    void linuxIgnoresARelativeXdgDataHomeAsTheSpecificationSays() {
        var location = new JournalLocation(Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME);

        assertThat(location.defaultJournal()).isEqualTo(Path.of("/home/anna/.local/share/deal-journal/journal.db"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        var location = new JournalLocation(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME);

        assertThat(location.defaultJournal())
                .isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("Deal Journal")
                        .resolve("journal.db"));
    }

    @Test
    void windowsUsesAppData() {
        var location = new JournalLocation(Map.of("APPDATA", "/users/anna/AppData/Roaming"), "Windows 11", HOME);

        assertThat(location.defaultJournal())
                .isEqualTo(Path.of("/users/anna/AppData/Roaming").resolve("Deal Journal").resolve("journal.db"));
    }

    @Test
    void theCommandLineOptionWinsOverTheEnvironmentVariable() {
        var location = new JournalLocation(Map.of(JournalLocation.ENV_VARIABLE, "/env/journal.db"), "Linux", HOME);

        assertThat(location.choose(Path.of("/option/journal.db"))).isEqualTo(Path.of("/option/journal.db"));
        assertThat(location.choose(null)).isEqualTo(Path.of("/env/journal.db"));
    }

    @Test
    void aBlankEnvironmentVariableMeansTheDefault() {
        var location = new JournalLocation(Map.of(JournalLocation.ENV_VARIABLE, "  "), "Linux", HOME);

        assertThat(location.choose(null)).isEqualTo(location.defaultJournal());
    }

    @Test
    void aRelativeOptionIsResolvedAgainstTheWorkingFolder() {
        var location = new JournalLocation(Map.of(), "Linux", HOME);

        assertThat(location.choose(Path.of("some/new/file.db")))
                .isEqualTo(Path.of("").toAbsolutePath().resolve("some/new/file.db"));
    }
}
