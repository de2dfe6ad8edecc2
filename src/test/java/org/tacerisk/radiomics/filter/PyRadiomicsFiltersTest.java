package org.tacerisk.radiomics.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tacerisk.image.ImageGeometry;

/** PyRadiomics' image types on hand-computed inputs (formulas of PyRadiomics 3.1.0 imageoperations). */
class PyRadiomicsFiltersTest {

    private static final ImageGeometry LINE = ImageGeometry.axisAligned(4, 1, 1, new double[] {2, 1, 1},
            new double[3]);
    private static final float[] X = {-4, 0, 1, 9};

    private static float[] apply(PyRadiomicsIntensityFilter.Kind kind) {
        return new PyRadiomicsIntensityFilter(kind, true).apply(X, LINE);
    }

    @Test
    void voxelWiseMapsScaleByTheLargestMagnitude() {
        // M = max |x| = 9
        assertArrayEquals(new float[] {16f / 9, 0, 1f / 9, 9}, apply(PyRadiomicsIntensityFilter.Kind.SQUARE), 1e-6f);
        assertArrayEquals(new float[] {-6, 0, 3, 9}, apply(PyRadiomicsIntensityFilter.Kind.SQUAREROOT), 1e-6f);
        double s = 9 / Math.log(10);
        assertArrayEquals(new float[] {(float) (-Math.log(5) * s), 0, (float) (Math.log(2) * s), 9},
                apply(PyRadiomicsIntensityFilter.Kind.LOGARITHM), 1e-5f);
        double c = Math.log(9) / 9;
        assertArrayEquals(new float[] {(float) Math.exp(-4 * c), 1, (float) Math.exp(c), 9},
                apply(PyRadiomicsIntensityFilter.Kind.EXPONENTIAL), 1e-5f);
    }

    @Test
    void gradientIsCentralDifferenceInMmWithTheEdgeRepeated() {
        // spacing 2 mm along x: (x[i+1] − x[i−1]) / 2 / 2, x[−1] = x[0], x[4] = x[3]
        assertArrayEquals(new float[] {1, 1.25f, 2.25f, 2}, apply(PyRadiomicsIntensityFilter.Kind.GRADIENT), 1e-6f);
        assertArrayEquals(new float[] {2, 2.5f, 4.5f, 4},
                new PyRadiomicsIntensityFilter(PyRadiomicsIntensityFilter.Kind.GRADIENT, false).apply(X, LINE), 1e-6f);
    }

    @Test
    void haarWaveletIsPeriodicOnTheWrapPaddedGrid() {
        // haar dec_lo (1/√2, 1/√2), dec_hi (−1/√2, 1/√2); L/2 = 1: r[n] = f[0] x[n+1] + f[1] x[n] (periodic)
        ImageGeometry g = ImageGeometry.axisAligned(4, 1, 1, new double[] {1, 1, 1}, new double[3]);
        float[] x = {1, 2, 4, 8};
        double h = Math.sqrt(0.5);
        // along y and z (size 1, padded to 2 by repeating the voxel) the low pass multiplies by 2h = √2 each
        float[] hll = new PyRadiomicsWaveletFilter("haar", "HLL", 0, 1, false).apply(x, g);
        double[] want = {-h * 2 + h * 1, -h * 4 + h * 2, -h * 8 + h * 4, -h * 1 + h * 8};
        for (int n = 0; n < 4; n++) {
            assertEquals(want[n] * 2, hll[n], 1e-5, "voxel " + n);
        }
        float[] lll = new PyRadiomicsWaveletFilter("haar", "LLL", 0, 1, false).apply(x, g);
        assertEquals((h * 2 + h * 1) * 2, lll[0], 1e-5);
        assertEquals("wavelet-HLL", new PyRadiomicsWaveletFilter("haar", "HLL", 0, 1, true).imageTypeName());
        assertEquals("wavelet2-LLL", new PyRadiomicsWaveletFilter("haar", "LLL", 0, 2, true).imageTypeName());
    }

    @Test
    void termsAreAddedInPyWaveletsOrder() {
        // N = 8, coif1 (6 taps, L/2 = 3); {filter index, input index} per term
        int[][] order = PyRadiomicsWaveletFilter.tapOrder(8, 6);
        // p = 4: i = 7 < N, j ascending, inputs (7 − j) mod 8
        assertTaps(order, 4, new int[] {0, 1, 2, 3, 4, 5}, new int[] {7, 6, 5, 4, 3, 2});
        // p = 7: i = 10 ≥ N, the wrapped inputs x[0..2] first with filter indices 2, 1, 0, then j = 3..5
        assertTaps(order, 7, new int[] {2, 1, 0, 3, 4, 5}, new int[] {0, 1, 2, 7, 6, 5});
        // p = 0: i = 3, wrapping at the start keeps j ascending
        assertTaps(order, 0, new int[] {0, 1, 2, 3, 4, 5}, new int[] {3, 2, 1, 0, 7, 6});
        // a line shorter than the filter (one slice, padded to 2): the wrapped inputs go round, x[0], x[1], x[0]
        int[][] shortLine = PyRadiomicsWaveletFilter.tapOrder(2, 6);
        assertTaps(shortLine, 1, new int[] {2, 1, 0, 3, 4, 5}, new int[] {0, 1, 0, 1, 0, 1});
    }

    private static void assertTaps(int[][] order, int p, int[] filter, int[] input) {
        int taps = filter.length;
        assertArrayEquals(filter, java.util.Arrays.copyOfRange(order[0], p * taps, (p + 1) * taps), "filter, p " + p);
        assertArrayEquals(input, java.util.Arrays.copyOfRange(order[1], p * taps, (p + 1) * taps), "input, p " + p);
    }

