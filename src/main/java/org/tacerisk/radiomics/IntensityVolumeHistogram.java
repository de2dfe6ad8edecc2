package org.tacerisk.radiomics;

import java.util.Arrays;
import org.tacerisk.common.Progress;

/**
 * The cumulative intensity-volume histogram of IBSI-1 (P88C): the discretised ROI intensities X_d,gl and the total
 * range G = [min G, max G] sampled with step w_d. Fractional volume ν_i = 1 − (1/N_v) Σ [X_d,gl < i] and intensity
 * fraction γ_i = (i − min G) / (max G − min G) are evaluated at every i of G, also where no voxel has intensity i.
 * Immutable.
 *
 * <p>Grid point k is i_k = min G + k·w_d. Fixed-bin-size bin centres are computed with this same expression, so a
 * voxel in bin k and grid point k compare equal exactly.
 */
final class IntensityVolumeHistogram {

    /** Refuse grids that would take more than a few seconds (e.g. NONE on an unrounded wide range). */
    static final long MAX_GRID_POINTS = 50_000_000L;

    private final double[] sorted;
    private final double start;
    private final double step;
    private final int points;

    private IntensityVolumeHistogram(double[] sorted, double start, double step, int points) {
        this.sorted = sorted;
        this.start = start;
        this.step = step;
        this.points = points;
    }

    /**
     * Discretises the intensities in the intensity mask as {@code ivh} asks.
     *
     * @throws IllegalArgumentException with a reason when the histogram cannot be built (empty ROI, bad settings)
     */
    static IntensityVolumeHistogram of(ProcessedRoi roi, IvhDiscretisation ivh) {
        // the ROI's sorted intensities, shared with the intensity statistics; each discretisation below is a
        // non-decreasing map of them, so the discretised values stay sorted
        IntensitySample x = IntensitySample.ofIntensities(roi);
        if (x.isEmpty()) {
            throw new IllegalArgumentException("the intensity mask is empty");
        }
        double[] values = new double[x.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = x.valueAt(k);
        }
        double lower = ivh.lowerBound() != null ? ivh.lowerBound() : x.min();
        double upper = ivh.upperBound() != null ? ivh.upperBound() : x.max();
        switch (ivh.method()) {
            case NONE:
                // discrete calibrated intensities: X_d,gl = X_gl, G = [lower, upper], w_d = 1
                return ofSorted(values, lower, 1.0, Math.floor(upper - lower) + 1);
            case FIXED_BIN_SIZE: {
                double w = ivh.binWidth();
                if (!(w > 0)) {
                    throw new IllegalArgumentException("IVH bin width must be positive: " + w);
                }
                // bin centres X_min + (bin − 0.5)·w_b = (min G) + (bin − 1)·w_b, G = [X_min + w/2, X_max − w/2]
                double first = lower + 0.5 * w;
                for (int k = 0; k < values.length; k++) {
                    values[k] = first + Math.floor((values[k] - lower) / w) * w;
                }
                return ofSorted(values, first, w, Math.floor((upper - lower) / w - 1 + 1e-9) + 1);
            }
            case FIXED_BIN_NUMBER: {
                int bins = ivh.binCount();
                if (bins < 1) {
                    throw new IllegalArgumentException("IVH bin count must be at least 1: " + bins);
                }
                // arbitrary units: bins 1..N_g over the ROI range, X_d,gl = X_d, G = [1, N_g], w_d = 1
                double min = x.min();
                double range = x.max() - min;
                for (int k = 0; k < values.length; k++) {
                    double bin = range == 0 ? 1 : Math.floor(bins * (values[k] - min) / range) + 1;
                    values[k] = Math.min(bin, bins);
                }
                return ofSorted(values, 1, 1, bins);
            }
            default:
                throw new IllegalArgumentException("unknown IVH discretisation " + ivh.method());
        }
    }

    /** {@code values} sorted in ascending order. */
    private static IntensityVolumeHistogram ofSorted(double[] values, double start, double step, double points) {
        if (!(points >= 1)) {
            throw new IllegalArgumentException("the IVH range G is empty (upper bound below lower bound)");
        }
        if (points > MAX_GRID_POINTS) {
            throw new IllegalArgumentException("the IVH range G has " + (long) points + " steps; discretise first");
        }
        return new IntensityVolumeHistogram(values, start, step, (int) points);
    }

    /** Package-private for tests: discretised values with G = [start, start + (points − 1)·step]. */
    static IntensityVolumeHistogram ofDiscretised(double[] values, double start, double step, int points) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, start, step, points);
    }

    /** Number of grid points in G. */
    int points() {
        return points;
    }

    /** i_k = min G + k·w_d. */
    double intensity(int k) {
        return start + k * step;
    }

    /** γ_k = (i_k − min G) / (max G − min G); 0 when G is a single point. */
    double intensityFraction(int k) {
        return points == 1 ? 0 : (double) k / (points - 1);
    }

    /** ν_k = 1 − (1/N_v) Σ [X_d,gl < i_k]. */
    double volumeFraction(int k) {
        double i = intensity(k);
        int below = lowerBound(i);
        return 1 - (double) below / sorted.length;
    }

    /** Number of values strictly below {@code v} (binary search on the sorted values). */
    private int lowerBound(double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** V_x: the largest ν among the points with γ ≥ x, i.e. ν at the first such point (ν never increases). */
    double volumeAtIntensityFraction(double x) {
        for (int k = 0; k < points; k++) {
            if (intensityFraction(k) >= x - 1e-12) {
                return volumeFraction(k);
            }
        }
        return 0;
    }

    /**
     * I_x: the smallest discretised intensity i with ν_i ≤ x. Should no point of G qualify (voxels above max G),
     * the grid continues past max G, where ν reaches 0 after the largest value.
     */
    double intensityAtVolumeFraction(double x, Progress progress) {
        int k = 0;
        while (volumeFraction(k) > x + 1e-12) {
            k++;
            checkEvery(k, progress);
        }
        return intensity(k);
    }

    /** Area under ν(γ) by the trapezoidal rule over the points of G; 0 for a single point. */
    double areaUnderCurve(Progress progress) {
        double area = 0;
        double previous = volumeFraction(0);
        for (int k = 1; k < points; k++) {
            checkEvery(k, progress);
            double current = volumeFraction(k);
            area += (intensityFraction(k) - intensityFraction(k - 1)) * (previous + current) / 2;
            previous = current;
        }
        return area;
    }

    /** A cancellation check every 2^20 grid points (a few milliseconds of binary searches). */
    private static void checkEvery(int k, Progress progress) {
        if ((k & 0xFFFFF) == 0) {
            progress.checkCancelled();
        }
    }
}
