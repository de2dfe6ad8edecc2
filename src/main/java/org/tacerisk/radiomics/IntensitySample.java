package org.tacerisk.radiomics;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The values of the ROI intensity mask as one sorted sample, with the percentiles and deviations that
 * {@link FirstOrderStatistics} computes once per sample for the intensity-based statistics and intensity histogram
 * families. Immutable. The sample of a ROI is built (and sorted) once and shared by the families that need it
 * ({@link ProcessedRoi#shared}): the intensities by the intensity statistics and the intensity-volume histogram,
 * the grey levels by the intensity histogram.
 *
 * <p>Percentiles interpolate linearly between order statistics (Hyndman-Fan type 7, the default of R and numpy):
 * IBSI does not prescribe a percentile definition, and this is the one its reference implementations used; it
 * gives the digital phantom's P90 = 4 (the manual notes that other definitions give 4.2).
 */
final class IntensitySample {

    private final double[] sorted;
    private final double mean;

    private IntensitySample(double[] sorted) {
        this.sorted = sorted;
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        this.mean = sorted.length == 0 ? Double.NaN : sum / sorted.length;
    }

    private enum Kind { INTENSITIES, GREY_LEVELS }

    /** The intensities inside the intensity mask. */
    static IntensitySample ofIntensities(ProcessedRoi roi) {
        return roi.shared(Kind.INTENSITIES, () -> intensities(roi));
    }

    /** The discretised grey levels (1..N_g) inside the intensity mask. */
    static IntensitySample ofGreyLevels(ProcessedRoi roi) {
        return roi.shared(Kind.GREY_LEVELS, () -> greyLevels(roi));
    }

    private static IntensitySample intensities(ProcessedRoi roi) {
        float[] values = roi.intensities();
        return sorted(roi, v -> values[v]);
    }

    /** The values at the intensity mask's voxels, sorted. */
    private static IntensitySample sorted(ProcessedRoi roi, IntToDoubleFunction value) {
        byte[] mask = roi.intensityMask();
        double[] sample = new double[roi.intensityVoxelCount()];
        int n = 0;
        for (int v = 0; v < mask.length; v++) {
            if (mask[v] != 0) {
                sample[n++] = value.applyAsDouble(v);
            }
        }
        Arrays.sort(sample);
        return new IntensitySample(sample);
    }

    private static IntensitySample greyLevels(ProcessedRoi roi) {
        int[] levels = roi.greyLevels();
        byte[] mask = roi.intensityMask();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v = 0; v < mask.length; v++) {
            if (mask[v] != 0) {
                min = Math.min(min, levels[v]);
                max = Math.max(max, levels[v]);
            }
        }
        double[] sample = new double[roi.intensityVoxelCount()];
        if (min > max || (long) max - min > 4L * sample.length + 1024) {
            // none, or sparse levels: a comparison sort is cheaper than a huge count array
            return sorted(roi, v -> levels[v]);
        }
        // grey levels are small integers: counted, then written out in order (no comparison sort)
        int[] count = new int[max - min + 1];
        for (int v = 0; v < mask.length; v++) {
            if (mask[v] != 0) {
                count[levels[v] - min]++;
            }
        }
        int n = 0;
        for (int level = 0; level < count.length; level++) {
            for (int c = 0; c < count[level]; c++) {
                sample[n++] = min + level;
            }
        }
        return new IntensitySample(sample);
    }

    /** Package-private for tests: a sample of the given values. */
    static IntensitySample of(double... values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new IntensitySample(copy);
    }

    int size() {
        return sorted.length;
    }

    boolean isEmpty() {
        return sorted.length == 0;
    }

    /** The index-th smallest value. */
    double valueAt(int index) {
        return sorted[index];
    }

    double min() {
        return sorted[0];
    }

    double max() {
        return sorted[sorted.length - 1];
    }

    double mean() {
        return mean;
    }

    /** p-th percentile, p in [0, 100], type 7 (linear between order statistics). */
    double percentile(double p) {
        double position = (sorted.length - 1) * p / 100.0;
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        double fraction = position - lower;
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
    }

    double median() {
        return percentile(50);
    }

    /** Mean of |x − centre| over the sample. */
    double meanAbsoluteDeviationFrom(double centre) {
        double sum = 0;
        for (double v : sorted) {
            sum += Math.abs(v - centre);
        }
        return sum / sorted.length;
    }

    /** Mean absolute deviation from their own mean of the values in [P10, P90] (IBSI robust MAD). */
    double robustMeanAbsoluteDeviation() {
        double p10 = percentile(10);
        double p90 = percentile(90);
        double sum = 0;
        int count = 0;
        for (double v : sorted) {
            if (v >= p10 && v <= p90) {
                sum += v;
                count++;
            }
        }
        double centre = sum / count;
        double deviation = 0;
        for (double v : sorted) {
            if (v >= p10 && v <= p90) {
                deviation += Math.abs(v - centre);
            }
        }
        return deviation / count;
    }

    /** Σ x². */
    double energy() {
        double sum = 0;
        for (double v : sorted) {
            sum += v * v;
        }
        return sum;
    }
}
