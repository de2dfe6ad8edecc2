package org.tacerisk.app.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.common.Finding;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The result panel in a side panel 300 and 420 px wide (headless TestFX + Monocle), showing predictions of the
 * SYNTHETIC demo bundle from hand-made measurements: a DLR score above the training range with an entered size
 * that disagrees with the measured one (two warnings, high group), and a low score (low group). Expected texts are
 * formatted here by hand from the prediction's doubles.
 */
@ExtendWith(ApplicationExtension.class)
class ResultPanelWindowTest {

    private static ModelBundle bundle;
    private static BundleManifest manifest;
    private static CasePrediction high;
    private static CasePrediction low;

    private Stage stage;
    private BorderPane root;
    private ResultPanel panel;

    @BeforeAll
    static void predict() {
        bundle = ModelBundle.load(Path.of("models", "hcc-tace-demo"));
        manifest = bundle.manifest();
        try (CasePredictor predictor = CasePredictor.open(bundle)) {
            high = predictor.predict(measurement(0.9, 0.4, 2.4, 4.6), Map.of("tumor_size_cm", 2.0, "nodules", 3.0,
                    "afp_ng_ml", 500.0));
            low = predictor.predict(measurement(-1.8, -1.2, -2.0, 2.1), Map.of("tumor_size_cm", 2.0, "nodules", 1.0,
                    "afp_ng_ml", 5.0));
        }
    }

    @AfterAll
    static void close() {
        bundle.close();
    }

