package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.cli.TaceRiskCommand;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.predict.CasePrediction;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

/**
 * Issue 14's whole case in the real window: the demo case opens with its tumour, the clinical values are typed
 * into the form the bundle generates, Compute measures the tumour in the background; the probability, its CI and
 * the risk group equal {@code tacerisk predict} on the same mask (exported from the window) and values to 1e-9;
 * editing a value and dragging a nomogram marker rerun only step 2, exactly as the bundle's predictor says.
 */
@ExtendWith(ApplicationExtension.class)
class CaseWorkflowWindowTest {

    /** Typical values per predictor id of the demo bundle; any other entered predictor gets a training value. */
    static final Map<String, String> TYPED = Map.of("tumor_size_cm", "5.1", "nodules", "2", "afp_ng_ml", "350");

    @TempDir
    static Path temp;

    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, true),
                Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void computeEqualsTheCommandLineAndWhatIfEditsRerunOnlyStepTwo(FxRobot robot) throws IOException {
        awaitIdle(window);
        assertEquals(MainWindow.Screen.VIEWER, window.screen(), window.status().message());
        CasePanel panel = window.casePanel();
        Map<String, String> typed = typeValues(robot, panel);
        Screenshots.save(window.sceneRoot(), "case-before-compute");
        robot.clickOn("#computeButton");
        awaitIdle(window);
        CasePrediction shown = panel.shown();
        assertNotNull(shown, "a result after Compute: " + window.status().message() + " / "
                + robot.lookup("#resultPanel").queryAs(org.tacerisk.app.result.ResultPanel.class).state());
        assertFalse(panel.whatIf());
        Screenshots.save(window.sceneRoot(), "case-result");

        JsonNode cli = predictOnTheCommandLine(typed);
        BundlePrediction p = shown.prediction();
        assertEquals(cli.get("probability").asDouble(), p.probability(), 1e-9);
        assertEquals(cli.get("ci_low").asDouble(), p.probabilityLow(), 1e-9);
        assertEquals(cli.get("ci_high").asDouble(), p.probabilityHigh(), 1e-9);
        assertEquals(cli.get("risk_group").asText(), p.riskGroup());
        assertEquals(cli.get("total_points").asDouble(), p.totalPoints(), 1e-9);

        // a marker dragged on an image-derived axis, or a value edited: what-if, exactly the bundle's prediction
        List<PredictorSpecification> predictors = panel.bundle().predictor().predictors();
        Map<String, Double> inputs = new LinkedHashMap<>(shown.inputs());
        int axis = 0;
        double moved = inputs.get(predictors.get(axis).id()) + 0.5;
        robot.interact(() -> draggedTo(panel, 0, moved));
        inputs.put(predictors.get(axis).id(), CaseCompute.entered(predictors.get(axis)) ? rounded(moved) : moved);
        BundlePrediction expected = panel.bundle().predictor().predict(inputs);
        assertEquals(expected.probability(), panel.shown().prediction().probability(), 1e-12);
        assertTrue(panel.whatIf(), "a dragged value is a what-if");
        assertTrue(robot.lookup("#resetToPatient").queryAs(Button.class).isVisible());
        Screenshots.save(window.sceneRoot(), "case-what-if");
        robot.clickOn("#resetToPatient");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(panel.whatIf());
        assertEquals(p.probability(), panel.shown().prediction().probability(), 0);
        assertFalse(robot.lookup("#resetToPatient").queryAs(Button.class).isVisible());

        // typing another AFP moves the AFP marker and gives exactly the bundle's prediction for the new value
        int afpAxis = axisOf(predictors, "afp_ng_ml");
        robot.interact(() -> panel.revealField("afp_ng_ml"));
        robot.doubleClickOn("#input-afp_ng_ml").eraseText(6).write("12.5");
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> edited = new LinkedHashMap<>(shown.inputs());
        edited.put("afp_ng_ml", 12.5);
        assertEquals(12.5, panel.nomogram().value(afpAxis), 0, "the AFP marker follows the typed value");
        BundlePrediction afterAfp = panel.bundle().predictor().predict(edited);
        assertEquals(afterAfp.probability(), panel.shown().prediction().probability(), 0);
        assertEquals(afterAfp.probabilityLow(), panel.shown().prediction().probabilityLow(), 0);
        assertEquals(afterAfp.riskGroup(), panel.shown().prediction().riskGroup());
        assertTrue(panel.whatIf());

        // dragging the nodules marker (figures enlarged, as at the tumour board) changes the entered value
        robot.interact(window::toggleFigures);
        WaitForAsyncUtils.waitForFxEvents();
        int nodulesAxis = axisOf(predictors, "nodules");
        javafx.scene.shape.Circle marker = robot.lookup("#nomogramMarker-" + nodulesAxis)
                .queryAs(javafx.scene.shape.Circle.class);
        double nodulesBefore = panel.nomogram().value(nodulesAxis);
        robot.drag(marker, javafx.scene.input.MouseButton.PRIMARY).moveBy(120, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double nodulesAfter = panel.nomogram().value(nodulesAxis);
        assertTrue(nodulesAfter > nodulesBefore, nodulesBefore + " -> " + nodulesAfter);
        assertEquals(org.tacerisk.common.DisplayNumbers.exact(nodulesAfter),
                robot.lookup("#input-nodules").queryAs(TextField.class).getText(), "the entered value follows");
        edited.put("nodules", nodulesAfter);
        assertEquals(panel.bundle().predictor().predict(edited).probability(),
                panel.shown().prediction().probability(), 0);
        Screenshots.save(window.sceneRoot(), "case-figures-enlarged");
        robot.interact(window::toggleFigures);
    }

    private static int axisOf(List<PredictorSpecification> predictors, String id) {
        for (int k = 0; k < predictors.size(); k++) {
            if (predictors.get(k).id().equals(id)) {
                return k;
            }
        }
        throw new AssertionError("the demo bundle has no " + id + " axis");
    }

    @Test
    void cancellingComputeLeavesTheWindowIdleWithinASecond(FxRobot robot) throws Exception {
        awaitIdle(window);
        CasePanel panel = window.casePanel();
        typeValues(robot, panel);
        // Cancel pressed as soon as step 1 runs (the click's own wait may outlast a fast step 1)
        long[] asked = new long[1];
        javafx.beans.value.ChangeListener<Boolean> cancelOnStart = (o, was, busy) -> {
            if (busy) {
                javafx.application.Platform.runLater(() -> {
                    asked[0] = System.nanoTime();
                    window.cancelWork();
                });
            }
        };
        robot.interact(() -> window.work().busyProperty().addListener(cancelOnStart));
        robot.clickOn("#computeButton");
        robot.interact(() -> window.work().busyProperty().removeListener(cancelOnStart));
        WaitForAsyncUtils.waitFor(1, java.util.concurrent.TimeUnit.SECONDS, () -> !window.work().isBusy());
        double seconds = (System.nanoTime() - asked[0]) / 1e9;
        assertTrue(window.status().message().contains("cancelled"), window.status().message());
        assertTrue(seconds <= 1, "idle after " + seconds + " s");
        assertNull(panel.shown(), "nothing computed");
        robot.clickOn("#computeButton");
        awaitIdle(window);
        assertNotNull(panel.shown(), "usable after the cancel: " + window.status().message());
    }

    /** Types a value into every entered field of the form; returns id → text. */
    private static Map<String, String> typeValues(FxRobot robot, CasePanel panel) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (PredictorSpecification p : panel.bundle().predictor().predictors()) {
            if (!CaseCompute.entered(p) || p.categorical()) {
                continue;
            }
            String value = TYPED.getOrDefault(p.id(), Double.toString(p.trainingMin()));
            robot.interact(() -> panel.revealField(p.id()));
            robot.clickOn("#input-" + p.id()).write(value);
            typed.put(p.id(), value);
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : typed.keySet()) {
            assertEquals(typed.get(id), robot.lookup("#input-" + id).queryAs(TextField.class).getText());
        }
        return typed;
    }

    private static void draggedTo(CasePanel panel, int axis, double value) {
        panel.nomogram().setValue(axis, value);
        panel.markerDragged(axis, value);
    }

    private static double rounded(double v) {
        return Double.parseDouble(org.tacerisk.common.DisplayNumbers.significant(v, CasePanel.DRAGGED_DIGITS));
    }

    /** {@code tacerisk predict --json} on the window's own mask (exported as NIfTI) and the typed values. */
    private JsonNode predictOnTheCommandLine(Map<String, String> typed) throws IOException {
        Path mask = temp.resolve("window-mask.nii.gz");
        MaskFiles.write(window.mask(), MaskFiles.Format.NIFTI, window.loaded(), mask);
        Path dicom;
        try (Stream<Path> s = Files.walk(window.dataFolder().resolve(DemoOpening.FOLDER))) {
            dicom = s.filter(f -> f.getFileName().toString().equals("dicom") && Files.isDirectory(f)).findFirst()
                    .orElseThrow();
        }
        List<String> args = new ArrayList<>(List.of("predict", "--bundle", window.casePanel().bundle().source()
                .toString(), "--image", dicom.toString(), "--mask", mask.toString(), "--json"));
        if (!typed.isEmpty()) {
            args.add("--clinical");
            args.add(String.join(",", typed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = TaceRiskCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err::toString);
        return new ObjectMapper().readTree(out.toString());
    }
}
