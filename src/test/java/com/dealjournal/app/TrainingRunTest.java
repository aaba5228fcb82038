package com.dealjournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.demo.DemoJournal;
import com.dealjournal.store.Database;
import com.dealjournal.store.Journal;
import com.dealjournal.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installers' AOT training run (packaging/build-linux.sh) as the build script starts it: the application in a
 * process of its own, here headless through Monocle instead of under Xvfb, must show the filled list, then the
 * review, and exit 0 by itself; a training run that hangs or fails would leave the installer without its cache.
 */
class TrainingRunTest {

    @TempDir
    Path dir;

    @Test
    void theWindowShowsTheListThenTheReviewAndTheProcessExitsZeroByItself() throws Exception {
        Path journal = dir.resolve("journal.db");
        try (Journal demo = Journal.open(journal, Database.Mode.CREATE)) {
            new DemoJournal(42, LocalDate.now()).writeInto(demo, 40);
        }
        Path output = dir.resolve("training.out");

        Process process = start(output, dir.resolve("child-home"), "-D" + TrainingRun.PROPERTY + "=true", "--db",
                journal.toString());
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(exited).as("exited by itself; output: %s", lines).isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", lines).isZero();
        List<String> marks = lines.stream().filter(line -> line.startsWith(TrainingRun.PREFIX)).toList();
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0)).matches("training-run list-shown \\d{13}");
        assertThat(marks.get(1)).matches("training-run review-shown \\d{13}");
        assertThat(millis(marks.get(1))).isGreaterThanOrEqualTo(millis(marks.get(0)));
    }

    @Test
    void withoutThePropertyThereIsNoTrainingRun() {
        assertThat(System.getProperty(TrainingRun.PROPERTY)).isNull();
        assertThat(TrainingRun.fromSystemProperties(null)).isEmpty();
    }

    /** Main in a JVM of its own, headless as the UI tests are, with a private home under {@code home}. */
    private static Process start(Path output, Path home, String property, String... args) throws IOException {
        return ChildJvm.main(home, List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                        "-Dprism.order=sw", "-Djava.awt.headless=true", property), args)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static long millis(String mark) {
        return Long.parseLong(mark.substring(mark.lastIndexOf(' ') + 1));
    }
}
