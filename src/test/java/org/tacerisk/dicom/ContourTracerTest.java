package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tacerisk.dicom.RtStructTestData.draw;
import static org.tacerisk.dicom.RtStructTestData.picture;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/** Tracing voxel outlines and filling them again, without DICOM in between. */
class ContourTracerTest {

    private static final ImageGeometry G = RtStructTestData.axisAligned().withSize(8, 7, 1);

    private static List<double[]> trace(Mask m) {
        return ContourTracer.trace(m.toByteArray(), 0, m.geometry().nx(), m.geometry().ny());
    }

    private static Mask refill(Mask m, List<double[]> loops) {
        byte[] v = new byte[m.geometry().voxelCount()];
        ContourRasteriser.fill(loops, m.geometry().nx(), m.geometry().ny(), v, 0);
        return Mask.of(m.geometry(), v);
    }

    @Test
    void singleVoxelIsOneSquareOnItsEdges() {
        Mask m = picture(G, 0, "", "", "...#");
        List<double[]> loops = trace(m);
        assertEquals(1, loops.size());
        assertArrayEquals(new double[] {2.5, 1.5, 3.5, 1.5, 3.5, 2.5, 2.5, 2.5}, loops.get(0));
    }

    @Test
    void collinearVerticesAreMerged() {
        Mask m = picture(G, 0, "########", "########");
        assertArrayEquals(new double[] {-0.5, -0.5, 7.5, -0.5, 7.5, 1.5, -0.5, 1.5}, trace(m).get(0));
    }

    @Test
    void ringGivesAnOutlineAndAHole() {
        Mask m = picture(G, 0, "", ".####", ".#..#", ".####");
        List<double[]> loops = trace(m);
        assertEquals(2, loops.size());
        assertEquals(draw(m, 0), draw(refill(m, loops), 0));
    }

    @Test
    void diagonalNeighboursBecomeSeparateLoops() {
        Mask m = picture(G, 0, "#.#", ".#.", "#.#");
        List<double[]> loops = trace(m);
        assertEquals(5, loops.size());
        for (double[] loop : loops) {
            assertEquals(8, loop.length, "each voxel is its own square");
        }
        assertEquals(draw(m, 0), draw(refill(m, loops), 0));
    }

    @Test
    void holeTouchingTheOutsideDiagonally() {
        Mask m = picture(G, 0, "###", "#.#", "###.", "...#");
        assertEquals(draw(m, 0), draw(refill(m, trace(m)), 0));
    }

    @Test
    void fullGridAndEmptyGrid() {
        byte[] all = new byte[G.voxelCount()];
        java.util.Arrays.fill(all, (byte) 1);
        Mask full = Mask.of(G, all);
        assertEquals(1, trace(full).size());
        assertEquals(G.voxelCount(), refill(full, trace(full)).count());
        assertEquals(0, trace(Mask.empty(G)).size());
    }

    @Property(tries = 500)
    void tracingThenFillingReproducesEverySlice(@ForAll(supplier = ContourMasks.class) Mask mask) {
        ImageGeometry g = mask.geometry();
        byte[] voxels = mask.toByteArray();
        byte[] again = new byte[voxels.length];
        for (int k = 0; k < g.nz(); k++) {
            List<double[]> loops = ContourTracer.trace(voxels, k * g.sliceSize(), g.nx(), g.ny());
            ContourRasteriser.fill(loops, g.nx(), g.ny(), again, k * g.sliceSize());
        }
        assertArrayEquals(voxels, again);
    }
}
