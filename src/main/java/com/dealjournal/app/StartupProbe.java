package com.dealjournal.app;

import com.dealjournal.ui.common.Frames;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;

/**
 * For the benchmark only (see docs/PERFORMANCE.md); without its system property it is never created.
 * With {@code -Ddealjournal.startupProbe=list} the application prints
 * {@code startup-probe list-shown EPOCH_MILLIS} once a frame showing the filled prospect list has been
 * rendered, then {@code cpu-millis N}, the CPU time the process has used until then, and quits. With {@code =review} it then opens the review, prints {@code review-shown}
 * once its figures are rendered, then {@code heap-used BYTES} after a full garbage collection and
 * {@code rss BYTES} of the whole process, and quits.
 *
 * <p>"Rendered": the pulse that laid out the filled screen is followed by two more; the scene is
 * synchronised for the first of them only after the render thread has drawn the filled frame, so at the
 * second one it has been drawn.
 */
public final class StartupProbe {

    public static final String PROPERTY = "dealjournal.startupProbe";
    public static final String PREFIX = "startup-probe ";

    private final boolean review;

    private StartupProbe(boolean review) {
        this.review = review;
    }

    /** The probe the system property asks for, if it asks for one. */
    static Optional<StartupProbe> fromSystemProperties() {
        String mode = System.getProperty(PROPERTY);
        return mode == null ? Optional.empty() : Optional.of(new StartupProbe("review".equals(mode)));
    }

    /** Watches the main window's scene; call on the FX thread once the scene is set. */
    void watch(Scene scene) {
        Frames.afterFrame(scene, () -> hasRows(scene), () -> {
            print("list-shown " + System.currentTimeMillis());
            print("cpu-millis " + cpuMillis());
            if (!review) {
                quit(scene);
                return;
            }
            ((ButtonBase) scene.lookup("#nav-review")).fire();
            Frames.afterFrame(scene, () -> hasText(scene.lookup("#tile-score-value")), () -> {
                print("review-shown " + System.currentTimeMillis());
                System.gc();
                print("heap-used " + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                print("rss " + residentSetBytes());
                quit(scene);
            });
        });
    }

    /** The CPU time the whole process has used so far, all its threads together, or -1 where unknown. */
    public static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /**
     * Quits by closing the window, as a user would: what the window owns (a start-up notice, say) closes
     * with it before the toolkit shuts down, which GTK needs not to crash on the way out.
     */
    private static void quit(Scene scene) {
        scene.getWindow().hide();
    }

    static boolean hasRows(Scene scene) {
        return scene.lookup("#prospect-table") instanceof TableView<?> table && !table.getItems().isEmpty()
                && table.lookup(".table-row-cell") != null;
    }

    static boolean hasText(Node node) {
        return node instanceof Labeled label && label.getText() != null && !label.getText().isEmpty();
    }

    private static void print(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }

    /** The process's resident set from {@code /proc/self/status}, or -1 where there is none. */
    private static long residentSetBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
