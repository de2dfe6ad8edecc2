package org.tacerisk.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

class PolygonFillTest {

    private final ImageGeometry g = RoiFixtures.grid(8, 8, 3, 1, 1, 1);

    @Test
    void squareCoversExactlyTheCentresInsideByTheHalfOpenRule() {
        EditableMask m = new EditableMask(g);
        int changed = RoiFixtures.edit(m, RoiAction.POLYGON, x -> PolygonFill.fill(x, SlicePlane.axial(2),
                new double[] {1, 1, 3, 1, 3, 3, 1, 3}, PolygonFill.Mode.ADD));
        assertEquals(Set.of("1,1,2", "2,1,2", "1,2,2", "2,2,2"), RoiFixtures.voxels(m));
        assertEquals(4, changed);
    }

    @Test
    void triangleKeepsTheCentresStrictlyInsideItsRightEdge() {
        EditableMask m = new EditableMask(g);
        RoiFixtures.edit(m, RoiAction.POLYGON, x -> PolygonFill.fill(x, SlicePlane.axial(0),
                new double[] {0, 0, 4, 0, 0, 4}, PolygonFill.Mode.ADD));
        // centres with u + v < 4 (those on the hypotenuse lie on a right edge: outside)
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k == 0 && i + j < 4), RoiFixtures.voxels(m));
        assertEquals(10, m.count());
    }

    @Test
    void polygonDrawnInMillimetresOnACoronalPlaneOfAnAnisotropicSeriesLandsOnTheRightVoxels() {
        // origin (-10, 20, -30), spacing 0.7 × 1.3 × 3.0 mm: centres x = -10 + 0.7 i, y = 20 + 1.3 j, z = -30 + 3 k
        ImageGeometry aniso = RoiFixtures.grid(8, 5, 6, 0.7, 1.3, 3.0);
        // the rectangle x ∈ [-9.0, -7.0] mm, z ∈ [-27.5, -20.5] mm on the coronal plane y = 22.6 mm (j = 2)
        double[][] lps = {{-9.0, 22.6, -27.5}, {-7.0, 22.6, -27.5}, {-7.0, 22.6, -20.5}, {-9.0, 22.6, -20.5}};
        double[] uv = new double[8];
        for (int p = 0; p < 4; p++) {
            double[] ijk = aniso.physicalToIndex(lps[p][0], lps[p][1], lps[p][2]);
            assertEquals(2, ijk[1], 1e-9);
            uv[2 * p] = ijk[0];
            uv[2 * p + 1] = ijk[2];
        }
        EditableMask m = new EditableMask(aniso);
        RoiFixtures.edit(m, RoiAction.POLYGON, x -> PolygonFill.fill(x, SlicePlane.coronal(2), uv, PolygonFill.Mode.ADD));
        // by hand: x centres -8.6, -7.9, -7.2 (i = 2, 3, 4) and z centres -27, -24, -21 (k = 1, 2, 3)
        Set<String> expected = RoiFixtures.where(aniso, (i, j, k) -> j == 2 && i >= 2 && i <= 4 && k >= 1 && k <= 3);
        assertEquals(expected, RoiFixtures.voxels(m));
    }

    @Test
    void sagittalPlaneMapsUToJAndVToK() {
        EditableMask m = new EditableMask(g);
        RoiFixtures.edit(m, RoiAction.POLYGON, x -> PolygonFill.fill(x, SlicePlane.sagittal(5),
                new double[] {2, 0, 4, 0, 4, 2, 2, 2}, PolygonFill.Mode.ADD));
        assertEquals(Set.of("5,2,0", "5,3,0", "5,2,1", "5,3,1"), RoiFixtures.voxels(m));
    }

    @Test
    void aLoopInsideTheOutlineIsAHoleByTheEvenOddRule() {
        EditableMask m = new EditableMask(g);
        // outer square around centres 1..5, a bridge in, an inner square around centre (3, 3), the bridge back out
        double[] keyhole = {0.5, 0.5, 5.5, 0.5, 5.5, 5.5, 0.5, 5.5, 0.5, 0.5, 2.5, 2.5, 2.5, 3.5, 3.5, 3.5, 3.5, 2.5,
            2.5, 2.5};
        RoiFixtures.edit(m, RoiAction.POLYGON, x -> PolygonFill.fill(x, SlicePlane.axial(1), keyhole,
                PolygonFill.Mode.ADD));
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k == 1 && i >= 1 && i <= 5 && j >= 1 && j <= 5
                && !(i == 3 && j == 3)), RoiFixtures.voxels(m));
    }

    @Test
    void freehandPolylineIsClosedBackToItsStart() {
        // a dense polyline along three sides of the square (1, 1)–(5, 5), ending at (1, 5): the fourth side is the
        // closing segment
        List<Double> points = new ArrayList<>();
        for (double t = 1; t < 5; t += 0.25) {
            points.add(t);
            points.add(1.0);
        }
        for (double t = 1; t < 5; t += 0.25) {
            points.add(5.0);
            points.add(t);
        }
        for (double t = 5; t >= 1; t -= 0.25) {
            points.add(t);
            points.add(5.0);
        }
        double[] uv = points.stream().mapToDouble(Double::doubleValue).toArray();
        EditableMask m = new EditableMask(g);
        RoiFixtures.edit(m, RoiAction.FREEHAND, x -> PolygonFill.fill(x, SlicePlane.axial(0), uv, PolygonFill.Mode.ADD));
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k == 0 && i >= 1 && i <= 4 && j >= 1 && j <= 4),
                RoiFixtures.voxels(m));
    }

    @Test
    void removeModeErasesTheEnclosedVoxels() {
        EditableMask m = RoiFixtures.mask(g, (i, j, k) -> k == 0);
        int removed = RoiFixtures.edit(m, RoiAction.POLYGON, x -> PolygonFill.fill(x, SlicePlane.axial(0),
                new double[] {-1, -1, 2, -1, 2, 8, -1, 8}, PolygonFill.Mode.REMOVE));
        assertEquals(16, removed);
        assertEquals(RoiFixtures.where(g, (i, j, k) -> k == 0 && i >= 2), RoiFixtures.voxels(m));
    }

    @Test
    void refusesOutlinesThatCannotBeFilled() {
        EditableMask m = new EditableMask(g);
        m.beginEdit(RoiAction.POLYGON);
        RoiToolException few = assertThrows(RoiToolException.class, () -> PolygonFill.fill(m, SlicePlane.axial(0),
                new double[] {1, 1, 3, 3}, PolygonFill.Mode.ADD));
        assertEquals(RoiToolException.Problem.TOO_FEW_POINTS, few.problem());
        RoiToolException none = assertThrows(RoiToolException.class, () -> PolygonFill.fill(m, SlicePlane.axial(0),
                new double[] {1.1, 1.1, 1.9, 1.1, 1.5, 1.9}, PolygonFill.Mode.ADD));
        assertEquals(RoiToolException.Problem.ENCLOSES_NO_VOXEL, none.problem());
        RoiToolException outside = assertThrows(RoiToolException.class, () -> PolygonFill.fill(m,
                SlicePlane.axial(3), new double[] {1, 1, 3, 1, 3, 3}, PolygonFill.Mode.ADD));
        assertEquals(RoiToolException.Problem.PLANE_OUTSIDE_VOLUME, outside.problem());
        assertTrue(outside.getMessage().contains("axial slice 3"), outside.getMessage());
        assertTrue(m.endEdit().isEmpty());
    }
}
