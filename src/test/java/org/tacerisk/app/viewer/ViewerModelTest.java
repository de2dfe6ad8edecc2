package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** The viewer's actions on its state, without a window. */
class ViewerModelTest {

    private final ViewerModel model = TestVolumes.model(TestVolumes.coded(TestVolumes.anisotropic()));

    @Test
    void opensAtTheCentreWithTheAbdomenWindow() {
        assertArrayEquals(new int[] {4, 3, 2}, model.crosshair());
        assertEquals(WindowPreset.ABDOMEN.window(), model.window());
        assertEquals(2, model.slice(Orientation.AXIAL));
        assertEquals(5, model.sliceCount(Orientation.AXIAL));
        assertEquals(6, model.sliceCount(Orientation.CORONAL));
        assertEquals(8, model.sliceCount(Orientation.SAGITTAL));
    }

    @Test
    void scrollingOneViewMovesTheCrosshairTheOthersShow() {
        model.scroll(Orientation.AXIAL, 1);
        assertArrayEquals(new int[] {4, 3, 3}, model.crosshair());
        model.scroll(Orientation.AXIAL, 10);
        assertEquals(4, model.slice(Orientation.AXIAL)); // stops at the last slice
        model.setSlice(Orientation.SAGITTAL, -3);
        assertEquals(0, model.slice(Orientation.SAGITTAL));
        // the coronal view's crosshair lies on the axial slice k = 4: displayed row 0 (head up), v = 2.5 mm
        assertArrayEquals(new double[] {0.35, 2.5}, model.crosshairOnPlane(Orientation.CORONAL), 1e-9);
    }

    @Test
    void clickingAViewMovesTheCrosshairWithinItsSlice() {
        model.moveCrosshair(Orientation.CORONAL, 5 * 0.7 + 0.1, 3 * 5 + 1); // column 5, row 3 -> k = 1
        assertArrayEquals(new int[] {5, 3, 1}, model.crosshair());
        model.moveCrosshair(Orientation.CORONAL, 999, -999); // clamped to the grid
        assertArrayEquals(new int[] {7, 3, 4}, model.crosshair());
    }

    @Test
    void readoutGivesVoxelValuePositionAndSlice() {
        model.setSlice(Orientation.AXIAL, 3);
        Readout r = model.readout(Orientation.AXIAL, 2 * 0.7 + 0.3, 5 * 0.7 + 0.3); // column 2, row 5
        assertArrayEquals(new int[] {2, 5, 3}, r.voxel());
        assertEquals(TestVolumes.code(2, 5, 3), r.value());
        assertArrayEquals(new double[] {-10 + 1.4, 20 + 3.5, -30 + 15}, r.lps(), 1e-9);
        assertEquals(4, r.slice());
        assertEquals(5, r.slices());
        assertNull(model.readout(Orientation.AXIAL, -0.1, 1));
    }

    /** The readout under a resting pointer follows the slice (wheel or keys) and the zoom. */
    @Test
    void hoverFollowsSliceChangesUnderARestingPointer() {
        model.resizeView(Orientation.AXIAL, 56, 42); // 10 px/mm
        model.setPointer(Orientation.AXIAL, 25, 15); // plane (2.5, 1.5) mm: column 3, row 2
        assertArrayEquals(new int[] {3, 2, 2}, model.hover().voxel());
        model.scroll(Orientation.AXIAL, 1);
        assertArrayEquals(new int[] {3, 2, 3}, model.hover().voxel());
        assertEquals(TestVolumes.code(3, 2, 3), model.hover().value());
        model.zoomAt(Orientation.AXIAL, 2, 0, 0); // the plane point under (25, 15) is now (1.25, 0.75) mm
        assertArrayEquals(new int[] {1, 1, 3}, model.hover().voxel());
        model.setPointer(null, 0, 0);
        assertNull(model.hover());
    }

    @Test
    void windowDragPresetsAutoAndReset() {
        model.dragWindow(new WindowLevel(400, 40), 100, -50); // 1.6 HU per pixel at W 400
        assertEquals(new WindowLevel(560, -40), model.window());
        model.dragWindow(new WindowLevel(10, 40), -100, 0); // narrower than 1 is held at 1
        assertEquals(new WindowLevel(1, 40), model.window());
        model.applyPreset(WindowPreset.LUNG);
        assertEquals(new WindowLevel(1500, -600), model.window());
        model.applyAutoWindow();
        assertEquals(model.volume().autoWindow(), model.window());
        model.zoomAt(Orientation.AXIAL, 3, 1, 1);
        model.scroll(Orientation.AXIAL, 1);
        model.resetView();
        assertEquals(WindowPreset.ABDOMEN.window(), model.window());
        assertTrue(model.view(Orientation.AXIAL).isFitted());
        assertArrayEquals(new int[] {4, 3, 2}, model.crosshair());
    }

    @Test
    void listenersHearEveryChange() {
        AtomicInteger changes = new AtomicInteger();
        model.addListener(changes::incrementAndGet);
        model.scroll(Orientation.AXIAL, 1);
        model.applyPreset(WindowPreset.BONE);
        model.toggleLayout();
        model.setOverlayVisible(false);
        assertEquals(4, changes.get());
        assertEquals(ViewerLayout.SINGLE, model.layout());
        assertEquals(model.mainOrientation(), model.activeOrientation());
    }

    @Test
    void overlayPlaneFollowsTheSliceAndEdits() {
        boolean[] on = {true};
        model.setOverlay((i, j, k) -> on[0] && i == 1 && j == 2 && k == model.slice(Orientation.AXIAL));
        OverlayPlane plane = model.overlayPlane(Orientation.AXIAL);
        assertTrue(plane.inside(1, 2));
        assertFalse(plane.inside(2, 2));
        assertSame(plane, model.overlayPlane(Orientation.AXIAL)); // cached while nothing changes
        on[0] = false;
        model.overlayChanged();
        assertTrue(model.overlayPlane(Orientation.AXIAL).isEmpty());
        model.setOverlayVisible(false);
        assertNull(model.overlayPlane(Orientation.AXIAL));
    }

    @Test
    void toolEventsCarryPlaneVoxelAndLpsCoordinates() {
        ToolEvent e = model.toolEvent(ToolEvent.Kind.PRESS, Orientation.SAGITTAL, 4.5 * 0.7, 0.5 * 5, 0, true,
                false, false);
        assertEquals(4, e.slice()); // sagittal slice = crosshair i = 4
        assertArrayEquals(new double[] {4, 4, 4}, e.index(), 1e-9);
        assertArrayEquals(new int[] {4, 4, 4}, e.voxel());
        assertArrayEquals(new double[] {-10 + 2.8, 20 + 2.8, -10}, e.lps(), 1e-9);
        assertTrue(e.insideVolume());
        assertTrue(e.shift());
    }

    @Test
    void nonCtVolumeOpensWithTheAutoWindow() {
        ImageGeometry g = ImageGeometry.axisAligned(10, 1, 1, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        float[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        ViewerModel m = TestVolumes.model(Volume.ofFloats(g, values, ""));
        assertEquals(m.volume().autoWindow(), m.window());
    }
}
