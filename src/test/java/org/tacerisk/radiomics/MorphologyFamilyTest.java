package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.testsupport.SharedData;

/** The morphology family on shapes whose features follow by hand, degenerate ROIs, and its naming contract. */
class MorphologyFamilyTest {

    private static final MorphologyFamily FAMILY = new MorphologyFamily();

    /** A single voxel of side 2 mm: an octahedron mesh (V = 8/6, A = 4√3); no principal axes, no pairs. */
    @Test
    void singleVoxel() {
        Map<String, FeatureValue> f = compute(roi(new byte[] {1}, new float[] {7}, 1, 1, 1, 2));
        assertEquals(29, f.size());
        assertEquals(8.0 / 6, f.get("RNU0").value(), 1e-12);
        assertEquals(8.0, f.get("YEKZ").value(), 0);
        assertEquals(4 * Math.sqrt(3), f.get("C0JK").value(), 1e-12);
        // the octahedron's vertices are at ±1 mm: diameter 2 mm, and it is its own convex hull
        assertEquals(2.0, f.get("L0JK").value(), 1e-12);
        assertEquals(1.0, f.get("R3ER").value(), 1e-12);
        assertEquals(0.0, f.get("TDIC").value(), 0);
        assertEquals(0.0, f.get("KLMA").value(), 1e-12);
        assertEquals(7 * 8.0 / 6, f.get("99N0").value(), 1e-12);
        for (String code : List.of("Q3CK", "N17B", "6BDE", "RDD2", "N365", "NPT7")) {
            assertTrue(Double.isNaN(f.get(code).value()), code);
            assertFalse(f.get(code).undefinedReason().isEmpty(), code + " needs a reason");
        }
    }

    /**
     * A 2 × 2 × 2 block of unit voxels, uniform intensity 5. Mesh: V = 17/3, A = 6 + 6√2 + √3 (see
     * MarchingCubesTest). The chamfered cube is convex: hull densities 1. Its vertices have one coordinate at
     * −1/2 or 3/2 and the others at 0 or 1; the farthest pair differs by (2, 1, 1): diameter √6. AABB 2 × 2 × 2.
     * PCA: each axis has 8 centres at 0 or 1, sample variance 8 · (1/4) / 7 = 2/7, so every axis length is
     * 4√(2/7), elongation and flatness 1.
     */
    @Test
    void twoByTwoByTwoBlock() {
        byte[] mask = new byte[8];
        float[] x = new float[8];
        Arrays.fill(mask, (byte) 1);
        Arrays.fill(x, 5);
        Map<String, FeatureValue> f = compute(roi(mask, x, 2, 2, 2, 1));
        double v = 17.0 / 3;
        double a = 6 + 6 * Math.sqrt(2) + Math.sqrt(3);
        assertEquals(v, f.get("RNU0").value(), 1e-12);
        assertEquals(8, f.get("YEKZ").value(), 0);
        assertEquals(a, f.get("C0JK").value(), 1e-12);
        assertEquals(a / v, f.get("2PR5").value(), 1e-12);
        assertEquals(v / (Math.sqrt(Math.PI) * Math.pow(a, 1.5)), f.get("SKGS").value(), 1e-12);
        double c2 = 36 * Math.PI * v * v / (a * a * a);
        assertEquals(c2, f.get("BQWJ").value(), 1e-12);
        assertEquals(Math.pow(c2, -1.0 / 3), f.get("KRCK").value(), 1e-12);
        assertEquals(Math.pow(c2, 1.0 / 3), f.get("QCFX").value(), 1e-12);
        assertEquals(Math.pow(c2, -1.0 / 3) - 1, f.get("25C7").value(), 1e-12);
        assertEquals(Math.sqrt(6), f.get("L0JK").value(), 1e-12);
        assertEquals(1, f.get("R3ER").value(), 1e-12);
        assertEquals(1, f.get("7T7F").value(), 1e-12);
        assertEquals(v / 8, f.get("PBX1").value(), 1e-12);
        assertEquals(a / 24, f.get("R59B").value(), 1e-12);
        // the bounding box of a cube is the cube itself in any orientation search
        assertEquals(v / 8, f.get("ZH1A").value(), 1e-9);
        assertEquals(a / 24, f.get("IQYR").value(), 1e-9);
        double axis = 4 * Math.sqrt(2.0 / 7);
        assertEquals(axis, f.get("TDIC").value(), 1e-12);
        assertEquals(axis, f.get("P9VJ").value(), 1e-12);
        assertEquals(axis, f.get("7J51").value(), 1e-12);
        assertEquals(1, f.get("Q3CK").value(), 1e-12);
        assertEquals(1, f.get("N17B").value(), 1e-12);
        double semi = axis / 2;
        assertEquals(3 * v / (4 * Math.PI * semi * semi * semi), f.get("6BDE").value(), 1e-12);
        assertEquals(a / (4 * Math.PI * semi * semi), f.get("RDD2").value(), 1e-12);
        assertEquals(0, f.get("KLMA").value(), 1e-12);
        assertEquals(5 * v, f.get("99N0").value(), 1e-12);
        assertTrue(Double.isNaN(f.get("N365").value()), "uniform intensities: Moran's I undefined");
    }

