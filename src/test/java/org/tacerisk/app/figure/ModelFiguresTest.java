package org.tacerisk.app.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.app.Messages;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.report.figure.Plot;
import org.tacerisk.report.figure.Scene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The model figure tabs with the demo bundle in a 420 × 600 panel (headless TestFX + Monocle). The expected numbers
 * are read from the bundle's manifest.json as JSON, not through the bundle's classes: the curve points, cut-off and
 * ROC points the screen must show where the axes say.
 */
@ExtendWith(ApplicationExtension.class)
class ModelFiguresTest {

    static final Path DEMO = Path.of("models", "hcc-tace-demo");

    private static ModelBundle bundle;
    private static JsonNode json;
    private ModelFigures figures;

    @BeforeAll
    static void load() throws IOException {
        bundle = ModelBundle.load(DEMO);
        json = new ObjectMapper().readTree(DEMO.resolve("manifest.json").toFile());
    }

    @AfterAll
    static void close() {
        bundle.close();
    }

    @Start
    void start(Stage stage) {
        figures = new ModelFigures(bundle, Messages.of(Locale.ENGLISH)::get, Locale.ENGLISH);
        figures.setNomogram(new Label("the lead's nomogram"));
        BorderPane root = new BorderPane(figures.node());
        root.getStyleClass().add("workstation");
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 420, 600);
        scene.getStylesheets().add(getClass().getResource("/org/tacerisk/app/workstation.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void select(FxRobot robot, String tabId) {
        TabPane tabs = (TabPane) figures.node();
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double px(Plot.Area a, double x) {
        // by hand: the axis' range onto the plot area's edges
        return a.left() + (x - a.x().min()) / (a.x().max() - a.x().min()) * (a.right() - a.left());
    }

    private static double py(Plot.Area a, double y) {
        return a.bottom() - (y - a.y().min()) / (a.y().max() - a.y().min()) * (a.bottom() - a.top());
    }

    @Test
    void everyTabBuildsWithTheNomogramFirst(FxRobot robot) {
        TabPane tabs = (TabPane) figures.node();
        assertEquals("modelTabs", tabs.getId());
        assertEquals(List.of("nomogramTab", "calibrationTab", "decisionCurveTab", "rocTab", "modelCardTab"),
                tabs.getTabs().stream().map(Tab::getId).toList());
        assertEquals(List.of("Nomogram", "Calibration", "DCA", "ROC", "Model card"),
                tabs.getTabs().stream().map(Tab::getText).toList());
        for (String id : List.of("calibrationTab", "decisionCurveTab", "rocTab")) {
            select(robot, id);
        }
        for (CohortFigure f : List.of(figures.calibration(), figures.decisionCurve(), figures.roc())) {
            assertNotNull(f.plot.scene(), "drawn once shown");
            assertTrue(f.plot.getWidth() > 380 && f.plot.getHeight() > 300, "the figure fills the tab: "
                    + f.plot.getWidth() + " x " + f.plot.getHeight());
            assertEquals(Math.floor(f.plot.getWidth()), f.plot.scene().width(), "laid out at the view's width");
        }
    }

    @Test
    void theCalibrationPlotDrawsTheManifestPointsOfEveryCohort(FxRobot robot) {
        select(robot, "calibrationTab");
        CalibrationView view = figures.calibration();
        assertEquals(3, json.get("calibration").size());
        for (JsonNode cohort : json.get("calibration")) {
            String name = cohort.get("cohort").asText();
            robot.interact(() -> view.select(name));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(name, view.cohort());
            Plot.Area a = view.plot.area();
            assertEquals(0, a.x().min());
            assertEquals(1, a.x().max());
            List<Scene.Circle> circles = view.plot.scene().items().stream().filter(Scene.Circle.class::isInstance)
                    .map(Scene.Circle.class::cast).filter(Scene.Circle::clipped).toList();
            assertEquals(cohort.get("curve").size(), circles.size(), name + ": one point per group");
            for (JsonNode point : cohort.get("curve")) {
                double x = px(a, point.get("predicted").asDouble());
                double y = py(a, point.get("observed").asDouble());
                assertTrue(circles.stream().anyMatch(c -> Math.abs(c.cx() - x) < 1e-9 && Math.abs(c.cy() - y) < 1e-9),
                        name + ": a point at " + point);
            }
            String stats = robot.lookup("#calibrationStats").queryAs(Label.class).getText();
            assertTrue(stats.contains(String.format(Locale.ROOT, "Brier %.3f", cohort.get("brier").asDouble())),
                    stats);
        }
        // the train cohort by hand (demo bundle 0.4.0): intercept ~0, slope 1.00, Brier 0.109, 266 patients, 55 events
        robot.interact(() -> view.select("train"));
        assertEquals("Intercept 0.00 · slope 1.00 · Brier 0.109 · n 266 · 55 events",
                robot.lookup("#calibrationStats").queryAs(Label.class).getText());
    }

    @Test
    void thePatientMarkerSitsAtTheProbabilityOnTheXAxis(FxRobot robot) {
        select(robot, "calibrationTab");
        CalibrationView view = figures.calibration();
        int draws = view.plot.figureDraws;
        robot.interact(() -> figures.showPatient(0.236));
        Line line = robot.lookup("#calibrationPatientLine").queryAs(Line.class);
        Plot.Area a = view.plot.area();
        assertTrue(line.isVisible());
        assertEquals(a.left() + 0.236 * (a.right() - a.left()), line.getStartX(), 1e-9);
        assertEquals(line.getStartX(), line.getEndX());
        assertEquals(a.top(), line.getStartY());
        assertEquals(a.bottom(), line.getEndY());
        assertEquals("this patient 23.6 %", robot.lookup("#calibrationPatientLabel").queryAs(Label.class).getText());
        assertEquals(draws, view.plot.figureDraws, "marking the patient does not draw the figure again");
        // a resize lays the figure out again and the marker follows
        robot.interact(() -> figures.node().getScene().getWindow().setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        Plot.Area wider = view.plot.area();
        assertTrue(wider.right() > a.right() + 200);
        assertEquals(wider.left() + 0.236 * (wider.right() - wider.left()), line.getStartX(), 1e-9);
        robot.interact(() -> figures.clearPatient());
        assertFalse(line.isVisible());
        assertFalse(robot.lookup("#calibrationPatientLabel").queryAs(Label.class).isVisible());
    }

    @Test
    void theDecisionCurveMarksTheRiskGroupCutoff(FxRobot robot) {
        select(robot, "decisionCurveTab");
        double cutoff = json.get("riskGroups").get("cutoffs").get(0).asDouble();
        Plot.Area a = figures.decisionCurve().plot.area();
        Line line = robot.lookup("#decisionCurveCutoff-0").queryAs(Line.class);
        assertTrue(line.isVisible());
        assertEquals(px(a, cutoff), line.getStartX(), 1e-9);
        // the demo's cut-off is 0.2006 (manifest.json)
        assertEquals("cut-off 20.1 %", robot.lookup("#decisionCurveCutoffLabel-0").queryAs(Label.class).getText());
        // and the model's curve goes through the manifest's net benefit at the first threshold
        JsonNode first = json.get("dca").get(0).get("points").get(0);
        double x = px(a, first.get("threshold").asDouble());
        double y = py(a, first.get("netBenefitModel").asDouble());
        assertTrue(figures.decisionCurve().plot.scene().items().stream().filter(Scene.Polyline.class::isInstance)
                .map(Scene.Polyline.class::cast).anyMatch(p -> Math.abs(p.xs()[0] - x) < 1e-9
                        && Math.abs(p.ys()[0] - y) < 1e-9), "the model's curve starts at " + first);
    }

    @Test
    void theRocOperatingPointIsTheManifestPointAtTheCutoff(FxRobot robot) {
        select(robot, "rocTab");
        RocView view = figures.roc();
        double cutoff = json.get("riskGroups").get("cutoffs").get(0).asDouble();
        for (JsonNode cohort : json.get("roc")) {
            String name = cohort.get("cohort").asText();
            robot.interact(() -> view.select(name));
            WaitForAsyncUtils.waitForFxEvents();
            JsonNode combined = cohort.get("curves").get(0);
            assertEquals("combined", combined.get("model").asText());
            JsonNode nearest = null;
            for (JsonNode p : combined.get("points")) {
                if (p.has("threshold") && (nearest == null || Math.abs(p.get("threshold").asDouble() - cutoff)
                        < Math.abs(nearest.get("threshold").asDouble() - cutoff))) {
                    nearest = p;
                }
            }
            double sens = nearest.get("sensitivity").asDouble();
            double spec = nearest.get("specificity").asDouble();
            Plot.Area a = view.plot.area();
            Circle point = robot.lookup("#rocOperatingPoint-0").queryAs(Circle.class);
            assertEquals(px(a, 1 - spec), point.getCenterX(), 1e-9, name);
            assertEquals(py(a, sens), point.getCenterY(), 1e-9, name);
            assertEquals(String.format(Locale.ROOT, "cut-off 20.1 %%: sensitivity %.1f %%, specificity %.1f %%",
                    100 * sens, 100 * spec), robot.lookup("#rocOperatingPointLabel-0").queryAs(Label.class).getText());
        }
        // the training cohort's point, read off manifest.json by hand: threshold 0.20060 (the cut-off itself)
        robot.interact(() -> view.select("train"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("cut-off 20.1 %: sensitivity 76.4 %, specificity 77.7 %",
                robot.lookup("#rocOperatingPointLabel-0").queryAs(Label.class).getText());
        // every model of the bundle in the legend, the combined one first with its AUC and interval
        List<String> legend = view.plot.scene().items().stream().filter(Scene.Text.class::isInstance)
                .map(t -> ((Scene.Text) t).text()).filter(t -> t.contains("AUC")).toList();
        assertEquals(5, legend.size(), legend.toString());
        assertEquals("Combined model  AUC 0.85 (0.79\u20130.90)", legend.get(0));
    }

    @Test
    void theModelCardShowsTheBundlesIdentityCohortsAndLabel(FxRobot robot) throws Exception {
        select(robot, "modelCardTab");
        String sha = robot.lookup("#modelCardSha256").queryAs(TextInputControl.class).getText();
        assertEquals(bundle.manifestSha256(), sha);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(DEMO.resolve("manifest.json")))), sha, "the SHA-256 of manifest.json");
        for (JsonNode c : json.get("cohorts")) {
            String name = c.get("name").asText();
            assertEquals(c.get("n").asText(), robot.lookup("#modelCardCohortN-" + name).queryAs(Label.class)
                    .getText());
            assertEquals(c.get("events").asText(), robot.lookup("#modelCardCohortEvents-" + name)
                    .queryAs(Label.class).getText());
        }
        assertEquals("266", robot.lookup("#modelCardCohortN-train").queryAs(Label.class).getText());
        assertEquals("22", robot.lookup("#modelCardCohortEvents-external").queryAs(Label.class).getText());
        assertEquals(json.get("performance").size(), robot.lookup("#modelCardPerformance")
                .queryTableView().getItems().size());
        assertTrue(robot.lookup("#modelCardSpacing").queryAs(Label.class).getText().contains("z 2.5 mm"));
        assertEquals("SYNTHETIC DEMO — not for clinical use", robot.lookup("#modelCardSynthetic")
                .queryAs(Label.class).getText());
    }

    @Test
    void everyTabShowsTheSyntheticLabel(FxRobot robot) {
        TabPane tabs = (TabPane) figures.node();
        for (Tab tab : tabs.getTabs()) {
            assertEquals(1, badges(tab.getContent()).size(), tab.getId());
        }
    }

    @Test
    void aBundleThatIsNotSyntheticShowsNoSyntheticLabel(FxRobot robot, @TempDir Path temp) throws IOException {
        BundleManifest m = bundle.manifest();
        BundleManifest real = new BundleManifest(m.schemaVersion(), "A validated model", m.version(), m.created(),
                m.softwareVersion(), m.intendedUse(), m.notIntendedUse(), false, null, m.cohorts(), m.predictors(),
                null, m.signatures(), m.combinedModel(), m.riskGroups(), m.calibration(), m.dca(), m.roc(),
                m.performance(), null, Map.of(), m.trainingImages(), m.directionConflicts());
        new ModelBundleWriter(real).write(temp.resolve("bundle"));
        try (ModelBundle loaded = ModelBundle.load(temp.resolve("bundle"))) {
            assertFalse(loaded.manifest().synthetic());
            ModelFigures other = onFx(() -> new ModelFigures(loaded, Messages.of(Locale.ENGLISH)::get, Locale.ENGLISH));
            robot.interact(() -> other.setNomogram(new Label("nomogram")));
            for (Tab tab : ((TabPane) other.node()).getTabs()) {
                assertEquals(0, badges(tab.getContent()).size(), tab.getId());
                assertFalse(texts(tab.getContent()).stream().anyMatch(t -> t.contains("SYNTHETIC")), tab.getId());
            }
        }
    }

    private static java.util.Set<Node> badges(Node content) {
        content.applyCss();
        return content.lookupAll(".synthetic-badge");
    }

    private static List<String> texts(Node content) {
        return content.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    /** {@code c}'s result, computed on the JavaFX thread. */
    static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
