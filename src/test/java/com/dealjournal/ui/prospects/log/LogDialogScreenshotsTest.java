package com.dealjournal.ui.prospects.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealjournal.model.Event;
import com.dealjournal.model.ProspectStatus;
import com.dealjournal.model.Reply;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Renders each quick-log dialog into {@code target/screenshots/log-*.png} and checks it shows something. */
class LogDialogScreenshotsTest extends QuickLogFxTest {

    private static final Path OUT = Path.of("target", "screenshots");

    @Test
    void rendersEachDialog() throws Exception {
        open(() -> quickLog.discount(owner, prospect, TODAY, LogDefaults.STANDARD));
        pressAlt(KeyCode.T);
        retype("log-asked-percent", "150");
        shoot("log-discount");
        pressEscape();

        open(() -> quickLog.scope(owner, prospect, TODAY, LogDefaults.STANDARD));
        pressAlt(KeyCode.O);
        shoot("log-scope");
        pressEscape();

        List<Event> history = List.of(
                new Event.FollowUp(1, PROSPECT_ID, LocalDate.of(2026, 3, 2), Reply.NONE, null),
                new Event.FollowUp(2, PROSPECT_ID, LocalDate.of(2026, 3, 9), Reply.PUT_OFF, null));
        open(() -> quickLog.followUp(owner, prospect, TODAY, LogDefaults.STANDARD, history, 2));
        shoot("log-followup");
        pressEscape();

        open(() -> quickLog.note(owner, prospect, TODAY));
        shoot("log-note");
        pressEscape();

        open(() -> quickLog.close(owner, prospect, ProspectStatus.WON, TODAY));
        shoot("close-won");
        pressEscape();

        open(() -> quickLog.close(owner, prospect, ProspectStatus.DECLINED, TODAY));
        shoot("close-declined");
        pressEscape();
    }

    private void shoot(String name) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        interact(() -> shot.set(dialog().snapshot(null, null)));
        WritableImage image = shot.get();
        BufferedImage buffered = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < buffered.getHeight(); y++) {
            for (int x = 0; x < buffered.getWidth(); x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
                colours.add(pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(OUT);
        ImageIO.write(buffered, "png", OUT.resolve(name + ".png").toFile());
        assertThat(colours.size()).as(name + " shows more than a blank pane").isGreaterThan(20);
    }
}
