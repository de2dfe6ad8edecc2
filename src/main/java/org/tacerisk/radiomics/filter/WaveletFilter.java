package org.tacerisk.radiomics.filter;

import java.util.List;
import java.util.Locale;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;

/**
 * Separable undecimated (stationary, "à trous") wavelet filter of IBSI-2 (arXiv:2006.05470, separable wavelets).
 *
 * <p>A sub-band is one letter per axis, L (low-pass h = PyWavelets {@code dec_lo}) or H (high-pass g =
 * {@code dec_hi}), in the order x, y, z = voxel axes i, j, k; "LHL" is low-pass along i, high-pass along j and
 * low-pass along k (reference map 5.a.1 shows the high-pass along j). In 2D the band has two letters (i, j) and
 * every axial slice is filtered on its own.
 *
 * <p>Level l ≥ 2 filters the all-low-pass (LLL / LL) response of level l − 1 with the filters upsampled by
 * s = 2^(l−1) (s − 1 zeros between taps): the decomposed undecimated pyramid (reference map 7.a.1).
 *
 * <p>Alignment: along each axis the response is r[n] = Σ_m f[m] x[n + s(L/2 − m)] for a filter of even length L,
 * i.e. a convolution with {@code dec_lo}/{@code dec_hi} whose tap m = L/2 sits on the output voxel. Reference maps
 * 5.a.1 (db2, zero padding: an exact impulse response) and 7.a.1 (Haar level 2) both require this; in a
 * development script the other shifts (and correlation instead of convolution) missed 7.a.1 by 29-49 % of its
 * range. Values beyond the edge
 * come from {@link BoundaryCondition}, at every level.
 *
 * <p>Rotation invariance (IBSI-2): the average of R⁻¹(W(R(x))) over the right-angle rotations R of the image
 * (24 in 3D, 4 in-plane in 2D; {@link RightAngleRotations}). Reference map 5.a.2 matches this average, and 7.a.1
 * (Haar LLL level 2) matches only with it (without it, every alignment missed by 44-75 % of the range, development
 * script): the even-length filters shift the response by half a voxel, and averaging over the rotations makes it
 * symmetric. The third-party index summary of 7.a.1 ("no rotation invariance") is wrong on this point.
 */
public final class WaveletFilter implements ImageFilter {

    private final String family;
    private final double[] lowPass;
    private final double[] highPass;
    private final String band;
    private final int level;
    private final boolean rotationInvariant;
    private final boolean twoD;
    private final BoundaryCondition padding;

    public WaveletFilter(String family, String band, int level, boolean rotationInvariant, boolean twoD,
            BoundaryCondition padding) {
        this.family = family.trim().toLowerCase(Locale.ROOT);
        this.lowPass = WaveletCoefficients.lowPass(this.family);
        this.highPass = WaveletCoefficients.highPass(this.family);
        if (lowPass == null) {
            throw new IllegalArgumentException("unknown wavelet " + family + "; known: " + WaveletCoefficients.names());
        }
        this.band = band.trim().toUpperCase(Locale.ROOT);
        if (!this.band.matches(twoD ? "[LH]{2}" : "[LH]{3}")) {
            throw new IllegalArgumentException("band must be " + (twoD ? "2" : "3") + " letters L/H, not " + band);
        }
        if (level < 1 || level > 8) {
            throw new IllegalArgumentException("level must be 1 to 8, not " + level);
        }
        this.level = level;
        this.rotationInvariant = rotationInvariant;
        this.twoD = twoD;
        this.padding = padding;
    }

