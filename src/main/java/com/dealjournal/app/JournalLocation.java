package com.dealjournal.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the journal lives: the file named on the command line, else the one in the environment
 * variable {@value #ENV_VARIABLE}, else {@code journal.db} in the platform's per-user data folder.
 *
 * @param env    the process environment
 * @param osName the {@code os.name} system property
 * @param home   the user's home folder
 */
public record JournalLocation(Map<String, String> env, String osName, Path home) {

    public static final String ENV_VARIABLE = "DEAL_JOURNAL_DB";
    public static final String FILE_NAME = "journal.db";

    /** The location as this process sees it. */
    public static JournalLocation ofSystem() {
        return new JournalLocation(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** The journal to open: {@code option} when given, else the environment's, else the default. */
    public Path choose(Path option) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
        }
        return defaultJournal();
    }

    /** {@code journal.db} in the per-user data folder of this platform. */
    public Path defaultJournal() {
        return dataFolder().resolve(FILE_NAME);
    }

    /**
     * Linux and other Unix: {@code $XDG_DATA_HOME/deal-journal} (when set to an absolute path, as the
     * XDG specification requires) or {@code ~/.local/share/deal-journal}; macOS:
     * {@code ~/Library/Application Support/Deal Journal}; Windows: {@code %APPDATA%\Deal Journal}.
     */
    public Path dataFolder() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Deal Journal");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Deal Journal");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("deal-journal");
    }
}
