package com.dealjournal.ui.common;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs work once a frame showing something has been drawn: to defer start-up work, and to time it. */
public final class Frames {

    private Frames() {
    }

    /**
     * Runs {@code then} on the FX thread once a frame has been rendered after {@code ready} became true at
     * a layout pulse. "Rendered": the pulse that laid out the ready screen is followed by two more; the
     * scene is synchronised for the first of them only after the render thread has drawn the ready frame,
     * so at the second one it has been drawn. Call on the FX thread.
     */
    public static void afterFrame(Scene scene, BooleanSupplier ready, Runnable then) {
        int[] pulsesSinceReady = {-1};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (pulsesSinceReady[0] < 0 && !ready.getAsBoolean()) {
                return;
            }
            if (++pulsesSinceReady[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Runs each piece of work in a turn of its own on the FX thread, so input is handled between them. */
    public static void oneAtATime(Runnable... work) {
        for (Runnable piece : work) {
            Platform.runLater(piece);
        }
    }
}
