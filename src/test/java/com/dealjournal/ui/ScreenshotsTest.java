package com.dealjournal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.prefs.UserPreferences.Theme;
import com.dealjournal.testing.JournalFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the real screens headless into {@code target/screenshots/}, the source of the README's
 * pictures (copy them to {@code assets/screenshots/}), and checks that each one shows something: in
 * English and light ({@code review.png}), dark ({@code review-dark.png}), German ({@code review-de.png})
 * and German dark ({@code review-de-dark.png}); each also with its charts scrolled into view
 * ({@code review-charts-dark.png}) and, but for the first, the follow-up dialog's chase warning.
 */
class ScreenshotsTest extends FxTest {

    private static final Path OUT = Path.of("target", "screenshots");

    @Test
    void rendersEachSection() throws Exception {
        render("");
    }

    @Test
    void rendersEachSectionDark() throws Exception {
        preferences.setTheme(Theme.DARK);
        render("-dark");
    }

    @Test
    void rendersEachSectionInGerman() throws Exception {
        preferences.setLanguage(Optional.of(Locale.GERMAN));
        render("-de");
    }

    @Test
    void rendersEachSectionInGermanAndDark() throws Exception {
        preferences.setLanguage(Optional.of(Locale.GERMAN));
        preferences.setTheme(Theme.DARK);
        render("-de-dark");
    }

    private void render(String variant) throws Exception {
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
            Path png = snapshot(stage.getScene(), section + variant);

            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo((int) stage.getScene().getWidth());
            assertThat(distinctColours(image)).as(section + " shows more than a blank pane").isGreaterThan(20);
        }
        // the review's charts, scrolled into view
        clickOn("#nav-review");
        interact(() -> lookup("#review .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(distinctColours(ImageIO.read(snapshot(stage.getScene(), "review-charts" + variant).toFile())))
                .isGreaterThan(20);

        // the follow-up dialog with its chase warning (in English and light: LogDialogScreenshotsTest)
        if (!variant.isEmpty()) {
            clickOn("#nav-prospects");
            clickOn("Anna Schmidt"); // chased twice without an answer
            type(KeyCode.F);
            waitUntil(() -> lookup(".chase-warning").tryQuery().isPresent());
            Path dialog = snapshot(lookup(".quick-log").query().getScene(), "log-followup" + variant);
            assertThat(distinctColours(ImageIO.read(dialog.toFile()))).isGreaterThan(20);
            targetWindow(lookup(".quick-log").query().getScene().getWindow());
            type(KeyCode.ESCAPE);
            targetWindow(stage);
        }
    }

    private Path snapshot(Scene scene, String name) throws IOException {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        interact(() -> shot.set(scene.snapshot(null)));
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
