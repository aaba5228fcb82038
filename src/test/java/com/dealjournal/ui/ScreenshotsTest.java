package com.dealjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.testing.JournalFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the real screens headless into {@code target/screenshots/}, the source of the README's
 * pictures (copy them to {@code assets/screenshots/}), and checks that each one shows something.
 */
class ScreenshotsTest extends FxTest {

    private static final Path OUT = Path.of("target", "screenshots");

    @Test
    void rendersEachSection() throws Exception {
        Path journal = JournalFiles.sampleJournal(dir.resolve("journal.db"));
        startApp(journal);
        waitUntil(() -> stage.getTitle().endsWith(journal.toString()));
        stage.setWidth(1280);
        stage.setHeight(800);
        waitUntil(() -> lookup("Anna Schmidt").tryQuery().isPresent());
        clickOn("Anna Schmidt");
        waitUntil(() -> lookup("#timeline").queryListView().getItems().size() == 4);

        for (String section : new String[] {"prospects", "review", "settings"}) {
            clickOn("#nav-" + section);
            WaitForAsyncUtils.waitForFxEvents();
            if (section.equals("review")) {
                clickOn("#review-previous"); // October: the sample journal's busiest month
                waitUntil(() -> lookup("#insight-0").tryQuery().isPresent());
            }
            Path png = snapshot(section);

            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo((int) stage.getScene().getWidth());
            assertThat(distinctColours(image)).as(section + " shows more than a blank pane").isGreaterThan(20);
        }
    }

    private Path snapshot(String name) throws IOException {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        interact(() -> shot.set(stage.getScene().snapshot(null)));
        Files.createDirectories(OUT);
        Path png = OUT.resolve(name + ".png");
        try (var out = Files.newOutputStream(png)) {
            com.dealjournal.ui.common.Png.write(shot.get(), out);
        }
        return png;
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