    /**
     * Spec parameters: {@code wavelet} (haar, db1-db8, sym2-sym8, coif1-coif5), {@code band} (e.g. LHL; LH in 2D),
     * {@code level} (1), {@code rotation_invariant} (false).
     */
    public static ImageFilter fromSpec(FilterParameters p, boolean twoD, BoundaryCondition padding) {
        String family = p.string("wavelet").trim().toLowerCase(Locale.ROOT);
        if (WaveletCoefficients.lowPass(family) == null) {
            throw p.bad("wavelet", "is not one of " + WaveletCoefficients.names() + ": " + family);
        }
        String band = p.string("band").trim().toUpperCase(Locale.ROOT);
        if (!band.matches(twoD ? "[LH]{2}" : "[LH]{3}")) {
            throw p.bad("band", "must be " + (twoD ? "2 letters (x, y) for 2D" : "3 letters (x, y, z) for 3D")
                    + " of L and H, not " + band);
        }
        int level = p.integer("level", 1);
        if (level < 1 || level > 8) {
            throw p.bad("level", "must be 1 to 8, not " + level);
        }
        return new WaveletFilter(family, band, level, p.flag("rotation_invariant", false), twoD, padding);
    }

    /** PyRadiomics style: {@code wavelet-LHL} at level 1, {@code wavelet2-LHL} at level 2, ... */
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
        if (image.length != grid.voxelCount()) {
            throw new IllegalArgumentException("image has " + image.length + " voxels, grid " + grid.voxelCount());
        }
        double[] x = new double[image.length];
        for (int v = 0; v < x.length; v++) {
            x[v] = image[v];
        }
        double[] sum;
        if (!rotationInvariant) {
            sum = transform(x, n, progress);
        } else {
            sum = new double[x.length];
            List<RightAngleRotations> rotations = RightAngleRotations.all(twoD);
            for (RightAngleRotations r : rotations) {
                int[] src = r.sourceIndex(n);
                double[] rotated = new double[x.length];
                for (int q = 0; q < src.length; q++) {
                    rotated[q] = x[src[q]];
                }
                double[] y = transform(rotated, r.rotatedSize(n), progress);
                for (int q = 0; q < src.length; q++) {
                    sum[src[q]] += y[q];
                }
            }
            for (int v = 0; v < sum.length; v++) {
                sum[v] /= rotations.size();
            }
        }
        float[] out = new float[sum.length];
        for (int v = 0; v < out.length; v++) {
            out[v] = (float) sum[v];
        }
        return out;
    }

    /** The band at the requested level: low-pass pyramid up to level − 1, then the band's filters. */
    private double[] transform(double[] x, int[] n, Progress progress) {
        int axes = twoD ? 2 : 3;
        double[] y = x;
        for (int l = 1; l <= level; l++) {
            int step = 1 << (l - 1);
            for (int axis = 0; axis < axes; axis++) {
                boolean high = l == level && band.charAt(axis) == 'H';
                progress.checkCancelled();
                y = filterAxis(y, n, axis, high ? highPass : lowPass, step, progress);
            }
        }
        return y;
    }

    /** r[n] = Σ_m f[m] x[n + step·(L/2 − m)] along {@code axis}, edges by the boundary condition. */
    double[] filterAxis(double[] x, int[] n, int axis, double[] f, int step, Progress progress) {
        int[] stride = {1, n[0], n[0] * n[1]};
        int len = n[axis];
        int st = stride[axis];
        int half = f.length / 2;
        double[] out = new double[x.length];
        double[] line = new double[len];
        int[] other = axis == 0 ? new int[] {1, 2} : axis == 1 ? new int[] {0, 2} : new int[] {0, 1};
        int[][] index = new int[f.length][len];
        for (int m = 0; m < f.length; m++) {
            for (int p = 0; p < len; p++) {
                index[m][p] = padding.resolve(p + step * (half - m), len);
            }
        }
        for (int b = 0; b < n[other[1]]; b++) {
            progress.checkCancelled();
            for (int a = 0; a < n[other[0]]; a++) {
                int base = a * stride[other[0]] + b * stride[other[1]];
                for (int p = 0; p < len; p++) {
                    line[p] = x[base + p * st];
                }
                for (int p = 0; p < len; p++) {
                    double acc = 0;
                    for (int m = 0; m < f.length; m++) {
                        int q = index[m][p];
                        if (q >= 0) {
                            acc += f[m] * line[q];
                        }
                    }
                    out[base + p * st] = acc;
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return family + " " + band + " level " + level + (rotationInvariant ? " rotation-invariant" : "") + ", "
                + padding;
    }
}
