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
public final class PyRadiomicsWaveletFilter implements ImageFilter {

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

    @Override
    public float[] apply(float[] image, ImageGeometry grid) {
        return apply(image, grid, Progress.NONE);
    }

    @Override
    public float[] apply(float[] image, ImageGeometry grid, Progress progress) {
        int[] n = {grid.nx(), grid.ny(), grid.nz()};
        int[] padded = {n[0] + n[0] % 2, n[1] + n[1] % 2, n[2] + n[2] % 2};
        double[] x = new double[padded[0] * padded[1] * padded[2]];
        for (int k = 0; k < padded[2]; k++) {
            for (int j = 0; j < padded[1]; j++) {
                for (int i = 0; i < padded[0]; i++) {
                    x[i + padded[0] * (j + padded[1] * k)] = image[grid.index(i % n[0], j % n[1], k % n[2])];
                }
            }
        }
        for (int l = 1; l < startLevel + level; l++) {
            for (int axis = 0; axis < 3; axis++) {
                progress.checkCancelled();
                x = filterAxis(x, padded, axis, lowPass);
            }
        }
        for (int axis = 0; axis < 3; axis++) {
            progress.checkCancelled();
            x = filterAxis(x, padded, axis, band.charAt(axis) == 'H' ? highPass : lowPass);
        }
        float[] out = new float[image.length];
        for (int k = 0; k < n[2]; k++) {
            for (int j = 0; j < n[1]; j++) {
                for (int i = 0; i < n[0]; i++) {
                    out[grid.index(i, j, k)] = (float) x[i + padded[0] * (j + padded[1] * k)];
                }
            }
        }
        return out;
    }

    /**
     * One periodic pass along {@code axis}: r[p] = Σ_j f[j] x[(p + L/2 − j) mod N], in PyWavelets' order of terms
     * ({@link #tapOrder}), so that float32 sums round as PyWavelets' do.
     */
    private double[] filterAxis(double[] x, int[] n, int axis, double[] f) {
        int[] stride = {1, n[0], n[0] * n[1]};
        int len = n[axis];
        int st = stride[axis];
        int taps = f.length;
        float[] ff = singlePrecisionFilter(f, coiflet);
        int[][] order = tapOrder(len, taps);
        int[] tapFilter = order[0];
        int[] tapInput = order[1];
        int[] other = axis == 0 ? new int[] {1, 2} : axis == 1 ? new int[] {0, 2} : new int[] {0, 1};
        double[] out = new double[x.length];
        double[] line = new double[len];
        for (int b = 0; b < n[other[1]]; b++) {
            for (int a = 0; a < n[other[0]]; a++) {
                int base = a * stride[other[0]] + b * stride[other[1]];
                for (int p = 0; p < len; p++) {
                    line[p] = x[base + p * st];
                }
                for (int p = 0, t = 0; p < len; p++) {
                    if (singlePrecision) {
                        float acc = 0f;
                        for (int m = 0; m < taps; m++, t++) {
                            acc += ff[tapFilter[t]] * (float) line[tapInput[t]];
                        }
                        out[base + p * st] = acc;
                    } else {
                        double acc = 0;
                        for (int m = 0; m < taps; m++, t++) {
                            acc += f[tapFilter[t]] * line[tapInput[t]];
                        }
                        out[base + p * st] = acc;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The terms of each output in the order PyWavelets' periodization convolution adds them ({@code
     * downsampling_convolution_periodization}, step 1): with i = p + L/2, filter index j ascending while i &lt; N; where
     * the filter wraps past the end (i ≥ N) first the wrapped inputs x[0..i−N] with filter indices i−N down to 0, then
     * j = i−N+1 .. L−1 ascending. Float addition is not associative, so the order is part of the result.
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
                for (; i - j >= len; j++, t++) {
                    filter[t] = i - len - j;
                    input[t] = j;
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
