package org.tacerisk.app;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The workstation's one window (../shared/docs/workstation-ui.md): toolbar on top, the series and tools on the left,
 * the viewer in the centre, the case on the right, the status bar at the bottom. Dark, like a reading room.
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1366;
    static final double DEFAULT_HEIGHT = 768;

    private final Stage stage;
    private final Messages text;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();

    public MainWindow(Stage stage, WorkstationOptions options) {
        this.stage = stage;
        this.text = Messages.of(Locale.getDefault());
        root.getStyleClass().add("workstation");
        root.setTop(toolbar());
        StackPane viewer = new StackPane(new Label(text.get("viewer.empty")));
        viewer.getStyleClass().add("viewer");
        root.setCenter(viewer);
        root.setBottom(statusBar());
        status.setText(text.get("status.ready"));
    }

    public void show() {
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("workstation.css").toExternalForm());
        stage.setTitle(text.get("app.title"));
        stage.setScene(scene);
        stage.show();
    }

    BorderPane root() {
        return root;
    }

    private ToolBar toolbar() {
        Button open = new Button(text.get("toolbar.open"));
        open.setId("open");
        Button demo = new Button(text.get("toolbar.demo"));
        demo.setId("demo");
        Button bundle = new Button(text.get("toolbar.bundle"));
        bundle.setId("bundle");
        return new ToolBar(open, demo, bundle);
    }

    private HBox statusBar() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, status, grow);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
