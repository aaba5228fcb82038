package com.dealjournal.bench;

import com.dealjournal.app.StartupProbe;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process start-up: the application, or one of its floors, started as a new JVM from a plain
 * classpath, timed from just before the process is started to the first rendered frame its probe reports.
 */
final class Startup {

    /** What one start reported; -1 where it did not report it. */
    record Run(long firstFrameMillis, long cpuMillis, long reviewMillis, long heapBytes, long rssBytes) {
    }

    private final Path target;
    private final Path java;

    Startup(Path target) {
        this.target = target;
        this.java = Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The application on a journal; with {@code review} it opens the review and reports memory too. */
    Run app(Path journal, boolean review, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED",
                "-D" + StartupProbe.PROPERTY + "=" + (review ? "review" : "list"),
                "-jar", target.resolve("deal-journal.jar").toString()));
        // the journal as the environment names it: a start without arguments, as from a desktop launcher
        return run(command, Map.of("DEAL_JOURNAL_DB", journal.toString()));
    }

    /** A floor's window, started instead of the application. */
    enum Floor {
        /** An empty window with one label. */
        EMPTY(EmptyStage.class),
        /** The controls of the application's first screen, with nothing of Deal Journal behind them. */
        CONTROLS(ControlsStage.class),
        /** Of those controls the filled table alone. */
        TABLE(ControlsStage.class, "table");

        private final Class<?> main;
        private final List<String> arguments;

        Floor(Class<?> main, String... arguments) {
            this.main = main;
            this.arguments = List.of(arguments);
        }
    }

    /**
     * A floor, from the same jars and a jar of the bench's floor classes: not from {@code test-classes},
     * since the JVM writes no AOT cache for a classpath with a directory on it.
     */
    Run floor(Floor floor, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-cp",
                target.resolve("deal-journal.jar") + ":" + target.resolve("lib") + "/*:"
                        + target.resolve("deal-journal-floors.jar"),
                floor.main.getName()));
        command.addAll(floor.arguments);
        return run(command, Map.of());
    }

    private static Run run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long start = System.currentTimeMillis();
        Process process = builder.start();
        Map<String, Long> reported = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(StartupProbe.PREFIX)) {
                    String[] parts = line.substring(StartupProbe.PREFIX.length()).split(" ");
                    reported.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!reported.containsKey("list-shown")) {
            throw new IllegalStateException("no first frame reported by " + String.join(" ", command));
        }
        return new Run(reported.get("list-shown") - start, reported.getOrDefault("cpu-millis", -1L),
                reported.containsKey("review-shown") ? reported.get("review-shown") - start : -1,
                reported.getOrDefault("heap-used", -1L), reported.getOrDefault("rss", -1L));
    }
}
