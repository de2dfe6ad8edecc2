package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.app.Messages;
import org.tacerisk.app.Screenshots;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CaseSaliency;
import org.tacerisk.predict.DemoCase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The saliency heat map in the viewer window (headless TestFX + Monocle): the S key and the toolbar toggle show and
 * hide it and its legend, independently of the ROI overlay; screenshots of the SYNTHETIC demo case with the demo
 * bundle's real saliency map, in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerSaliencyWindowTest {

    @TempDir
    static Path dir;
    private static Volume ct;
    private static Mask tumour;
    private static SaliencyMap map;

    private Stage stage;
    private CtViewer viewer;

    @BeforeAll
    static void demoCaseAndItsSaliency() throws Exception {
        DemoCase.Opened c = DemoCase.open(dir, null, Progress.NONE);
        ct = c.conversion().loaded().volume();
        tumour = c.conversion().mask();
        try (ModelBundle bundle = ModelBundle.load(Path.of("models", "hcc-tace-demo"))) {
            map = CaseSaliency.compute(bundle, ct, tumour, Progress.NONE);
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewer = viewer(Locale.ENGLISH);
        stage.setScene(scene(viewer));
        stage.show();
    }

    private static CtViewer viewer(Locale locale) {
        CtViewer v = new CtViewer(Messages.of(locale)::get);
        v.setVolume(ct);
        v.setOverlay(MaskOverlay.of(tumour));
        v.setHeatMap(map);
        v.model().setSlice(Orientation.AXIAL, map.slice());
        return v;
    }

    private static Scene scene(CtViewer v) {
        Scene scene = new Scene(v, 1100, 700);
        scene.getStylesheets().add(CtViewer.class.getResource("/org/tacerisk/app/workstation.css").toExternalForm());
        return scene;
    }

    @Test
    void theSKeyAndTheToggleShowAndHideTheHeatMapAndItsLegend(FxRobot robot) {
        Node legend = fx(() -> viewer.view(Orientation.AXIAL).lookup("#saliency-legend"));
        assertTrue(fx(legend::isVisible));
        assertEquals("Saliency (DL) · slice " + (map.slice() + 1), fx(() -> ((Label) legend.lookup(
                ".saliency-legend-title")).getText()));
        assertFalse(fx(() -> viewer.view(Orientation.CORONAL).lookup("#saliency-legend").isVisible()));
        int[] peak = map.peak();
        int before = axialPixelAtVoxel(peak);
        robot.clickOn(viewer.view(Orientation.AXIAL));
        robot.type(KeyCode.S);
        settle();
        assertFalse(viewer.isHeatMapVisible());
        assertFalse(fx(legend::isVisible));
        assertTrue(fx(() -> viewer.model().isOverlayVisible()), "S leaves the ROI overlay alone");
        int hidden = axialPixelAtVoxel(peak);
        assertTrue(before != hidden, "the peak's pixel changes colour when the heat map is hidden");
        robot.type(KeyCode.S);
        settle();
        assertTrue(viewer.isHeatMapVisible());
        robot.clickOn("#viewer-saliency");
        settle();
        assertFalse(viewer.heatMapVisibleProperty().get(), "the toolbar toggle hides it too");
        robot.interact(() -> viewer.setHeatMapVisible(true));
        assertTrue(fx(() -> ((ToggleButton) viewer.lookup("#viewer-saliency")).isSelected()));
        robot.type(KeyCode.O);
        settle();
        assertTrue(viewer.isHeatMapVisible(), "O leaves the heat map alone");
        robot.interact(() -> viewer.setHeatMap(null));
        assertFalse(fx(legend::isVisible));
        assertFalse(fx(() -> viewer.lookup("#viewer-saliency").isVisible()), "no toggle without a map");
    }

    @Test
    void screenshotsOfTheDemoCaseWithItsSaliency(FxRobot robot) {
        settle();
        Screenshots.save(viewer, "viewer-saliency");
        robot.interact(() -> viewer.model().setOverlayVisible(false));
        settle();
        Screenshots.save(viewer, "viewer-saliency-no-roi");
        robot.interact(() -> stage.setScene(scene(viewer(Locale.SIMPLIFIED_CHINESE))));
        settle();
        Screenshots.save(stage.getScene().getRoot(), "viewer-saliency-zh");
    }

    /** The axial frame's pixel at the centre of voxel {i, j} of the map's slice, via the view's own mapping. */
    private int axialPixelAtVoxel(int[] voxel) {
        return fx(() -> {
            ViewerModel m = viewer.model();
            double[] p = m.plane(Orientation.AXIAL).planePoint(new double[] {voxel[0], voxel[1], map.slice()});
            double[] v = m.view(Orientation.AXIAL).toView(p[0], p[1]);
            ViewFrame f = viewer.view(Orientation.AXIAL).frame();
            return f.argb((int) v[0], (int) v[1]);
        });
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> c) {
        settle();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }
}
