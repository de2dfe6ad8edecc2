package org.tacerisk.app.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/**
 * Planes, screen ↔ plane ↔ voxel ↔ LPS, and orientation letters, against hand-computed points on an anisotropic
 * grid (8 × 6 × 5 voxels of 0.7 × 0.7 × 5 mm, origin (−10, 20, −30)) and on flipped, permuted and oblique series.
 */
class SliceGeometryTest {

    private static final double EPS = 1e-9;

    @Test
    void coronalPixelMapsToTheHandComputedLpsPoint() {
        SliceGeometry coronal = new SliceGeometry(TestVolumes.anisotropic(), Orientation.CORONAL);
        assertEquals(1, coronal.normalAxis());
        assertEquals(8, coronal.columns());
        assertEquals(5, coronal.rows());
        assertEquals(0.7, coronal.columnSpacing());
        assertEquals(5, coronal.rowSpacing());
        // fitted into 56 × 250 view pixels: 10 px/mm; the plane is 5.6 × 25 mm
        ViewState view = new ViewState(coronal.widthMm(), coronal.heightMm());
        view.resize(56, 250);
        assertEquals(10, view.zoom(), EPS);
        // view pixel (24.5, 125) -> plane (2.45, 12.5) mm -> displayed column 3, row 2 -> i = 3, k = 4 - 2 = 2
        // (head up: row 0 is the top slice k = 4) -> on coronal slice j = 4: LPS = (-10 + 3·0.7, 20 + 4·0.7, -30 + 2·5)
        double[] plane = view.toPlane(24.5, 125);
        assertArrayEquals(new double[] {2.45, 12.5}, plane, EPS);
        assertArrayEquals(new double[] {3, 4, 2}, coronal.continuousIndex(plane[0], plane[1], 4), EPS);
        assertArrayEquals(new double[] {-7.9, 22.8, -20}, coronal.lps(plane[0], plane[1], 4), EPS);
        assertArrayEquals(new int[] {3, 4, 2}, coronal.voxel(3, 2, 4));
    }

    @Test
    void sagittalPixelMapsToTheHandComputedLpsPoint() {
        SliceGeometry sagittal = new SliceGeometry(TestVolumes.anisotropic(), Orientation.SAGITTAL);
        assertEquals(0, sagittal.normalAxis());
        assertEquals(6, sagittal.columns()); // j across, anterior on the left
        assertEquals(5, sagittal.rows());
        // displayed column 4, row 0 on sagittal slice i = 5 -> (5, 4, 4): LPS (-10 + 3.5, 20 + 2.8, -30 + 20)
        double u = 4.5 * 0.7;
        double v = 0.5 * 5;
        assertArrayEquals(new double[] {-6.5, 22.8, -10}, sagittal.lps(u, v, 5), EPS);
        assertArrayEquals(new double[] {u, v}, sagittal.planePoint(new double[] {5, 4, 4}), EPS);
    }

    @Test
    void axialPlaneAndBackAreInverse() {
        SliceGeometry axial = new SliceGeometry(TestVolumes.anisotropic(), Orientation.AXIAL);
        double[] index = axial.continuousIndex(1.23, 3.21, 2);
        double[] back = axial.planePoint(index);
        assertArrayEquals(new double[] {1.23, 3.21}, back, EPS);
        assertEquals(-1, axial.columnAt(-0.01));
        assertEquals(7, axial.columnAt(5.59));
        assertEquals(-1, axial.columnAt(5.6));
    }

    @Test
    void standardSeriesShowsRadiologicalLetters() {
        ImageGeometry g = TestVolumes.anisotropic();
        assertLetters(g, Orientation.AXIAL, "R", "L", "A", "P");
        assertLetters(g, Orientation.CORONAL, "R", "L", "S", "I");
        assertLetters(g, Orientation.SAGITTAL, "A", "P", "S", "I");
    }

    /**
     * A series stored flipped — rows running from the patient's left to right, columns posterior to anterior, slices
     * head to feet (direction diag(−1, −1, −1)) — is shown the standard way: the same letters, and the voxel on the
     * screen's left edge is the patient's rightmost.
     */
    @Test
    void flippedSeriesIsShownTheStandardWayWithTheRightLetters() {
        ImageGeometry flipped = new ImageGeometry(8, 6, 5, new double[] {0.7, 0.7, 5}, new double[] {10, 20, 30},
                new double[] {-1, 0, 0, 0, -1, 0, 0, 0, -1});
        assertLetters(flipped, Orientation.AXIAL, "R", "L", "A", "P");
        assertLetters(flipped, Orientation.CORONAL, "R", "L", "S", "I");
        assertLetters(flipped, Orientation.SAGITTAL, "A", "P", "S", "I");
        SliceGeometry axial = new SliceGeometry(flipped, Orientation.AXIAL);
        assertTrue(axial.horizontalReversed());
        // screen-left column shows i = 7, the patient's right (x = 10 - 7·0.7 = 5.1 < 10)
        assertArrayEquals(new int[] {7, 5, 0}, axial.voxel(0, 0, 0));
        double leftX = axial.lps(0.35, 0.35, 0)[0];
        double rightX = axial.lps(axial.widthMm() - 0.35, 0.35, 0)[0];
        assertTrue(leftX < rightX, leftX + " should be right of (less than) " + rightX);
        assertEquals(5.1, leftX, EPS);
        // coronal top row is the most superior slice: k = 0 here (z = 30)
        SliceGeometry coronal = new SliceGeometry(flipped, Orientation.CORONAL);
        assertEquals(30, coronal.lps(0.35, 2.5, 0)[2], EPS);
    }

    /** A series whose index axes are a permutation of L, P, S (e.g. acquired sagittally) still has an axial view. */
    @Test
    void sagittallyAcquiredSeriesGetsItsAxialViewFromTheRightAxis() {
        // i -> P, j -> I (columns down the screen of a sagittal acquisition), k -> L
        ImageGeometry g = new ImageGeometry(6, 5, 4, new double[] {1, 2, 3}, new double[] {0, 0, 0},
                new double[] {0, 0, 1, 1, 0, 0, 0, -1, 0});
        SliceGeometry axial = new SliceGeometry(g, Orientation.AXIAL);
        assertEquals(1, axial.normalAxis());
        assertEquals(2, axial.horizontalAxis());
        assertEquals(0, axial.verticalAxis());
        assertEquals(3, axial.columnSpacing());
        assertLetters(g, Orientation.AXIAL, "R", "L", "A", "P");
        assertLetters(g, Orientation.SAGITTAL, "A", "P", "S", "I");
    }

    /** A series rotated 30° about the S axis: letters name both axes the edges lean along. */
    @Test
    void obliqueSeriesGetsTwoLetterEdges() {
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        ImageGeometry g = new ImageGeometry(4, 4, 4, new double[] {1, 1, 1}, new double[] {0, 0, 0},
                new double[] {c, -s, 0, s, c, 0, 0, 0, 1});
        assertLetters(g, Orientation.AXIAL, "RA", "LP", "AL", "PR");
        // a gantry-tilt-sized lean (10°) keeps one letter
        assertEquals("L", OrientationLetters.of(new double[] {Math.cos(0.1745), 0, Math.sin(0.1745)}));
        assertEquals("SA", OrientationLetters.of(new double[] {0, -0.5, 0.8}));
    }

    private static void assertLetters(ImageGeometry g, Orientation o, String left, String right, String top,
            String bottom) {
        assertEquals(new SliceGeometry.EdgeLetters(left, right, top, bottom), new SliceGeometry(g, o).edgeLetters(),
                o.toString());
    }
}
