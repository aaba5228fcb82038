package com.dealjournal.bench;

import com.dealjournal.app.StartupProbe;
import com.dealjournal.ui.common.Frames;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up figure: an empty window with one label, started from a plain classpath the
 * way the application is, that reports its first rendered frame exactly as the application's probe does.
 */
public final class EmptyStage {

    private EmptyStage() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
        System.exit(0);
    }

    /** The window; not the main class, so it starts from the classpath as the application does. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Deal Journal")), 1240, 780);
            stage.setScene(scene);
            stage.show();
            Frames.afterFrame(scene, () -> true, () -> {
                System.out.println(StartupProbe.PREFIX + "list-shown " + System.currentTimeMillis());
                System.out.println(StartupProbe.PREFIX + "cpu-millis " + StartupProbe.cpuMillis());
                System.out.flush();
                Platform.exit();
            });
        }
    }
}