    /**
     * Centre of mass shift uses the morphological mask for the geometric centre and the intensity mask for the
     * weighted one: two voxels 3 mm apart in the morphological mask, only the first in the intensity mask.
     */
    @Test
    void centreOfMassShiftUsesBothMasks() {
        ImageGeometry g = ImageGeometry.axisAligned(2, 1, 1, new double[] {3, 1, 1}, new double[3]);
        ProcessedRoi roi = new ProcessedRoi(g, new float[] {10, 20}, new byte[] {1, 1}, new byte[] {1, 0},
                new int[] {1, 0}, 1);
        assertEquals(1.5, compute(roi).get("KLMA").value(), 1e-12);
    }

    /**
     * A digital ball of radius 12 voxels: PCA eigenvalues of a solid ball are R²/5, so the axis lengths approach
     * 4R/√5 and elongation and flatness 1; the diameter approaches 2R + 1 (the mesh reaches half a voxel past the
     * outermost centres); AEE volume density → V / ((4/3)π(2R/√5)³) = (√5/2)³ ≈ 1.398; the hull of a convex
     * shape encloses little more than the mesh.
     */
    @Test
    void ballLimits() {
        int r = 12;
        int size = 2 * r + 3;
        byte[] mask = MarchingCubesTest.ball(size, r);
        float[] x = new float[mask.length];
        for (int n = 0; n < x.length; n++) {
            x[n] = n % 3;
        }
        Map<String, FeatureValue> f = compute(roi(mask, x, size, size, size, 1));
        assertEquals(4 * r / Math.sqrt(5), f.get("TDIC").value(), 0.01 * r);
        assertEquals(4 * r / Math.sqrt(5), f.get("7J51").value(), 0.01 * r);
        assertEquals(1, f.get("Q3CK").value(), 0.01);
        assertEquals(1, f.get("N17B").value(), 0.01);
        assertEquals(2 * r + 1, f.get("L0JK").value(), 1);
        assertEquals(Math.pow(Math.sqrt(5) / 2, 3), f.get("6BDE").value(), 0.03);
        // the mesh of a digital ball has terraces, so its hull is a few per cent larger
        assertEquals(0.97, f.get("R3ER").value(), 0.03);
        assertEquals(1, f.get("QCFX").value(), 0.1);
        // the MVEE of a ball's hull is nearly the ball of radius R + 1/2
        assertEquals(Math.pow(r / (r + 0.5), 3), f.get("SWZ1").value(), 0.05);
    }

