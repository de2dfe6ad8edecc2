package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * The displayed grey of a voxel is the DICOM linear VOI function (PS3.3 C.11.2.1.2.1):
 * clamp(((x − (L − 0.5)) / (W − 1) + 0.5) · 255), rounded. Values below are computed by hand.
 */
class WindowLevelTest {

    @Test
    void abdomenWindowGivesTheHandComputedGreys() {
        WindowLevel w = new WindowLevel(400, 40);
        // lower edge x <= L - 0.5 - (W-1)/2 = -160 -> 0; upper edge x > L - 0.5 + (W-1)/2 = 239 -> 255
        assertEquals(0, w.grey(-1000));
        assertEquals(0, w.grey(-160));
        assertEquals(1, w.grey(-159)); // (-198.5/399 + 0.5)·255 = 0.639
        assertEquals(102, w.grey(0)); // (-39.5/399 + 0.5)·255 = 102.26
        assertEquals(128, w.grey(40)); // (0.5/399 + 0.5)·255 = 127.82
        assertEquals(254, w.grey(238)); // (198.5/399 + 0.5)·255 = 254.36
        assertEquals(255, w.grey(239));
        assertEquals(255, w.grey(3000));
        assertEquals(127.8195, w.exactGrey(40), 1e-4);
    }

    @Test
    void liverWindowGivesTheHandComputedGreys() {
        WindowLevel w = WindowPreset.LIVER.window();
        assertEquals(128, w.grey(60)); // (0.5/149 + 0.5)·255 = 128.36
        assertEquals(197, w.grey(100)); // (40.5/149 + 0.5)·255 = 196.81
        assertEquals(0, w.grey(-15)); // L - 0.5 - 74.5 = -15
        assertEquals(255, w.grey(134)); // L - 0.5 + 74.5 = 134
    }

    @Test
    void widthOneIsAThresholdAtLevelMinusAHalf() {
        WindowLevel w = new WindowLevel(1, 100);
        assertEquals(0, w.grey(99.5));
        assertEquals(255, w.grey(99.6));
    }

    @Test
    void aWidthBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WindowLevel(0.5, 40));
        assertThrows(IllegalArgumentException.class, () -> new WindowLevel(Double.NaN, 40));
        assertEquals(new WindowLevel(1, 40), new WindowLevel(10, 40).adjusted(-50, 0));
    }

    @Test
    void presetsAreTheIssuesAndTheCommonOnes() {
        assertEquals(new WindowLevel(400, 40), WindowPreset.ofKey(1).window());
        assertEquals(new WindowLevel(150, 60), WindowPreset.ofKey(2).window());
        assertEquals(new WindowLevel(1800, 400), WindowPreset.ofKey(3).window());
        assertEquals(new WindowLevel(1500, -600), WindowPreset.ofKey(4).window());
    }

    /** Every HU from −1024 to 3071 drawn on screen (one voxel per pixel) has the grey of the formula. */
    @Test
    void displayedGreyOfEveryVoxelEqualsTheFormula() {
        ImageGeometry g = ImageGeometry.axisAligned(64, 64, 1, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        short[] hu = new short[g.voxelCount()];
        for (int n = 0; n < hu.length; n++) {
            hu[n] = (short) (n - 1024);
        }
        ViewerModel model = TestVolumes.model(Volume.ofShorts(g, hu, Volume.HU));
        model.resizeView(Orientation.AXIAL, 64, 64); // fitted: 1 view pixel per mm, pixel (x, y) = voxel (x, y)
        for (WindowLevel w : new WindowLevel[] {new WindowLevel(400, 40), new WindowLevel(150, 60),
            new WindowLevel(1, 0), new WindowLevel(4096, 1023.5), new WindowLevel(37, -3)}) {
            model.setWindow(w);
            ViewFrame frame = new ViewFrame();
            frame.render(model, Orientation.AXIAL, 1);
            for (int y = 0; y < 64; y++) {
                for (int x = 0; x < 64; x++) {
                    int value = x + 64 * y - 1024;
                    int expected = (int) Math.round(dicomLinear(value, w.width(), w.level()));
                    int argb = frame.argb(x, y);
                    assertEquals(0xff000000 | expected * 0x010101, argb, "HU " + value + " at " + w);
                }
            }
        }
    }

    /** PS3.3 C.11.2.1.2.1, written out piecewise as the standard states it. */
    private static double dicomLinear(double x, double width, double centre) {
        if (width == 1) {
            return x <= centre - 0.5 ? 0 : 255;
        }
        if (x <= centre - 0.5 - (width - 1) / 2) {
            return 0;
        }
        if (x > centre - 0.5 + (width - 1) / 2) {
            return 255;
        }
        return ((x - (centre - 0.5)) / (width - 1) + 0.5) * 255;
    }
}
