package com.dealjournal.testing;

import com.dealjournal.app.Main;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Deal Journal's {@link Main} in a JVM of its own, on this test's classpath, as a user's command or
 * desktop launcher starts it; its per-user data folder and preferences lie under a folder of the test's,
 * so a child never writes into the real user's (SQLite's library copy, preferences and the like).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param home       the child's private home for per-user data ({@code XDG_DATA_HOME}) and preferences
     * @param jvmOptions options before the class path, such as system properties
     * @param args       Main's arguments
     */
    public static ProcessBuilder main(Path home, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--enable-native-access=ALL-UNNAMED",
                "-Djava.util.prefs.userRoot=" + home.resolve("preferences")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toAbsolutePath().toString());
        builder.environment().remove("DEAL_JOURNAL_DB");
        return builder;
    }
}