    /** What step 1 would give: the demo bundle's three signature scores and a measured size, no features needed. */
    private static CaseMeasurement measurement(double rad, double dl, double dlr, double sizeCm) {
        return new CaseMeasurement(manifest.name(), manifest.version(), bundle.manifestSha256(), Map.of(),
                Map.of("rad", rad, "dl", dl, "dlr", dlr), sizeCm, 30.0, List.of(0.7, 0.7, 5.0));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        panel = new ResultPanel(Messages.of(Locale.ENGLISH)::get);
        root = new BorderPane(panel);
        root.getStyleClass().add("workstation");
        Scene scene = new Scene(root, 300, 760);
        scene.getStylesheets().add(ResultPanel.class.getResource("/org/tacerisk/app/workstation.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.setWidth(300); // the same stage serves every test: start each at the narrow side panel
        stage.setHeight(760);
        stage.show();
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f", p * 100);
    }

    private String text(String id) {
        return fx(() -> ((Label) root.lookup("#" + id)).getText());
    }

    private boolean shown(String id) {
        return fx(() -> {
            Node n = root.lookup("#" + id);
            return n != null && n.isVisible();
        });
    }

    @Test
    void showsTheProbabilityCiGroupWarningsAndTheSyntheticLabel(FxRobot robot) {
        robot.interact(() -> panel.show(high, manifest));
        BundlePrediction b = high.prediction();
        assertEquals(1, b.riskGroupIndex(), "the test case is in the high group");
        assertEquals(pct(b.probability()) + " %", text("resultProbability"));
        assertEquals("95 % CI " + pct(b.probabilityLow()) + "–" + pct(b.probabilityHigh()) + " %", text("resultCi"));
        double cutoff = manifest.riskGroups().cutoffs().get(0);
        assertEquals("high (≥ " + pct(cutoff) + " %)", text("resultRiskGroup"));
        assertTrue(fx(() -> root.lookup("#resultRiskGroup").getStyleClass().contains("risk-group-1")));
        List<String> codes = high.warnings().stream().map(Finding::code).toList();
        assertTrue(codes.contains("SIZE_DISAGREES") && codes.size() >= 2, codes.toString());
        List<String> lines = fx(() -> root.lookup("#resultWarnings").lookupAll(".result-warning").stream()
                .map(n -> ((Label) n).getText()).toList());
        Messages english = Messages.of(Locale.ENGLISH);
        for (Finding f : high.warnings()) {
            // a known warning has a headline in the window's language before the core's words
            String headline = english.get("finding." + f.code()) + ": ";
            assertTrue(lines.stream().anyMatch(l -> l.equals(headline + f.message() + " — " + f.advice())),
                    headline + f.message() + " in " + lines);
        }
        assertEquals("SYNTHETIC DEMO — not for clinical use", text("resultSynthetic"));
        assertEquals("Intended use: " + manifest.intendedUse(), text("resultIntendedUse"));
        assertEquals(String.format(Locale.ROOT, "%.1f cm", 4.6), text("resultSize"));
        assertTrue(shown("resultScore-dlr"));
        assertEquals(ResultPanel.State.RESULT, panel.state());
        Screenshots.save(root, "result-panel");
        robot.interact(() -> stage.setWidth(420));
        settle();
        Screenshots.save(root, "result-panel-420");
    }

    @Test
    void theLowGroupHasItsOwnLabelAndBadge(FxRobot robot) {
        robot.interact(() -> panel.show(low, manifest));
        BundlePrediction b = low.prediction();
        assertEquals(0, b.riskGroupIndex());
        assertEquals("low (< " + pct(manifest.riskGroups().cutoffs().get(0)) + " %)", text("resultRiskGroup"));
        assertTrue(fx(() -> root.lookup("#resultRiskGroup").getStyleClass().contains("risk-group-0")));
        assertFalse(fx(() -> root.lookup("#resultRiskGroup").getStyleClass().contains("risk-group-1")));
        assertEquals(pct(b.probability()) + " %", text("resultProbability"));
    }

    @Test
    void statesNothingComputingWhatIfStaleAndFailure(FxRobot robot) {
        assertEquals(ResultPanel.State.NOTHING, panel.state());
        assertTrue(text("resultMessage").startsWith("Outline the tumour and enter the clinical values"));
        assertFalse(shown("resultProbability"));
        robot.interact(() -> panel.show(high, manifest));
        robot.interact(() -> panel.showComputing());
        assertTrue(shown("resultProbability"), "the last result stays while computing");
        assertTrue(fx(() -> root.lookup("#resultContent").getStyleClass().contains("result-greyed")));
        assertEquals("Computing the risk…", text("resultMessage"));
        robot.interact(() -> {
            panel.show(high, manifest);
            panel.showWhatIf(true);
        });
        assertTrue(shown("resultWhatIf"));
        assertEquals("What-if — not the entered values", text("resultWhatIf"));
        assertFalse(fx(() -> root.lookup("#resultContent").getStyleClass().contains("result-greyed")));
        Screenshots.save(root, "result-panel-what-if");
        robot.interact(() -> {
            panel.showWhatIf(false);
            panel.showStale("the outline changed");
        });
        assertFalse(shown("resultWhatIf"));
        assertTrue(shown("resultStale"));
        assertTrue(text("resultStale").startsWith("Out of date: the outline changed."));
        assertTrue(shown("resultProbability"), "kept, marked out of date");
        assertEquals(ResultPanel.State.STALE, panel.state());
        Screenshots.save(root, "result-panel-stale");
        robot.interact(() -> panel.showFailure("the tumour mask is empty"));
        assertEquals("The risk could not be computed: the tumour mask is empty", text("resultMessage"));
        assertFalse(shown("resultProbability"));
        assertFalse(shown("resultStale"));
        robot.interact(() -> panel.showNothing());
        assertEquals(ResultPanel.State.NOTHING, panel.state());
    }

    @Test
    void chinesePanelAtBothWidths(FxRobot robot) {
        robot.interact(() -> {
            ResultPanel chinese = new ResultPanel(Messages.of(Locale.SIMPLIFIED_CHINESE)::get);
            root.setCenter(chinese);
            chinese.show(high, manifest);
            chinese.showWhatIf(true);
        });
        assertEquals("假设情景 — 并非输入的数值", text("resultWhatIf"));
        assertEquals(pct(high.prediction().probability()) + " %", text("resultProbability"));
        assertEquals("95 % 置信区间 " + pct(high.prediction().probabilityLow()) + "–"
                + pct(high.prediction().probabilityHigh()) + " %", text("resultCi"));
        assertEquals("合成数据演示 — 不得用于临床", text("resultSynthetic"));
        Screenshots.save(root, "result-panel-zh");
        robot.interact(() -> stage.setWidth(420));
        settle();
        Screenshots.save(root, "result-panel-zh-420");
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> c) {
        settle();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }
}
