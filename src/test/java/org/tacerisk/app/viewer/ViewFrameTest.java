package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/** Frames as drawn: physical aspect, which voxel lands where, the overlay, HiDPI, redraw only on change. */
class ViewFrameTest {

    private static final WindowLevel IDENTITY = TestVolumes.IDENTITY_WINDOW;

    /**
     * Coronal view of 0.7 × 0.7 × 5 mm voxels: each displayed voxel is 5/0.7 ≈ 7.1 times as tall as wide. At 10 px
     * per mm a voxel is 7 px wide and 50 px tall.
     */
    @Test
    void coronalVoxelsKeepTheirPhysicalAspect() {
        ViewerModel model = TestVolumes.model(TestVolumes.coded(TestVolumes.anisotropic()));
        model.setWindow(IDENTITY); // grey = voxel code
        model.resizeView(Orientation.CORONAL, 56, 250); // exactly the plane at 10 px/mm
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.CORONAL, 1);
        assertEquals(56, frame.width());
        assertEquals(250, frame.height());
        assertEquals(7, runLength(frame, 0, 25, 1, 0)); // pixels across voxel column 0
        assertEquals(50, runLength(frame, 0, 0, 0, 1)); // pixels down voxel row 0
        // top-left shows (i 0, j 3, k 4): head up, patient's right on the left
        assertEquals(TestVolumes.code(0, 3, 4), frame.argb(0, 0) & 0xff);
        assertEquals(TestVolumes.code(7, 3, 0), frame.argb(55, 249) & 0xff);
    }

    @Test
    void sagittalShowsAnteriorOnTheLeftAndHeadUp() {
        ViewerModel model = TestVolumes.model(TestVolumes.coded(TestVolumes.anisotropic()));
        model.setWindow(IDENTITY);
        model.resizeView(Orientation.SAGITTAL, 42, 250);
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.SAGITTAL, 1);
        assertEquals(TestVolumes.code(4, 0, 4), frame.argb(0, 0) & 0xff);
        assertEquals(TestVolumes.code(4, 5, 0), frame.argb(41, 249) & 0xff);
    }

    /** A series stored head to feet and right to left still draws the patient's right on the left. */
    @Test
    void flippedSeriesDrawsThePatientsRightOnTheLeft() {
        ImageGeometry flipped = new ImageGeometry(8, 6, 5, new double[] {1, 1, 1}, new double[] {7, 5, 4},
                new double[] {-1, 0, 0, 0, -1, 0, 0, 0, -1});
        ViewerModel model = TestVolumes.model(TestVolumes.coded(flipped));
        model.setWindow(IDENTITY);
        model.resizeView(Orientation.AXIAL, 8, 6);
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.AXIAL, 1);
        // screen (0, 0) = patient right-anterior = i 7, j 5
        assertEquals(TestVolumes.code(7, 5, 2), frame.argb(0, 0) & 0xff);
        assertEquals(TestVolumes.code(0, 0, 2), frame.argb(7, 5) & 0xff);
    }

    /** When the screen's horizontal axis runs across slices (a sagittal acquisition) the slow path draws it right. */
    @Test
    void permutedSeriesDrawsEveryVoxelWhereItBelongs() {
        ImageGeometry g = new ImageGeometry(6, 5, 4, new double[] {1, 1, 1}, new double[] {0, 0, 0},
                new double[] {0, 0, 1, 1, 0, 0, 0, -1, 0}); // i -> P, j -> I, k -> L
        ViewerModel model = TestVolumes.model(TestVolumes.coded(g));
        model.setWindow(IDENTITY);
        model.resizeView(Orientation.AXIAL, 4, 6); // axial: k across (4), i down (6)
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.AXIAL, 1);
        int j = model.slice(Orientation.AXIAL);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 4; x++) {
                assertEquals(TestVolumes.code(y, j, x), frame.argb(x, y) & 0xff);
            }
        }
    }

    @Test
    void hiDpiDrawsTwiceAsManyPixelsEachWay() {
        ViewerModel model = TestVolumes.model(TestVolumes.coded(TestVolumes.anisotropic()));
        model.resizeView(Orientation.AXIAL, 56, 42);
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.AXIAL, 2);
        assertEquals(112, frame.width());
        assertEquals(84, frame.height());
        assertEquals(14, runLength(frame, 0, 0, 1, 0)); // 0.7 mm at 10 px/mm, times 2
    }

    @Test
    void overlayIsAThinOutlineAroundAFill() {
        ImageGeometry g = ImageGeometry.axisAligned(10, 10, 1, new double[] {1, 1, 1}, new double[] {0, 0, 0});
        ViewerModel model = TestVolumes.model(Volume.ofShorts(g, new short[100], Volume.HU));
        model.setWindow(IDENTITY); // 0 HU -> grey 0
        model.setOverlay((i, j, k) -> i >= 3 && i <= 6 && j >= 3 && j <= 6);
        model.setOverlayStyle(new OverlayStyle(0xff0000, true, 0.5));
        model.resizeView(Orientation.AXIAL, 100, 100); // 10 px per voxel
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.AXIAL, 1);
        assertEquals(0xff000000, frame.argb(29, 50)); // outside: black
        assertEquals(0xffff0000, frame.argb(30, 50)); // first inside pixel: outline, full colour
        assertEquals(0xff800000, frame.argb(31, 50)); // then the fill: half red over black
        assertEquals(0xff800000, frame.argb(50, 50));
        assertEquals(0xffff0000, frame.argb(69, 50));
        model.setOverlayStyle(new OverlayStyle(0xff0000, false, 0));
        frame.render(model, Orientation.AXIAL, 1);
        assertEquals(0xff000000, frame.argb(30, 50)); // hidden outline, no fill
    }

    @Test
    void redrawsOnlyWhenSomethingShownChanged() {
        ViewerModel model = TestVolumes.model(TestVolumes.coded(TestVolumes.anisotropic()));
        model.resizeView(Orientation.AXIAL, 56, 42);
        ViewFrame frame = new ViewFrame();
        assertTrue(frame.render(model, Orientation.AXIAL, 1));
        assertFalse(frame.render(model, Orientation.AXIAL, 1));
        model.scroll(Orientation.SAGITTAL, 1); // another view's slice: the axial frame is unchanged
        assertFalse(frame.render(model, Orientation.AXIAL, 1));
        model.scroll(Orientation.AXIAL, 1);
        assertTrue(frame.render(model, Orientation.AXIAL, 1));
        model.applyPreset(WindowPreset.LIVER);
        assertTrue(frame.render(model, Orientation.AXIAL, 1));
        model.zoomAt(Orientation.AXIAL, 2, 10, 10);
        assertTrue(frame.render(model, Orientation.AXIAL, 1));
    }

    @Test
    void outsideThePlaneIsBlack() {
        ViewerModel model = TestVolumes.model(TestVolumes.coded(TestVolumes.anisotropic()));
        model.setWindow(new WindowLevel(1, -5000)); // everything white
        model.resizeView(Orientation.AXIAL, 100, 42); // plane 5.6 x 4.2 mm: 10 px/mm, 22 px black either side
        ViewFrame frame = new ViewFrame();
        frame.render(model, Orientation.AXIAL, 1);
        assertEquals(0xff000000, frame.argb(21, 20));
        assertEquals(0xffffffff, frame.argb(22, 20));
        assertEquals(0xffffffff, frame.argb(77, 20));
        assertEquals(0xff000000, frame.argb(78, 20));
    }

    /** Pixels from (x, y) in direction (dx, dy) with the colour of (x, y). */
    private static int runLength(ViewFrame f, int x, int y, int dx, int dy) {
        int colour = f.argb(x, y);
        int n = 0;
        while (x < f.width() && y < f.height() && f.argb(x, y) == colour) {
            n++;
            x += dx;
            y += dy;
        }
        return n;
    }
}
