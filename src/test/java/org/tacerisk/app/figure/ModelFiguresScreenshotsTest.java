package org.tacerisk.app.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.model.ModelBundle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of every model figure tab, in English and Chinese, as the case panel shows them (420 × 600) and
 * enlarged (1000 × 700): target/screenshots/model-tabs-TAB-SIZE[-zh].png, the patient at 23.6 %.
 */
@ExtendWith(ApplicationExtension.class)
class ModelFiguresScreenshotsTest {

    private static ModelBundle bundle;
    private Stage stage;

    @BeforeAll
    static void load() {
        bundle = ModelBundle.load(ModelFiguresTest.DEMO);
    }

    @AfterAll
    static void close() {
        bundle.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new Label(), 420, 600));
        stage.show();
    }

    @Test
    void everyTabInBothLanguagesAndBothSizes(FxRobot robot) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            for (int[] size : new int[][] {{420, 600}, {1000, 700}}) {
                shoot(robot, locale, size[0], size[1]);
            }
        }
    }

    private void shoot(FxRobot robot, Locale locale, int w, int h) {
        ModelFigures figures = ModelFiguresTest.onFx(() -> new ModelFigures(bundle, Messages.of(locale)::get, locale));
        robot.interact(() -> {
            figures.setNomogram(new Label("(nomogram: the lead's NomogramView)"));
            figures.showPatient(0.236);
            BorderPane root = new BorderPane(figures.node());
            root.getStyleClass().add("workstation");
            javafx.scene.Scene scene = new javafx.scene.Scene(root, w, h);
            scene.getStylesheets().add(getClass().getResource("/org/tacerisk/app/workstation.css")
                    .toExternalForm());
            stage.setScene(scene);
            stage.sizeToScene();
        });
        TabPane tabs = (TabPane) figures.node();
        String suffix = "-" + w + "x" + h + (locale.getLanguage().equals("zh") ? "-zh" : "");
        for (Tab tab : tabs.getTabs()) {
            if (tab.getId().equals("nomogramTab")) {
                continue;
            }
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            String name = tab.getId().replace("Tab", "");
            Path file = Screenshots.save(tabs, "model-tabs-" + name + suffix);
            assertTrue(Files.isRegularFile(file));
            if (tab.getContent() instanceof ScrollPane card) {
                // the card's end: the rest of the performance table and the limitations
                robot.interact(() -> card.setVvalue(card.getVmax()));
                WaitForAsyncUtils.waitForFxEvents();
                Screenshots.save(tabs, "model-tabs-" + name + "-end" + suffix);
            }
        }
    }

}
