package org.tacerisk.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.app.ShellFixtures.assertNoStackTrace;
import static org.tacerisk.app.ShellFixtures.awaitIdle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tumour outline in and out through the window: a mask on another grid is refused in words with both grids
 * named and the outline on screen stays as it was; a two-label NIfTI asks which label; the chosen one becomes the
 * outline; an export writes the file and says so. The app stays usable after each.
 */
@ExtendWith(ApplicationExtension.class)
class OutlineWindowTest {

    @TempDir
    static Path temp;
    static Path folder;

    private MainWindow window;

    @BeforeAll
    static void writeFolder() throws IOException {
        folder = temp.resolve("export");
        ShellFixtures.series(folder.resolve("pv"), 3, "PV portal venous", 12, 32);
    }

    @Start
    void start(Stage stage) throws IOException {
        window = new MainWindow(stage, new WorkstationOptions(null, null, null, false),
                Files.createTempDirectory(temp, "data"));
        window.show();
    }

    @Test
    void anOutlineOnAnotherGridIsRefusedTwoLabelsAskWhichAndExportWrites(FxRobot robot) throws IOException {
        awaitIdle(window);
        robot.interact(() -> window.openFolder(folder));
        awaitIdle(window);
        SeriesEntry pv = window.browser().table().getRoot().getChildren().get(0).getChildren().get(0).getChildren()
                .get(0).getValue().series();
        robot.interact(() -> window.loadSeries(pv));
        awaitIdle(window);
        ImageGeometry grid = window.loaded().volume().geometry();

        ImageGeometry other = ImageGeometry.axisAligned(32, 32, 10, new double[] {0.7, 0.7, 2.5},
                new double[] {-22, -22, 0});
        Path elsewhere = temp.resolve("other-grid.nii.gz");
        Nifti.write(TumourOutlineTest.box(other, 2, 4, 2, 4, 1, 2), elsewhere);
        robot.interact(() -> window.importOutline(elsewhere));
        awaitIdle(window);
        assertTrue(window.problem().isShowing(), "the refusal is visible");
        String shown = SeriesBrowserWindowTest.texts(robot.lookup("#problem").query());
        assertTrue(shown.contains("another grid") && shown.contains("32 × 32 × 10 voxels of 0.70 × 0.70 × 2.50 mm") && shown.contains("32 × 32 × 12 voxels"),
                shown);
        assertTrue(shown.contains("other-grid.nii.gz"), "names the file: " + shown);
        assertNoStackTrace(shown);
        assertTrue(window.mask().isEmpty(), "the outline on screen is unchanged");
        Screenshots.save(window.sceneRoot(), "outline-other-grid-refused");

        short[] labels = new short[grid.voxelCount()];
        Mask small = TumourOutlineTest.box(grid, 5, 7, 5, 7, 4, 4);
        Mask large = TumourOutlineTest.box(grid, 10, 20, 10, 18, 3, 7);
        for (int n = 0; n < labels.length; n++) {
            labels[n] = (short) (large.contains(n) ? 2 : small.contains(n) ? 1 : 0);
        }
        Path twoLabels = temp.resolve("two-labels.nii.gz");
        Nifti.write(Volume.ofShorts(grid, labels, ""), twoLabels);
        robot.interact(() -> window.importOutline(twoLabels));
        awaitIdle(window);
        ListView<?> choices = robot.lookup("#problemChoices").queryAs(ListView.class);
        assertEquals(2, choices.getItems().size(), "label 1 and label 2 offered");
        Screenshots.save(window.sceneRoot(), "outline-choose-label");
        robot.interact(() -> choices.getSelectionModel().select(1));
        robot.clickOn("#problemChoose");
        awaitIdle(window);
        assertArrayEquals(large.toByteArray(), window.mask().toByteArray(), "label 2 is the outline");
        robot.interact(() -> assertTrue(window.outline().session().undo(), "the import is one undo step"));
        assertTrue(window.mask().isEmpty());
        robot.interact(() -> assertTrue(window.outline().session().redo()));

        Path seg = temp.resolve("out").resolve("tumour-seg.dcm");
        Files.createDirectories(seg.getParent());
        robot.interact(() -> window.exportOutline(MaskFiles.Format.SEG, seg));
        awaitIdle(window);
        assertTrue(Files.isRegularFile(seg));
        assertArrayEquals(large.toByteArray(), MaskFiles.read(seg, null, window.loaded()).toByteArray());
        assertTrue(window.notice().isShowing() && window.notice().message().contains("tumour-seg.dcm"),
                window.notice().message());
        assertFalse(Files.exists(window.outline().recoveryFile()), "exported: nothing left to recover");
        Screenshots.save(window.sceneRoot(), "outline-exported");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
