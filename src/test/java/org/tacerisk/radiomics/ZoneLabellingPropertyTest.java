package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The flood-fill zones and breadth-first distance map against brute force on random small ROIs: zones by
 * union-find over every voxel pair within the linkage distance, distances as the smallest taxicab distance to any
 * position outside the morphological mask (the grid border counting as outside).
 */
class ZoneLabellingPropertyTest {

    record Case(int nx, int ny, int nz, int[] grey, byte[] morph, int linkage, boolean threeD) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<int[]> dims = Arbitraries.integers().between(1, 5).array(int[].class).ofSize(3);
        return Combinators.combine(dims, Arbitraries.integers().between(1, 2), Arbitraries.of(true, false),
                Arbitraries.longs()).as((d, linkage, threeD, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    int n = d[0] * d[1] * d[2];
                    int[] grey = new int[n];
                    byte[] morph = new byte[n];
                    for (int v = 0; v < n; v++) {
                        morph[v] = (byte) (random.nextInt(5) > 0 ? 1 : 0);
                        grey[v] = morph[v] != 0 && random.nextInt(6) > 0 ? 1 + random.nextInt(3) : 0;
                    }
                    return new Case(d[0], d[1], d[2], grey, morph, linkage, threeD);
                });
    }

    @Property(tries = 300)
    void zonesMatchUnionFindOverAllPairs(@ForAll("cases") Case c) {
        ProcessedRoi roi = ZoneTestRois.roi(c.nx(), c.ny(), c.nz(), c.grey(), c.morph(), 3);
        TextureGrid grid = TextureGrid.of(roi, c.linkage());
        GreyLevelZones zones = GreyLevelZones.label(grid, c.linkage(), c.threeD());
        int[] label = grid.toFullGrid(zones.label);
        int[] root = bruteForceZones(c);
        int n = c.grey().length;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (c.grey()[a] > 0 && c.grey()[b] > 0) {
                    assertEquals(root[a] == root[b], label[a] == label[b], "voxels " + a + ", " + b);
                }
            }
        }
        int total = 0;
        for (int z = 0; z < zones.count; z++) {
            total += zones.size[z];
        }
        assertEquals(grid.voxelCount, total, "every intensity voxel in exactly one zone");
    }

    @Property(tries = 300)
    void distancesMatchNearestOutsidePosition(@ForAll("cases") Case c) {
        ProcessedRoi roi = ZoneTestRois.roi(c.nx(), c.ny(), c.nz(), c.grey(), c.morph(), 3);
        TextureGrid grid = TextureGrid.of(roi, 1);
        int[] distance = grid.toFullGrid(BorderDistanceMap.compute(grid, c.threeD()));
        for (int k = 0; k < c.nz(); k++) {
            for (int j = 0; j < c.ny(); j++) {
                for (int i = 0; i < c.nx(); i++) {
                    int v = i + c.nx() * (j + c.ny() * k);
                    int expected = c.morph()[v] == 0 ? 0 : nearestOutside(c, i, j, k);
                    assertEquals(expected, distance[v], "voxel " + i + "," + j + "," + k);
                }
            }
        }
    }

    private static int nearestOutside(Case c, int i, int j, int k) {
        int best = Integer.MAX_VALUE;
        int dz = c.threeD() ? c.nz() + 1 : 0;
        for (int z = k - dz; z <= k + dz; z++) {
            for (int y = -1; y <= c.ny(); y++) {
                for (int x = -1; x <= c.nx(); x++) {
                    boolean inside = x >= 0 && y >= 0 && z >= 0 && x < c.nx() && y < c.ny() && z < c.nz()
                            && c.morph()[x + c.nx() * (y + c.ny() * z)] != 0;
                    if (!inside) {
                        best = Math.min(best, Math.abs(x - i) + Math.abs(y - j) + Math.abs(z - k));
                    }
                }
            }
        }
        return best;
    }

    private static int[] bruteForceZones(Case c) {
        int n = c.grey().length;
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        List<int[]> coords = new ArrayList<>();
        for (int k = 0; k < c.nz(); k++) {
            for (int j = 0; j < c.ny(); j++) {
                for (int i = 0; i < c.nx(); i++) {
                    coords.add(new int[] {i, j, k});
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int[] p = coords.get(a);
                int[] q = coords.get(b);
                int chebyshev = Math.max(Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]));
                boolean linked = c.grey()[a] > 0 && c.grey()[a] == c.grey()[b]
                        && (c.threeD() ? Math.max(chebyshev, Math.abs(p[2] - q[2])) : (p[2] == q[2] ? chebyshev : 99))
                                <= c.linkage();
                if (linked) {
                    parent[find(parent, a)] = find(parent, b);
                }
            }
        }
        int[] root = new int[n];
        for (int v = 0; v < n; v++) {
            root[v] = find(parent, v);
        }
        return root;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            v = parent[v];
        }
        return v;
    }
}
