package org.tacerisk.radiomics.filter;

import java.util.Locale;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;

/**
 * PyRadiomics' wavelet image type ({@code imageoperations.getWaveletImage} and {@code _swt3} of PyRadiomics 3.1.0,
 * which calls PyWavelets' {@code swtn}), reproduced for {@code conventions: pyradiomics}; {@link WaveletFilter} is
 * the IBSI-2 one.
 *
 * <ul>
 *   <li>Each odd axis is first padded by one voxel that repeats the first one (NumPy {@code pad(..., 'wrap')});
 *       the transform is periodic on the padded grid, and the result is cropped back.</li>
 *   <li>Every level is a one-level {@code swtn} of the previous level's all-low-pass image with the undilated
 *       filters (PyRadiomics loops over levels itself; it does not use the à-trous dilation of a real SWT).
 *       {@code start_level} levels are run first and not returned.</li>
 *   <li>Along an axis, r[n] = Σ_j f[j] x[(n + L/2 − j) mod N], summed for j = 0 .. L−1 in that order, with
 *       f PyWavelets' {@code dec_lo} / {@code dec_hi}; x first, then y, then z (PyRadiomics' axes (2, 1, 0)),
 *       band letters in that order (wavelet-LLH: high-pass along z).</li>
 *   <li>Precision: PyWavelets computes in the image's float type. For an image stored as float32 (the IBSI phantom's
 *       NIfTI) every product and sum is rounded to float, filters included (coiflets are built in float from its
 *       tables, see {@link #singlePrecisionFilter(double[], boolean)}), and the terms are added in PyWavelets' order
 *       ({@link #tapOrder}); {@code singlePrecision} reproduces that bit for bit, otherwise doubles are used
 *       (integer images, which PyWavelets converts to float64).</li>
 * </ul>
 */
public final class PyRadiomicsWaveletFilter implements BoxFilter {

    private final double[] lowPass;
    private final double[] highPass;
    private final String band;
    private final int startLevel;
    private final int level;
    private final boolean singlePrecision;
    private final boolean coiflet;

    /**
     * @param band       3 letters L/H for x, y, z, or "LLL" for the approximation of {@code level}
     * @param startLevel PyRadiomics' {@code start_level} (levels computed first and not returned)
     * @param level      which returned level (1-based) this band belongs to
     */
    public PyRadiomicsWaveletFilter(String family, String band, int startLevel, int level, boolean singlePrecision) {
        String name = family.trim().toLowerCase(Locale.ROOT);
        this.coiflet = name.startsWith("coif");
        this.lowPass = WaveletCoefficients.lowPass(name);
        this.highPass = WaveletCoefficients.highPass(name);
        if (lowPass == null) {
            throw new IllegalArgumentException("unknown wavelet " + family + "; known: " + WaveletCoefficients.names());
        }
        this.band = band.trim().toUpperCase(Locale.ROOT);
        if (!this.band.matches("[LH]{3}")) {
            throw new IllegalArgumentException("band must be 3 letters L/H (x, y, z), not " + band);
        }
        if (startLevel < 0 || level < 1 || startLevel + level > 8) {
            throw new IllegalArgumentException("start_level must be ≥ 0 and level ≥ 1 with at most 8 in all, not "
                    + startLevel + " and " + level);
        }
        this.startLevel = startLevel;
        this.level = level;
        this.singlePrecision = singlePrecision;
    }