    @Test
    void emptyMaskGivesReasonsNotExceptions() {
        Map<String, FeatureValue> f = compute(roi(new byte[8], new float[8], 2, 2, 2, 1));
        assertEquals(29, f.size());
        f.values().forEach(v -> {
            assertTrue(Double.isNaN(v.value()));
            assertEquals("morphological mask is empty", v.undefinedReason());
        });
    }

    /** Names and codes exactly as IBSI's feature table, in its order; PyRadiomics names where it has the feature. */
    @Test
    void namesMatchIbsiFeatureTable() throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("reference/ibsi1/features.csv"),
                StandardCharsets.UTF_8)) {
            String[] cols = line.split(",");
            if (cols[0].equals("morphology")) {
                expected.add(cols[2] + "|" + cols[3]);
            }
        }
        List<String> actual = new ArrayList<>();
        ProcessedRoi roi = roi(new byte[] {1}, new float[] {1}, 1, 1, 1, 1);
        for (FeatureValue v : FAMILY.compute(roi, TestRois.context(Approach.THREE_D))) {
            actual.add(v.feature() + "|" + v.ibsiCode());
            assertEquals(Family.MORPHOLOGY, v.family());
            assertEquals("", v.aggregationCode());
        }
        assertEquals(expected, actual);
        Set<String> pyradiomics = Set.of("RNU0", "YEKZ", "C0JK", "2PR5", "QCFX", "L0JK", "TDIC", "P9VJ", "7J51", "Q3CK",
                "N17B");
        for (FeatureValue v : FAMILY.compute(roi, TestRois.context(Approach.THREE_D))) {
            assertEquals(pyradiomics.contains(v.ibsiCode()), v.pyradiomicsName().startsWith("original_shape_"),
                    v.feature());
        }
        assertEquals("original_shape_Maximum3DDiameter", compute(roi).get("L0JK").pyradiomicsName());
    }

    @Test
    void pyRadiomicsSubsetLeavesOutOnlyFeaturesPyRadiomicsLacks() {
        byte[] mask = new byte[27];
        float[] x = new float[27];
        for (int n = 0; n < 27; n++) {
            mask[n] = (byte) (n % 2 == 0 || n == 13 ? 1 : 0);
            x[n] = n;
        }
        ProcessedRoi roi = roi(mask, x, 3, 3, 3, 1.5);
        Map<String, FeatureValue> all = compute(roi);
        Set<String> left = Set.of("ZH1A", "IQYR", "SWZ1", "BRI8", "N365", "NPT7");
        List<FeatureValue> subset = MorphologyFamily.pyRadiomicsSubset().compute(roi,
                TestRois.context(Approach.THREE_D));
        assertEquals(all.size(), subset.size());
        for (FeatureValue v : subset) {
            if (left.contains(v.ibsiCode())) {
                assertEquals(MorphologyFamily.NOT_PYRADIOMICS, v.undefinedReason(), v.feature());
                assertTrue(Double.isFinite(all.get(v.ibsiCode()).value()), "the full family has " + v.feature());
            } else {
                assertEquals(all.get(v.ibsiCode()).value(), v.value(), 0.0, v.feature());
            }
        }
    }

    static ProcessedRoi roi(byte[] mask, float[] x, int nx, int ny, int nz, double spacing) {
        ImageGeometry g = ImageGeometry.axisAligned(nx, ny, nz, new double[] {spacing, spacing, spacing},
                new double[3]);
        int[] levels = new int[mask.length];
        for (int n = 0; n < mask.length; n++) {
            levels[n] = mask[n];
        }
        return new ProcessedRoi(g, x, mask, mask.clone(), levels, 1);
    }

    private static Map<String, FeatureValue> compute(ProcessedRoi roi) {
        Map<String, FeatureValue> byCode = new LinkedHashMap<>();
        for (FeatureValue v : FAMILY.compute(roi, TestRois.context(Approach.THREE_D))) {
            byCode.put(v.ibsiCode(), v);
        }
        return byCode;
    }
}
