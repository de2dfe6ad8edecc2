package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.CombinedModel;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.PredictorSpecification.Level;
import org.tacerisk.model.PredictorSpecification.Source;
import org.tacerisk.model.PredictorSpecification.Transform;
import org.tacerisk.model.PredictorSpecification.Type;
import org.tacerisk.model.TestBundles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Any bundle's predictors drive the case panel (issue 14): a bundle of tumour size measured from the ROI, an
 * entered count and a categorical Child-Pugh class gets a read-only size row, a number field and a choice of the
 * bundle's levels — nothing about AFP — and Compute gives exactly that bundle's prediction for the outline's size.
 */
@ExtendWith(ApplicationExtension.class)
class OtherBundleWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;
    private BundleManifest manifest;

    @Start
    void start(Stage stage) throws IOException {
        manifest = TestBundles.measuredSizeAndCategorical();
        Path bundle = temp.resolve("categorical-" + System.nanoTime());
        new ModelBundleWriter(manifest).write(bundle);
        org.tacerisk.model.TestSigning.withDemoKey(bundle); // trusted for synthetic bundles, as the demo
        window = new MainWindow(stage, new WorkstationOptions(null, null, bundle, true),
                Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void aCategoricalBundleGetsItsOwnFormAndItsOwnPrediction(FxRobot robot) {
        awaitIdle(window);
        assertEquals(manifest.name(), window.casePanel().bundle().manifest().name());
        assertTrue(robot.lookup("#input-afp_ng_ml").tryQuery().isEmpty(), "no AFP field for this bundle");
        assertTrue(robot.lookup("#inputValue-tumor_size_cm").tryQuery().isPresent(), "size measured, read-only");
        ChoiceBox<Level> child = robot.lookup("#input-child_pugh").query();
        assertEquals(List.of("A", "B"), child.getItems().stream().map(Level::label).toList());
        robot.interact(() -> window.casePanel().revealField("nodules"));
        robot.clickOn("#input-nodules").write("3");
        robot.interact(() -> child.setValue(child.getItems().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#computeButton");
        awaitIdle(window);
        assertNotNull(window.casePanel().shown(), window.status().message() + " / " + window.problem().isShowing());
        double size = window.casePanel().shown().measuredSizeCm();
        BundlePrediction expected = BundlePredictor.of(manifest).predict(Map.of("tumor_size_cm", size,
                "nodules", 3.0, "child_pugh", 1.0));
        BundlePrediction shown = window.casePanel().shown().prediction();
        assertEquals(expected.probability(), shown.probability(), 1e-12);
        assertEquals(expected.probabilityLow(), shown.probabilityLow(), 1e-12);
        assertEquals(expected.riskGroup(), shown.riskGroup());
        String measured = robot.lookup("#inputValue-tumor_size_cm").queryAs(Label.class).getText();
        assertTrue(measured.startsWith(org.tacerisk.common.DisplayNumbers.of(size).substring(0, 3)), measured);
        assertEquals("3", robot.lookup("#input-nodules").queryAs(TextField.class).getText());
        Screenshots.save(window.sceneRoot(), "case-categorical-bundle");

        // the clinical size instead of the ROI's diameter: exactly the bundle's prediction at that size
        robot.interact(() -> window.casePanel().revealField("tumor_size_cm"));
        robot.clickOn("#clinicalSizeInstead-tumor_size_cm");
        robot.interact(() -> window.casePanel().revealField("tumor_size_cm"));
        robot.clickOn("#input-tumor_size_cm").write("7.5");
        WaitForAsyncUtils.waitForFxEvents();
        BundlePrediction clinical = BundlePredictor.of(manifest).predict(Map.of("tumor_size_cm", 7.5,
                "nodules", 3.0, "child_pugh", 1.0));
        assertEquals(clinical.probability(), window.casePanel().shown().prediction().probability(), 1e-12);
        assertTrue(window.casePanel().shown().notes().stream().anyMatch(n -> n.contains("instead")));
        Screenshots.save(window.sceneRoot(), "case-clinical-size-instead");
    }
}