    /** Spec parameters: {@code wavelet}, {@code band}, {@code start_level} (0), {@code level} (1), {@code float32}. */
    static ImageFilter fromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        if (twoD) {
            throw p.bad("dimensions", "PyRadiomics' wavelet is computed in 3D here; use force2D only without it");
        }
        try {
            return new PyRadiomicsWaveletFilter(p.string("wavelet", "coif1"), p.string("band"),
                    p.integer("start_level", 0), p.integer("level", 1), p.flag("float32", false));
        } catch (IllegalArgumentException e) {
            throw p.bad("band", e.getMessage());
        }
    }

    /** PyRadiomics' name: wavelet-LLH at level 1, wavelet2-LLH at level 2. */
    @Override
    public String imageTypeName() {
        return "wavelet" + (level > 1 ? Integer.toString(level) : "") + "-" + band;
    }

    /**
     * Computes only what the box needs: going back from the box through the passes, each pass needs its input
     * along its axis widened by the filter (the whole axis where that wraps around the edge), so each pass computes
     * only the outputs the next one reads. Every computed value is the whole-image value, term for term.
     */
    @Override
    public float[] applyInBox(float[] image, ImageGeometry grid, int[] lo, int[] hi, Progress progress) {
        int[] n = {grid.nx(), grid.ny(), grid.nz()};
        int[] padded = {n[0] + n[0] % 2, n[1] + n[1] % 2, n[2] + n[2] % 2};
        double[][] passes = new double[3 * (startLevel + level)][];
        for (int l = 0; l < startLevel + level - 1; l++) {
            passes[3 * l] = lowPass;
            passes[3 * l + 1] = lowPass;
            passes[3 * l + 2] = lowPass;
        }
        for (int axis = 0; axis < 3; axis++) {
            passes[passes.length - 3 + axis] = band.charAt(axis) == 'H' ? highPass : lowPass;
        }
        // needed[t]: the region (per axis first, last) that pass t must produce; needed[0..] backwards from the box
        int[][][] needed = new int[passes.length + 1][][];
        needed[passes.length] = new int[][] {lo.clone(), hi.clone()};
        for (int t = passes.length - 1; t >= 0; t--) {
            int axis = t % 3;
            int[][] after = needed[t + 1];
            int[][] before = {after[0].clone(), after[1].clone()};
            int half = passes[t].length / 2;
            int first = after[0][axis] + half - (passes[t].length - 1);
            int last = after[1][axis] + half;
            boolean wraps = first < 0 || last > padded[axis] - 1;
            before[0][axis] = wraps ? 0 : first;
            before[1][axis] = wraps ? padded[axis] - 1 : last;
            needed[t] = before;
        }
        double[] x = new double[padded[0] * padded[1] * padded[2]];
        int[][] input = needed[0];
        for (int k = input[0][2]; k <= input[1][2]; k++) {
            for (int j = input[0][1]; j <= input[1][1]; j++) {
                for (int i = input[0][0]; i <= input[1][0]; i++) {
                    x[i + padded[0] * (j + padded[1] * k)] = image[grid.index(i % n[0], j % n[1], k % n[2])];
                }
            }
        }
        double[] y = new double[x.length];
        for (int t = 0; t < passes.length; t++) {
            progress.checkCancelled();
            filterAxis(x, y, padded, t % 3, passes[t], needed[t + 1]);
            double[] swap = x;
            x = y;
            y = swap;
        }
        int bx = hi[0] - lo[0] + 1;
        int by = hi[1] - lo[1] + 1;
        float[] out = new float[bx * by * (hi[2] - lo[2] + 1)];
        for (int k = lo[2], p = 0; k <= hi[2]; k++) {
            for (int j = lo[1]; j <= hi[1]; j++) {
                for (int i = lo[0]; i <= hi[0]; i++) {
                    out[p++] = (float) x[i + padded[0] * (j + padded[1] * k)];
                }
            }
        }
        return out;
    }

    /**
     * One periodic pass along {@code axis} into {@code out}, for the outputs in {@code region} only:
     * r[p] = Σ_j f[j] x[(p + L/2 − j) mod N], in PyWavelets' order of terms ({@link #tapOrder}), so that float32
     * sums round as PyWavelets' do.
     */
    private void filterAxis(double[] x, double[] out, int[] n, int axis, double[] f, int[][] region) {
        int[] stride = {1, n[0], n[0] * n[1]};
        int len = n[axis];
        int st = stride[axis];
        int taps = f.length;
        float[] ff = singlePrecisionFilter(f, coiflet);
        int[][] order = tapOrder(len, taps);
        int[] tapFilter = order[0];
        int[] tapInput = order[1];
        int[] other = axis == 0 ? new int[] {1, 2} : axis == 1 ? new int[] {0, 2} : new int[] {0, 1};
        double[] line = new double[len];
        float[] lineF = new float[len];
        int from = region[0][axis];
        int to = region[1][axis];
        int half = taps / 2;
        // outputs whose taps stay inside the line (i = p + L/2 < N and i − L + 1 ≥ 0) add f[j] x[i − j], j ascending
        int plainFrom = Math.max(from, taps - 1 - half);
        int plainTo = Math.min(to, len - 1 - half);
        for (int b = region[0][other[1]]; b <= region[1][other[1]]; b++) {
            for (int a = region[0][other[0]]; a <= region[1][other[0]]; a++) {
                int base = a * stride[other[0]] + b * stride[other[1]];
                for (int p = 0; p < len; p++) {
                    line[p] = x[base + p * st];
                    lineF[p] = (float) line[p];
                }
                for (int p = from; p <= to; p++) {
                    int t = p * taps;
                    boolean plain = p >= plainFrom && p <= plainTo;
                    int i = p + half;
                    if (singlePrecision) {
                        float acc = 0f;
                        if (plain) {
                            for (int m = 0; m < taps; m++) {
                                acc += ff[m] * lineF[i - m];
                            }
                        } else {
                            for (int m = 0; m < taps; m++, t++) {
                                acc += ff[tapFilter[t]] * lineF[tapInput[t]];
                            }
                        }
                        out[base + p * st] = acc;
                    } else {
                        double acc = 0;
                        if (plain) {
                            for (int m = 0; m < taps; m++) {
                                acc += f[m] * line[i - m];
                            }
                        } else {
                            for (int m = 0; m < taps; m++, t++) {
                                acc += f[tapFilter[t]] * line[tapInput[t]];
                            }
                        }
                        out[base + p * st] = acc;
                    }
                }
            }
        }
    }

    /**
     * The terms of each output in the order PyWavelets' periodization convolution adds them ({@code
     * downsampling_convolution_periodization}, step 1): with i = p + L/2, filter index j ascending while i &lt; N;
     * where the filter wraps past the end (i ≥ N) first the wrapped inputs x[0], x[1], ... (x[j mod N] when the
     * filter is longer than the line) with filter indices i−N down to 0, then j = i−N+1 .. L−1 ascending. Float addition is not associative, so the order is part of the result.
     *
     * @return {filter index, input index} per term, {@code taps} terms per output position
     */
    static int[][] tapOrder(int len, int taps) {
        int half = taps / 2;
        int[] filter = new int[len * taps];
        int[] input = new int[len * taps];
        int t = 0;
        for (int p = 0; p < len; p++) {
            int i = p + half;
            int j = 0;
            if (i >= len) {
                // PyWavelets walks the wrapped inputs 0, 1, ... and starts again at 0 after N of them
                for (; i - j >= len; j++, t++) {
                    filter[t] = i - len - j;
                    input[t] = j % len;
                }
            }
            for (; j < taps; j++, t++) {
                filter[t] = j;
                input[t] = Math.floorMod(i - j, len);
            }
        }
        return new int[][] {filter, input};
    }

    /**
     * PyWavelets' float32 filter: its tables store the coiflets divided by √2 and multiply by a float √2 when the
     * wavelet is built ({@code coif_float[k] * sqrt2_float}); the other families are the table values rounded to
     * float.
     */
    static float[] singlePrecisionFilter(double[] f, boolean coiflet) {
        float[] ff = new float[f.length];
        float sqrt2 = (float) Math.sqrt(2);
        for (int m = 0; m < f.length; m++) {
            ff[m] = coiflet ? (float) (f[m] / Math.sqrt(2)) * sqrt2 : (float) f[m];
        }
        return ff;
    }

    @Override
    public String toString() {
        return "PyRadiomics wavelet " + band + " level " + level + (singlePrecision ? " (float32)" : "");
    }
}
