package com.dealjournal.app;

import com.dealjournal.ui.common.Frames;
import java.io.PrintStream;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;

/**
 * The training run of the installers' AOT cache (see packaging/README.md), and the clock of their start-up
 * measurement. Without the system property {@value #PROPERTY} it is never created. With
 * {@code -Ddealjournal.trainingRun=true} the window prints {@code training-run list-shown EPOCH_MILLIS} once a
 * frame showing the filled prospect list has been rendered, then opens the review, prints
 * {@code training-run review-shown EPOCH_MILLIS} once its figures have been rendered, and quits as if the user
 * had closed it, so the process exits 0 by itself. It needs a journal that holds prospects, such as one made by
 * the {@code demo} command.
 *
 * <p>"Rendered": the pulse that laid out the filled screen is followed by two more; the scene is synchronised
 * for the first of them only after the render thread has drawn the filled frame, so at the second it has been
 * drawn.
 */
final class TrainingRun {

    static final String PROPERTY = "dealjournal.trainingRun";
    static final String PREFIX = "training-run ";

    private final PrintStream out;
    private final Runnable quit;

    TrainingRun(PrintStream out, Runnable quit) {
        this.out = out;
        this.quit = quit;
    }

    /**
     * The training run of the main window {@code stage}, if the system property asks for one. It quits by
     * closing the window, as the user would: what the window owns (a start-up notice, say) closes with it
     * before the toolkit shuts down, which GTK needs not to crash on the way out.
     */
    static Optional<TrainingRun> fromSystemProperties(javafx.stage.Stage stage) {
        return Boolean.getBoolean(PROPERTY)
                ? Optional.of(new TrainingRun(System.out, stage::close)) : Optional.empty();
    }

    /** Watches the main window's scene; call on the FX thread once the window has been built. */
    void watch(Scene scene) {
        Frames.afterFrame(scene, () -> StartupProbe.hasRows(scene), () -> {
            print("list-shown");
            ((ButtonBase) scene.lookup("#nav-review")).fire();
            Frames.afterFrame(scene, () -> StartupProbe.hasText(scene.lookup("#tile-score-value")), () -> {
                print("review-shown");
                quit.run();
            });
        });
    }

    private void print(String what) {
        out.println(PREFIX + what + " " + System.currentTimeMillis());
        out.flush();
    }
}
