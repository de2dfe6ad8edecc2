package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.casefile.EnteredValue;
import org.tacerisk.image.Mask;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.PredictorSpecification;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Case files in the window (issue 14): a computed case saved, the window closed, the case reopened in a new
 * window restores the outline bit for bit, the values as typed and the result without measuring again; a moved
 * DICOM folder is asked for and matched by UIDs; a damaged case file is refused in words and the window stays
 * usable; unsaved changes are marked and asked about once on closing.
 */
@ExtendWith(ApplicationExtension.class)
class CaseFileWindowTest {

    @TempDir
    static Path temp;

    private MainWindow window;
    private Path data;

    @Start
    void start(Stage stage) throws IOException {
        data = Files.createTempDirectory(temp, "data");
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, true), data);
        window.show();
    }

    @Test
    void aSavedCaseReopensWithItsOutlineValuesAndResult(FxRobot robot) throws Exception {
        awaitIdle(window);
        // an edit of the outline, so that the saved one is not simply the demo's structure set
        javafx.scene.Node axial = robot.lookup(".slice-view-axial").query();
        robot.moveTo(axial).type(KeyCode.B);
        robot.drag(axial, MouseButton.PRIMARY).moveBy(40, 10).drop();
        typeAll(robot, window.casePanel());
        robot.clickOn("#computeButton");
        awaitIdle(window);
        BundlePrediction computed = window.casePanel().shown().prediction();
        List<EnteredValue> typed = window.casePanel().enteredValues();
        Mask outline = window.mask();
        assertTrue(window.caseDocument().dirty(), "computed, not saved");
        assertTrue(stageTitle().endsWith(" *"), stageTitle());

        Path file = temp.resolve("saved.tacerisk");
        robot.interact(() -> window.caseDocument().saveTo(file));
        awaitIdle(window);
        assertTrue(Files.isRegularFile(file));
        assertFalse(window.caseDocument().dirty());
        assertTrue(stageTitle().endsWith("saved.tacerisk"), stageTitle());
        robot.interact(() -> window.stage().hide());

        MainWindow reopened = openInNewWindow(robot, file);
        assertEquals(0, outline.differingVoxels(reopened.mask()), "the outline bit for bit");
        assertArrayEquals(outline.toByteArray(), reopened.mask().toByteArray());
        assertEquals(typed, reopened.casePanel().enteredValues(), "the values as typed");
        assertNotNull(reopened.casePanel().shown(), "the result is back");
        assertEquals(computed.probability(), reopened.casePanel().shown().prediction().probability(), 0);
        assertEquals(computed.probabilityLow(), reopened.casePanel().shown().prediction().probabilityLow(), 0);
        assertEquals(computed.riskGroup(), reopened.casePanel().shown().prediction().riskGroup());
        assertFalse(reopened.caseDocument().dirty());
        assertFalse(reopened.status().message().contains(Messages.of(java.util.Locale.ENGLISH)
                .get("work.measure")), "no step 1 on reopening: " + reopened.status().message());
        Screenshots.save(reopened.sceneRoot(), "case-reopened");
        robot.interact(() -> reopened.stage().hide());
    }

    @Test
    void aMovedFolderIsAskedForAndADamagedCaseIsRefused(FxRobot robot) throws Exception {
        computeTheDemoCase(robot);
        Path file = saved(robot, "moved.tacerisk");
        Path folder = window.seriesFolder();
        Path moved = ShellFixtures.copyTree(folder, temp.resolve("moved-" + System.nanoTime()));
        ShellFixtures.copyTree(folder, temp.resolve("keep-" + System.nanoTime()));
        deleteTree(folder);

        robot.interact(() -> window.caseDocument().open(file));
        awaitIdle(window);
        assertTrue(window.notice().isShowing());
        assertTrue(window.notice().message().contains("moved.tacerisk"), window.notice().message());
        Screenshots.save(window.sceneRoot(), "case-folder-moved");
        robot.interact(() -> window.caseDocument().openWaitingFrom(moved));
        awaitIdle(window);
        assertEquals(MainWindow.Screen.VIEWER, window.screen());
        assertEquals(moved.toRealPath(), window.seriesFolder().toRealPath());
        assertNotNull(window.casePanel().shown(), "the case is back from the moved folder");

        Path damaged = temp.resolve("damaged.tacerisk");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(damaged, bytes);
        robot.interact(() -> window.caseDocument().open(damaged));
        awaitIdle(window);
        assertTrue(window.problem().isShowing());
        String shown = SeriesBrowserWindowTest.texts(window.problem().node());
        assertTrue(shown.contains("damaged.tacerisk"), shown);
        ShellFixtures.assertNoStackTrace(shown);
        Screenshots.save(window.sceneRoot(), "case-damaged");
        assertNotNull(window.casePanel().shown(), "the open case is untouched");
    }

    @Test
    void unsavedChangesAreAskedAboutOnceOnClosing(FxRobot robot) {
        computeTheDemoCase(robot);
        int[] asked = new int[1];
        window.caseDocument().setClosePrompt(t -> {
            asked[0]++;
            return CaseDocument.CloseChoice.CANCEL;
        });
        assertFalse(window.caseDocument().confirmClose(), "Cancel keeps the window");
        window.caseDocument().setClosePrompt(t -> {
            asked[0]++;
            return CaseDocument.CloseChoice.DISCARD;
        });
        assertTrue(window.caseDocument().confirmClose());
        assertEquals(2, asked[0]);
    }

    @Test
    void anUnsavedCaseIsAutosavedAndOfferedAfterACrash(FxRobot robot) throws Exception {
        computeTheDemoCase(robot);
        BundlePrediction computed = window.casePanel().shown().prediction();
        List<EnteredValue> typed = window.casePanel().enteredValues();
        Path autosaved = TumourOutline.recoveryFolder(data).resolve("case-autosave.tacerisk");
        WaitForAsyncUtils.waitFor(CaseAutosave.DELAY_MS / 1000 + 10, java.util.concurrent.TimeUnit.SECONDS,
                () -> Files.isRegularFile(autosaved));

        // the window is never closed (a crash): the next start offers the case back
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            next[0] = new MainWindow(new Stage(), new WorkstationOptions(null, null, null, false), data);
            next[0].show();
        });
        awaitIdle(next[0]);
        assertTrue(next[0].notice().isShowing());
        assertTrue(next[0].notice().message().contains("left unsaved"), next[0].notice().message());
        Screenshots.save(next[0].sceneRoot(), "case-autosave-offered");
        robot.interact(() -> next[0].caseDocument().reopenAutosaved());
        awaitIdle(next[0]);
        awaitIdle(next[0]);
        assertEquals(MainWindow.Screen.VIEWER, next[0].screen(), next[0].status().message());
        assertEquals(typed, next[0].casePanel().enteredValues());
        assertEquals(computed.probability(), next[0].casePanel().shown().prediction().probability(), 0);
        assertTrue(next[0].caseDocument().dirty(), "still an unsaved case");
        assertEquals(null, next[0].caseDocument().file());
        robot.interact(() -> next[0].stage().hide());
    }

    @Test
    void aCaseFromAnotherBundleVersionIsShownAndRecomputedOnRequest(FxRobot robot) throws Exception {
        computeTheDemoCase(robot);
        Path file = saved(robot, "older.tacerisk");
        List<EnteredValue> typed = window.casePanel().enteredValues();

        // the same model under another version (a retrained bundle, say): its own manifest SHA-256
        Path newer = temp.resolve("demo-0.4.1-" + System.nanoTime());
        try (org.tacerisk.model.ModelBundle demo = org.tacerisk.model.ModelBundle.load(Installation.demoBundle())) {
            com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(demo.root().resolve("manifest.json")
                            .toFile());
            json.put("version", "0.4.1");
            json.remove("manifestDigest");
            json.remove("files");
            org.tacerisk.model.BundleManifest renamed = org.tacerisk.model.ManifestJson.read(
                    json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), newer);
            new org.tacerisk.model.ModelBundleWriter(renamed).radiomicsSettings(demo.radiomicsSettings())
                    .deepModel(demo.deepModelDir()).write(newer);
            org.tacerisk.model.TestSigning.withDemoKey(newer); // a synthetic bundle: the demo key is trusted for it
        }
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            next[0] = new MainWindow(new Stage(), new WorkstationOptions(null, file, newer, false), data);
            next[0].show();
        });
        awaitIdle(next[0]);
        awaitIdle(next[0]);
        assertEquals(MainWindow.Screen.VIEWER, next[0].screen(), next[0].status().message());
        assertEquals(typed, next[0].casePanel().enteredValues(), "the saved values are shown");
        assertTrue(next[0].notice().isShowing());
        String said = next[0].notice().message();
        assertTrue(said.contains("0.4.0") && said.contains("0.4.1"), said);
        assertEquals(null, next[0].casePanel().shown(), "no result from another model version until recomputed");
        Screenshots.save(next[0].sceneRoot(), "case-bundle-mismatch");
        robot.clickOn("#caseRecompute");
        awaitIdle(next[0]);
        assertNotNull(next[0].casePanel().shown(), "recomputed with 0.4.1: " + next[0].status().message());
        assertEquals("0.4.1", next[0].casePanel().shown().prediction().bundleVersion());
        robot.interact(() -> next[0].stage().hide());
    }

    /** The demo case with the typical values, computed. */
    private void computeTheDemoCase(FxRobot robot) {
        ShellFixtures.computeDemoCase(robot, window);
    }

    private Path saved(FxRobot robot, String name) {
        Path file = temp.resolve(name);
        robot.interact(() -> window.caseDocument().saveTo(file));
        awaitIdle(window);
        return file;
    }

    private MainWindow openInNewWindow(FxRobot robot, Path file) {
        MainWindow[] second = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new MainWindow(new Stage(), new WorkstationOptions(null, file, null, false), data);
            second[0].show();
        });
        awaitIdle(second[0]);
        WaitForAsyncUtils.waitForFxEvents();
        awaitIdle(second[0]);
        assertEquals(MainWindow.Screen.VIEWER, second[0].screen(), second[0].status().message());
        return second[0];
    }

    private String stageTitle() {
        return ((Stage) window.stage()).getTitle();
    }

    static void typeAll(FxRobot robot, CasePanel panel) {
        for (PredictorSpecification p : panel.bundle().predictor().predictors()) {
            if (CaseCompute.entered(p) && !p.categorical()) {
                robot.interact(() -> panel.revealField(p.id()));
            robot.clickOn("#input-" + p.id()).write(CaseWorkflowWindowTest.TYPED.getOrDefault(p.id(),
                        Double.toString(p.trainingMin())));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
