package org.tacerisk.app;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window ({@link MainWindow}). */
public final class WorkstationApp extends Application {

    /** System property: {@code true} prints one line when the window is first interactive (docs/performance.md). */
    static final String STARTUP_TIMING = "tacerisk.startupTiming";

    @Override
    public void start(Stage stage) {
        AppIcons.apply(stage);
        MainWindow window = new MainWindow(stage, Workstation.options());
        window.show();
        if (Boolean.getBoolean(STARTUP_TIMING)) {
            reportWhenInteractive(stage.getScene());
        }
    }

    /**
     * Prints the time from JVM start once the shown window has been laid out and drawn by a pulse and the FX thread
     * is free again for input: the moment a click would be answered.
     */
    private static void reportWhenInteractive(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> System.err.println("window shown after "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms"));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