    @Test
    void coifletFloatFiltersAreBuiltAsPyWaveletsBuildsThem() {
        // PyWavelets' coif1 table (Hatano's values, normalised to sum 1), reversed into dec_lo order; its float
        // filter is float(table) · float(√2), multiplied in float
        double[] table = {-1.107027152923154404682450769877311169655440052867343186348954e-02,
            -5.142972847076845595317549230122688830344559947132656813651045e-02,
            2.721405430584630880936490153975462233931088010573468637269790e-01,
            6.028594569415369119063509846024537766068911989426531362730209e-01,
            2.389297284707684559531754923012268883034455994713265681365104e-01,
            -5.142972847076845595317549230122688830344559947132656813651045e-02};
        float sqrt2 = (float) Math.sqrt(2);
        double[] decLo = new double[6];
        float[] want = new float[6];
        for (int m = 0; m < 6; m++) {
            decLo[m] = table[m] * Math.sqrt(2);
            want[m] = (float) table[m] * sqrt2;
        }
        assertArrayEquals(want, PyRadiomicsWaveletFilter.singlePrecisionFilter(decLo, true));
        // other families are their double values rounded once
        assertArrayEquals(new float[] {(float) 0.1, (float) -0.7}, PyRadiomicsWaveletFilter.singlePrecisionFilter(
                new double[] {0.1, -0.7}, false));
    }

    @Test
    void lbp2DCodesTheInterpolatedCircleAsScikitImage() {
        // 3 × 3 slice 1..9, centre 5; R = 1, P = 8: samples at (r − sin, c + cos), offsets rounded to 0.70711.
        // i = 0 (0, +1) → 6; i = 1 → bilinear 3.586; i = 2 → 2; i = 3 → 2.172; i = 4 → 4; i = 5 → 6.414; i = 6 → 8;
        // i = 7 → 7.828: ≥ 5 gives bits 1 0 0 0 0 1 1 1
        ImageGeometry slice = ImageGeometry.axisAligned(3, 3, 1, new double[] {1, 1, 1}, new double[3]);
        float[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        float[][] want = {{225}, {15}, {4}, {28}};
        PyRadiomicsLbp2DFilter.Method[] methods = PyRadiomicsLbp2DFilter.Method.values();
        for (int m = 0; m < methods.length; m++) {
            float centre = new PyRadiomicsLbp2DFilter(1, 8, methods[m]).apply(x, slice)[4];
            // default Σ 2^i = 1 + 32 + 64 + 128; uniform: 2 changes, 4 ones; ror: 00001111; nri: 1 + 3·8 + (4 − 1)
            assertEquals(want[m][0], centre, 0f, methods[m].name());
        }
        PyRadiomicsLbp2DFilter uniform = new PyRadiomicsLbp2DFilter(1, 8, PyRadiomicsLbp2DFilter.Method.UNIFORM);
        // three changes: not uniform, P + 1
        assertEquals(9, uniform.code(new int[] {1, 0, 1, 0, 0, 0, 0, 0}));
        assertEquals(0.70711, PyRadiomicsLbp2DFilter.roundTo5(Math.sqrt(0.5)), 0.0);
        assertEquals("lbp-2D", uniform.imageTypeName());
    }

    @Test
    void aSingleSliceImageTakesTheWavelet() {
        // 4 × 4 × 1: z padded to 2 voxels, shorter than coif1's 6 taps; the low pass of a constant keeps it (Σ f = √2
        // per axis) and the high pass gives 0
        ImageGeometry g = ImageGeometry.axisAligned(4, 4, 1, new double[] {1, 1, 1}, new double[3]);
        float[] x = new float[16];
        java.util.Arrays.fill(x, 10f);
        float[] lll = new PyRadiomicsWaveletFilter("coif1", "LLL", 0, 1, true).apply(x, g);
        float[] llh = new PyRadiomicsWaveletFilter("coif1", "LLH", 0, 1, true).apply(x, g);
        for (int n = 0; n < 16; n++) {
            assertEquals(10 * 2 * Math.sqrt(2), lll[n], 1e-4, "LLL " + n);
            assertEquals(0, llh[n], 1e-4, "LLH " + n);
        }
    }

    @Test
    void aBoxIsTheWholeImagesResponseBitForBit() {
        ImageGeometry g = ImageGeometry.axisAligned(21, 18, 13, new double[] {0.8, 0.9, 2.5}, new double[3]);
        java.util.Random random = new java.util.Random(5);
        float[] x = new float[g.voxelCount()];
        for (int n = 0; n < x.length; n++) {
            x[n] = (float) (random.nextGaussian() * 100);
        }
        int[] lo = {4, 2, 3};
        int[] hi = {15, 10, 9};
        ImageFilter[] filters = {new RecursiveLaplacianOfGaussian(2.0),
            new PyRadiomicsWaveletFilter("coif1", "LHH", 0, 1, true),
            new PyRadiomicsWaveletFilter("coif1", "HLL", 1, 1, false),
            new PyRadiomicsWaveletFilter("db2", "LLL", 0, 2, true)};
        for (ImageFilter f : filters) {
            float[] whole = f.apply(x, g);
            float[] box = f.applyInBox(x, g, lo, hi, org.tacerisk.common.Progress.NONE);
            int p = 0;
            for (int k = lo[2]; k <= hi[2]; k++) {
                for (int j = lo[1]; j <= hi[1]; j++) {
                    for (int i = lo[0]; i <= hi[0]; i++, p++) {
                        assertEquals(whole[g.index(i, j, k)], box[p], 0f, f + " at " + i + ", " + j + ", " + k);
                    }
                }
            }
            assertEquals(box.length, p);
        }
    }
}
