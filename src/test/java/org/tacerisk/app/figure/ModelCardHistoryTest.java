package org.tacerisk.app.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.common.Progress;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.update.BundleUpdate;
import org.tacerisk.model.update.SimulatedSite;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The model card lists the validations and updates a bundle has been through: none for the demo bundle as
 * developed; for the demo updated at a simulated site, the validation and the update in words (en, zh-CN), with the
 * note that the card's performance describes the model before the update. Screenshots:
 * target/screenshots/model-card-history[-zh].png.
 */
@ExtendWith(ApplicationExtension.class)
class ModelCardHistoryTest {

    @TempDir
    static Path temp;
    private static ModelBundle updated;
    private Stage stage;

    @BeforeAll
    static void update() throws Exception {
        try (ModelBundle demo = ModelBundle.load(ModelFiguresTest.DEMO)) {
            Path predictions = SimulatedSite.writePredictions(temp.resolve("predictions.csv"),
                    SimulatedSite.cases(demo.manifest(), 1200, 31, (x, lp) -> lp + 0.9));
            BundleUpdate.run(demo, predictions, temp.resolve("updated"), new BundleUpdate.Options(null,
                    "Synthetic site C", 0.3, null, 7, "2026-12-07T01:00:00Z", "test"), Progress.NONE);
        }
        updated = ModelBundle.load(temp.resolve("updated"));
    }

    @AfterAll
    static void close() {
        updated.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new Label(), 420, 600));
        stage.show();
    }

    @Test
    void historyLinesInWords() {
        List<String> en = HistoryLines.of(updated.manifest(), Messages.of(Locale.ENGLISH)::get);
        assertEquals(2, en.size(), en.toString());
        assertTrue(en.get(0).startsWith("2026-12-07 \u00b7 validation at Synthetic site C of version 0.4.0: 1200"
                + " cases"), en.get(0));
        assertTrue(en.get(1).contains("update at Synthetic site C: recalibration in the large (chosen by the closed"
                + " test) of version 0.4.0 (SHA-256 " + updated.manifest().history().get(1).bundleSha256()
                        .substring(0, 12)), en.get(1));
        List<String> zh = HistoryLines.of(updated.manifest(), Messages.of(Locale.SIMPLIFIED_CHINESE)::get);
        assertTrue(zh.get(1).contains("整体校准") && zh.get(1).contains("由封闭检验选择"), zh.get(1));
        try (ModelBundle demo = ModelBundle.load(ModelFiguresTest.DEMO)) {
            assertEquals(List.of("None recorded: the model is as it was developed."),
                    HistoryLines.of(demo.manifest(), Messages.of(Locale.ENGLISH)::get));
        }
    }

    @Test
    void theCardShowsTheHistoryInBothLanguages(FxRobot robot) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ModelFigures figures = ModelFiguresTest.onFx(() -> new ModelFigures(updated, Messages.of(locale)::get, locale));
            robot.interact(() -> {
                figures.setNomogram(new Label("(nomogram)"));
                BorderPane root = new BorderPane(figures.node());
                root.getStyleClass().add("workstation");
                javafx.scene.Scene scene = new javafx.scene.Scene(root, 1000, 700);
                scene.getStylesheets().add(getClass().getResource("/org/tacerisk/app/workstation.css")
                        .toExternalForm());
                stage.setScene(scene);
                stage.sizeToScene();
            });
            TabPane tabs = (TabPane) figures.node();
            Tab card = tabs.getTabs().stream().filter(t -> t.getId().equals("modelCardTab")).findFirst()
                    .orElseThrow();
            robot.interact(() -> tabs.getSelectionModel().select(card));
            WaitForAsyncUtils.waitForFxEvents();
            VBox history = robot.lookup("#modelCardHistory").queryAs(VBox.class);
            assertEquals(2, history.getChildren().size());
            String zh = locale.getLanguage().equals("zh") ? "-zh" : "";
            if (zh.isEmpty()) {
                String text = ((Label) history.getChildren().get(1)).getText();
                assertTrue(text.contains("update at Synthetic site C"), text);
                VBox limits = robot.lookup("#modelCardLimitations").queryAs(VBox.class);
                assertTrue(limits.getChildren().stream().anyMatch(n -> ((Label) n).getText()
                        .contains("describe the model before the update")));
            }
            ScrollPane pane = (ScrollPane) card.getContent();
            robot.interact(() -> pane.setVvalue(pane.getVmax()));
            WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(tabs, "model-card-history" + zh);
        }
    }
}
