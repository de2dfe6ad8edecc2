package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tacerisk.radiomics.morphology.MarchingCubes;
import org.tacerisk.radiomics.morphology.SurfaceMesh;

/** Marching cubes on binary masks (IBSI-1 WRJH): shapes whose mesh volume and area follow by hand. */
class MarchingCubesTest {

    /**
     * One voxel: the vertices are the six face centres at ±s/2, the mesh the octahedron through them. Volume
     * (4/3)(s/2)³ = s³/6; eight equilateral faces of side s/√2, area 8 · (√3/4) · s²/2 = √3 s².
     */
    @Test
    void singleVoxelIsAnOctahedron() {
        SurfaceMesh mesh = MarchingCubes.mesh(new byte[] {1}, 1, 1, 1, new double[] {2, 2, 2});
        assertEquals(6, mesh.vertexCount());
        assertEquals(8, mesh.triangleCount());
        assertEquals(8.0 / 6, mesh.volume(), 1e-12);
        assertEquals(Math.sqrt(3) * 4, mesh.area(), 1e-12);
        assertClosedAndOutward(mesh);
    }

    /**
     * A 2 × 2 × 2 block (unit voxels). The 27 cells around it: the central cell is full (1); 6 face cells cut
     * half-way (6 · 1/2); 12 edge cells keep a prism with a right-isosceles base of legs 1/2 (12 · 1/8); 8 corner
     * cells keep a tetrahedron with legs 1/2 (8 · 1/48). V = 1 + 3 + 3/2 + 1/6 = 17/3. Area: 6 unit squares,
     * 12 strips of 1 × √2/2, 8 equilateral triangles of side √2/2: A = 6 + 6√2 + √3.
     */
    @Test
    void twoByTwoByTwoBlock() {
        byte[] mask = new byte[8];
        java.util.Arrays.fill(mask, (byte) 1);
        SurfaceMesh mesh = MarchingCubes.mesh(mask, 2, 2, 2, new double[] {1, 1, 1});
        assertEquals(17.0 / 3, mesh.volume(), 1e-12);
        assertEquals(6 + 6 * Math.sqrt(2) + Math.sqrt(3), mesh.area(), 1e-12);
        assertClosedAndOutward(mesh);
        // anisotropic voxels scale the volume by their size
        SurfaceMesh scaled = MarchingCubes.mesh(mask, 2, 2, 2, new double[] {1, 2, 3});
        assertEquals(17.0 / 3 * 6, scaled.volume(), 1e-12);
        assertEquals(2.0, scaled.boundingBoxSize()[0], 0);
        assertEquals(4.0, scaled.boundingBoxSize()[1], 0);
        assertEquals(6.0, scaled.boundingBoxSize()[2], 0);
    }

    /** Every one of the 256 corner patterns, alone in a padded cell, gives a closed, outward-oriented mesh. */
    @Test
    void everyCellCaseIsClosedAndOutward() {
        for (int c = 1; c < 256; c++) {
            byte[] mask = new byte[8];
            for (int corner = 0; corner < 8; corner++) {
                mask[corner] = (byte) ((c >> corner) & 1);
            }
            SurfaceMesh mesh = MarchingCubes.mesh(mask, 2, 2, 2, new double[] {1, 1, 1});
            assertClosedAndOutward(mesh);
        }
    }

    /** Random masks, holes and touching corners included: the mesh is always closed and outward. */
    @Test
    void randomMasksGiveClosedMeshes() {
        java.util.Random random = new java.util.Random(11);
        for (int trial = 0; trial < 50; trial++) {
            int nx = 3 + random.nextInt(5);
            int ny = 3 + random.nextInt(5);
            int nz = 3 + random.nextInt(5);
            byte[] mask = new byte[nx * ny * nz];
            for (int n = 0; n < mask.length; n++) {
                mask[n] = (byte) (random.nextDouble() < 0.5 ? 1 : 0);
            }
            mask[0] = 1;
            assertClosedAndOutward(MarchingCubes.mesh(mask, nx, ny, nz, new double[] {0.7, 1.1, 2.5}));
        }
    }

    /**
     * A digital ball of radius R = 20 voxels (centres within R): its mesh volume approaches (4/3)πR³. Marching cubes
     * on binary data cuts the corners of the voxel staircase, so the volume is slightly below the ball's; 1 % at
     * this radius. The area of a binary mesh overestimates the smooth sphere's (4πR²) by a few per cent, and
     * stays far below the voxel-face count's 1.5× overestimate.
     */
    @Test
    void ballApproachesTheSphere() {
        int r = 20;
        int size = 2 * r + 3;
        byte[] mask = ball(size, r);
        SurfaceMesh mesh = MarchingCubes.mesh(mask, size, size, size, new double[] {1, 1, 1});
        double sphereVolume = 4 * Math.PI * r * r * r / 3;
        double sphereArea = 4 * Math.PI * r * r;
        assertEquals(1, mesh.volume() / sphereVolume, 0.01);
        double areaRatio = mesh.area() / sphereArea;
        assertTrue(areaRatio > 1 && areaRatio < 1.1, "area / 4πR² = " + areaRatio);
    }

    @Test
    void emptyMaskHasNoMesh() {
        assertNull(MarchingCubes.mesh(new byte[27], 3, 3, 3, new double[] {1, 1, 1}));
    }

    static byte[] ball(int size, double r) {
        byte[] mask = new byte[size * size * size];
        double c = (size - 1) / 2.0;
        int n = 0;
        for (int k = 0; k < size; k++) {
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < size; i++, n++) {
                    double d2 = (i - c) * (i - c) + (j - c) * (j - c) + (k - c) * (k - c);
                    mask[n] = (byte) (d2 <= r * r ? 1 : 0);
                }
            }
        }
        return mask;
    }

    /** Each directed edge is used once and its reverse once; the signed volume is positive (outward normals). */
    static void assertClosedAndOutward(SurfaceMesh mesh) {
        int[] t = mesh.triangles();
        Map<Long, Integer> directed = new HashMap<>();
        for (int f = 0; f < t.length; f += 3) {
            for (int e = 0; e < 3; e++) {
                long key = ((long) t[f + e] << 32) | t[f + (e + 1) % 3];
                directed.merge(key, 1, Integer::sum);
            }
        }
        for (Map.Entry<Long, Integer> entry : directed.entrySet()) {
            long key = entry.getKey();
            long reverse = ((key & 0xFFFFFFFFL) << 32) | (key >>> 32);
            assertEquals(1, entry.getValue(), "directed edge used twice");
            assertEquals(1, directed.getOrDefault(reverse, 0), "edge without its twin: mesh not closed");
        }
        double signed = 0;
        for (int f = 0; f < t.length; f += 3) {
            double[][] p = new double[3][3];
            for (int v = 0; v < 3; v++) {
                for (int a = 0; a < 3; a++) {
                    p[v][a] = mesh.position(t[f + v], a);
                }
            }
            signed += p[0][0] * (p[1][1] * p[2][2] - p[1][2] * p[2][1])
                    + p[0][1] * (p[1][2] * p[2][0] - p[1][0] * p[2][2])
                    + p[0][2] * (p[1][0] * p[2][1] - p[1][1] * p[2][0]);
        }
        assertTrue(signed > 0, "normals point inwards");
        assertEquals(mesh.volume(), signed / 6, 1e-9 * Math.max(1, mesh.volume()));
    }
}
