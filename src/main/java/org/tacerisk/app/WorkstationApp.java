package org.tacerisk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window ({@link MainWindow}). */
public final class WorkstationApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, Workstation.options());
        window.show();
    }
}
