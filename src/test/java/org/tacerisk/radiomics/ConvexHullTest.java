package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.radiomics.morphology.ConvexHull;
import org.tacerisk.radiomics.morphology.SurfaceMesh;

/** Exact-arithmetic quickhull on integer points, including the heavily coplanar lattices that meshes produce. */
class ConvexHullTest {

    /** Every point of the lattice {0..4}³: the hull is the cube, volume 64, area 96, its corners among the vertices. */
    @Test
    void latticeCube() {
        int[] xyz = new int[3 * 125];
        int n = 0;
        for (int z = 0; z <= 4; z++) {
            for (int y = 0; y <= 4; y++) {
                for (int x = 0; x <= 4; x++) {
                    xyz[n++] = x;
                    xyz[n++] = y;
                    xyz[n++] = z;
                }
            }
        }
        ConvexHull hull = ConvexHull.of(xyz);
        SurfaceMesh surface = asMesh(xyz, hull);
        assertEquals(64, surface.volume(), 1e-12);
        assertEquals(96, surface.area(), 1e-9);
        Set<Integer> vertices = new HashSet<>();
        for (int v : hull.vertices()) {
            vertices.add(v);
            // a vertex of the triangulation lies on the cube's boundary
            int x = xyz[3 * v];
            int y = xyz[3 * v + 1];
            int z = xyz[3 * v + 2];
            assertTrue(x % 4 == 0 || y % 4 == 0 || z % 4 == 0, "interior point used as hull vertex");
        }
        for (int corner : new int[] {0, 4, 20, 24, 100, 104, 120, 124}) {
            assertTrue(vertices.contains(corner), "corner " + corner + " missing");
        }
        assertHull(xyz, hull);
    }

    /** Random point clouds, some on a coarse lattice (many coplanar and collinear points): always a valid hull. */
    @Test
    void randomClouds() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int count = 4 + random.nextInt(300);
            int range = trial % 2 == 0 ? 4 : 1000;
            int[] xyz = new int[3 * count];
            for (int k = 0; k < xyz.length; k++) {
                xyz[k] = random.nextInt(range + 1);
            }
            // make sure the cloud is not flat
            xyz[0] = 0;
            xyz[1] = 0;
            xyz[2] = 0;
            xyz[3] = range;
            xyz[4] = 0;
            xyz[5] = 0;
            xyz[6] = 0;
            xyz[7] = range;
            xyz[8] = 0;
            xyz[9] = 0;
            xyz[10] = 0;
            xyz[11] = range;
            assertHull(xyz, ConvexHull.of(xyz));
        }
    }

    @Test
    void flatInputIsRefused() {
        int[] square = {0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 2, 2, 0};
        assertThrows(IllegalArgumentException.class, () -> ConvexHull.of(square));
    }

    private static SurfaceMesh asMesh(int[] xyz, ConvexHull hull) {
        // half-voxel coordinates with spacing 2 are the coordinates themselves
        return new SurfaceMesh(xyz, hull.faces(), new int[3], new double[] {2, 2, 2});
    }

    /**
     * A closed, consistently oriented triangulation whose every face has all points on or below its plane, with
     * vertices taken from the input, bounds exactly the convex hull.
     */
    static void assertHull(int[] xyz, ConvexHull hull) {
        int[] f = hull.faces();
        Map<Long, Integer> directed = new HashMap<>();
        for (int t = 0; t < f.length; t += 3) {
            long ax = xyz[3 * f[t]];
            long ay = xyz[3 * f[t] + 1];
            long az = xyz[3 * f[t] + 2];
            long ux = xyz[3 * f[t + 1]] - ax;
            long uy = xyz[3 * f[t + 1] + 1] - ay;
            long uz = xyz[3 * f[t + 1] + 2] - az;
            long vx = xyz[3 * f[t + 2]] - ax;
            long vy = xyz[3 * f[t + 2] + 1] - ay;
            long vz = xyz[3 * f[t + 2] + 2] - az;
            long nx = uy * vz - uz * vy;
            long ny = uz * vx - ux * vz;
            long nz = ux * vy - uy * vx;
            assertTrue(nx != 0 || ny != 0 || nz != 0, "degenerate hull face");
            for (int q = 0; q < xyz.length / 3; q++) {
                long h = nx * (xyz[3 * q] - ax) + ny * (xyz[3 * q + 1] - ay) + nz * (xyz[3 * q + 2] - az);
                assertTrue(h <= 0, "point " + q + " above a hull face");
            }
            for (int e = 0; e < 3; e++) {
                directed.merge(((long) f[t + e] << 32) | f[t + (e + 1) % 3], 1, Integer::sum);
            }
        }
        for (Map.Entry<Long, Integer> entry : directed.entrySet()) {
            long key = entry.getKey();
            long reverse = ((key & 0xFFFFFFFFL) << 32) | (key >>> 32);
            assertEquals(1, entry.getValue());
            assertEquals(1, directed.getOrDefault(reverse, 0), "hull surface not closed");
        }
    }
}
