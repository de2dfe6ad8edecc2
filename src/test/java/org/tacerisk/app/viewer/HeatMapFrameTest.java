package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.deep.SaliencyMap;

/**
 * The saliency heat map in a frame, without a window: one hot voxel on the coded 8 × 6 × 5 volume takes viridis'
 * top colour (yellow #fde725) at 70 % opacity over its grey; every other pixel keeps its CT grey; hidden, other
 * slices and the reformats show no heat.
 */
class HeatMapFrameTest {

    private static final int HOT_I = 3;
    private static final int HOT_J = 2;
    private static final int SLICE = 1;

    private static ViewerModel modelWithHotVoxel() {
        ViewerModel model = TestVolumes.model(TestVolumes.coded(TestVolumes.anisotropic()));
        model.setWindow(TestVolumes.IDENTITY_WINDOW); // grey = voxel code
        model.resizeView(Orientation.AXIAL, 8 * 7, 6 * 7); // 0.7 mm voxels at 10 px/mm: 7 px each
        model.setSlice(Orientation.AXIAL, SLICE);
        float[] values = new float[8 * 6];
        values[HOT_I + 8 * HOT_J] = 0.25f;
        model.setHeatMap(new SaliencyMap(SLICE, 8, 6, values));
        return model;
    }

    /** Pixel centre of voxel (i, j) in the axial frame: patient right (i 0) on the left, anterior (j 0) on top. */
    private static int argbAt(ViewFrame frame, int i, int j) {
        return frame.argb(i * 7 + 3, j * 7 + 3);
    }

    /** (1 − a)·grey + a·colour per channel with a = 0.7 (179/256), as the renderer rounds it. */
    private static int expectedBlend(int grey, int rgb) {
        int a = (int) Math.round(0.7 * 256);
        int r = (grey * (256 - a) + ((rgb >> 16) & 0xff) * a + 128) >> 8;
        int g = (grey * (256 - a) + ((rgb >> 8) & 0xff) * a + 128) >> 8;
        int b = (grey * (256 - a) + (rgb & 0xff) * a + 128) >> 8;
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    private static int grey(int code) {
        return 0xff000000 | code << 16 | code << 8 | code;
    }

    @Test
    void theHotVoxelHasTheHeatColourAndEveryOtherPixelItsGrey() {
        ViewerModel model = modelWithHotVoxel();
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.AXIAL, 1);
        int hotCode = TestVolumes.code(HOT_I, HOT_J, SLICE);
        assertEquals(expectedBlend(hotCode, 0xfde725), argbAt(frame, HOT_I, HOT_J));
        for (int j = 0; j < 6; j++) {
            for (int i = 0; i < 8; i++) {
                if (i != HOT_I || j != HOT_J) {
                    assertEquals(grey(TestVolumes.code(i, j, SLICE)), argbAt(frame, i, j), "voxel " + i + ", " + j);
                }
            }
        }
    }

    @Test
    void hiddenOtherSlicesAndReformatsShowOnlyGrey() {
        ViewerModel model = modelWithHotVoxel();
        ViewFrame frame = new ViewFrame();
        model.setHeatMapVisible(false);
        assertTrue(frame.render(model, Orientation.AXIAL, 1), "hiding redraws");
        assertEquals(grey(TestVolumes.code(HOT_I, HOT_J, SLICE)), argbAt(frame, HOT_I, HOT_J));
        model.setHeatMapVisible(true);
        model.setSlice(Orientation.AXIAL, SLICE + 1);
        frame.render(model, Orientation.AXIAL, 1);
        assertEquals(grey(TestVolumes.code(HOT_I, HOT_J, SLICE + 1)), argbAt(frame, HOT_I, HOT_J));
        assertTrue(model.showsHeatMapPlane(Orientation.AXIAL));
        assertFalse(model.showsHeatMapPlane(Orientation.CORONAL));
        assertEquals(null, model.heatPlane(Orientation.CORONAL));
    }

    @Test
    void theRoiOverlayStaysIndependentAndIsDrawnOnTop() {
        ViewerModel model = modelWithHotVoxel();
        model.setOverlay((i, j, k) -> i == HOT_I && j == HOT_J && k == SLICE);
        model.setOverlayStyle(model.overlayStyle().withOutline(false).withFillOpacity(0.5));
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.AXIAL, 1);
        int heat = expectedBlend(TestVolumes.code(HOT_I, HOT_J, SLICE), 0xfde725);
        int both = PlaneRenderer.blend(heat, model.overlayStyle().rgb(), 128);
        assertEquals(both, argbAt(frame, HOT_I, HOT_J));
        model.setOverlayVisible(false);
        frame.render(model, Orientation.AXIAL, 1);
        assertEquals(heat, argbAt(frame, HOT_I, HOT_J), "O hides the ROI, not the heat map");
        assertTrue(model.isHeatMapVisible());
    }

    @Test
    void theHeatPlaneIsBuiltOncePerSliceNotPerFrame() {
        ViewerModel model = modelWithHotVoxel();
        HeatPlane first = model.heatPlane(Orientation.AXIAL);
        model.setWindow(new WindowLevel(400, 40));
        model.zoom(Orientation.AXIAL, 2);
        assertSame(first, model.heatPlane(Orientation.AXIAL));
        model.setHeatMap(null);
        assertEquals(null, model.heatPlane(Orientation.AXIAL));
    }

    @Test
    void aMapOffTheSeriesGridIsRefused() {
        ViewerModel model = TestVolumes.model(TestVolumes.coded(TestVolumes.anisotropic()));
        assertThrows(IllegalArgumentException.class, () -> model.setHeatMap(new SaliencyMap(0, 7, 6,
                new float[42])));
        assertThrows(IllegalArgumentException.class, () -> model.setHeatMap(new SaliencyMap(5, 8, 6,
                new float[48])));
    }

    @Test
    void theRampRunsFromViridisVioletToYellowAndLowValuesAreTransparent() {
        assertEquals(0x440154, org.tacerisk.deep.SaliencyColours.rgb(0));
        assertEquals(0xfde725, org.tacerisk.deep.SaliencyColours.rgb(1));
        int middle = org.tacerisk.deep.SaliencyColours.rgb(0.5); // the middle stop #21908c, within the 256-entry table's step
        for (int shift = 16; shift >= 0; shift -= 8) {
            assertEquals((0x21908c >> shift) & 0xff, (middle >> shift) & 0xff, 2);
        }
        assertEquals(0, org.tacerisk.deep.SaliencyColours.alpha(0.09));
        assertNotEquals(0, org.tacerisk.deep.SaliencyColours.alpha(0.1));
    }
}
