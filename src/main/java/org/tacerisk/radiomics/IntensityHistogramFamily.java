package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;

/**
 * IBSI-1 intensity histogram features (ZVCW): 23 features of the discretised intensities X_d (grey levels
 * 1..N_g) in the ROI intensity mask, over the whole 3D ROI (DHQ4). Stateless.
 *
 * <p>The histogram is non-sparse over 1..N_g ({@link ProcessedRoi#greyLevelCount()}), as the histogram gradient
 * requires. PyRadiomics computes entropy and uniformity of its own discretised histogram with the same formulas
 * (firstorder Entropy, Uniformity); its other firstorder features use the undiscretised intensities and so
 * belong to the intensity statistics family.
 */
public final class IntensityHistogramFamily implements FamilyCalculator {

    private static final Family F = Family.INTENSITY_HISTOGRAM;

    static final FeatureSpec MEAN = new FeatureSpec(F, "Mean discretised intensity", "X6K6", "");
    static final FeatureSpec VARIANCE = new FeatureSpec(F, "Discretised intensity variance", "CH89", "");
    static final FeatureSpec SKEWNESS = new FeatureSpec(F, "Discretised intensity skewness", "88K1", "");
    static final FeatureSpec KURTOSIS = new FeatureSpec(F, "(Excess) discretised intensity kurtosis", "C3I7", "");
    static final FeatureSpec MEDIAN = new FeatureSpec(F, "Median discretised intensity", "WIFQ", "");
    static final FeatureSpec MINIMUM = new FeatureSpec(F, "Minimum discretised intensity", "1PR8", "");
    static final FeatureSpec P10 = new FeatureSpec(F, "10th discretised intensity percentile", "GPMT", "");
    static final FeatureSpec P90 = new FeatureSpec(F, "90th discretised intensity percentile", "OZ0C", "");
    static final FeatureSpec MAXIMUM = new FeatureSpec(F, "Maximum discretised intensity", "3NCY", "");
    static final FeatureSpec MODE = new FeatureSpec(F, "Intensity histogram mode", "AMMC", "");
    static final FeatureSpec IQR = new FeatureSpec(F, "Discretised intensity interquartile range", "WR0O", "");
    static final FeatureSpec RANGE = new FeatureSpec(F, "Discretised intensity range", "5Z3W", "");
    static final FeatureSpec MAD = new FeatureSpec(F, "Intensity histogram mean absolute deviation", "D2ZX", "");
    static final FeatureSpec RMAD = new FeatureSpec(F, "Intensity histogram robust mean absolute deviation", "WRZB",
            "");
    static final FeatureSpec MEDAD = new FeatureSpec(F, "Intensity histogram median absolute deviation", "4RNL", "");
    static final FeatureSpec COV = new FeatureSpec(F, "Intensity histogram coefficient of variation", "CWYJ", "");
    static final FeatureSpec QCOD = new FeatureSpec(F, "Intensity histogram quartile coefficient of dispersion",
            "SLWD", "");
    static final FeatureSpec ENTROPY = new FeatureSpec(F, "Discretised intensity entropy", "TLU2",
            "original_firstorder_Entropy");
    static final FeatureSpec UNIFORMITY = new FeatureSpec(F, "Discretised intensity uniformity", "BJ5W",
            "original_firstorder_Uniformity");
    static final FeatureSpec MAX_GRADIENT = new FeatureSpec(F, "Maximum histogram gradient", "12CE", "");
    static final FeatureSpec MAX_GRADIENT_LEVEL = new FeatureSpec(F, "Maximum histogram gradient intensity", "8E6O",
            "");
    static final FeatureSpec MIN_GRADIENT = new FeatureSpec(F, "Minimum histogram gradient", "VQB3", "");
    static final FeatureSpec MIN_GRADIENT_LEVEL = new FeatureSpec(F, "Minimum histogram gradient intensity", "RHQZ",
            "");

    static final List<FeatureSpec> SPECS = List.of(MEAN, VARIANCE, SKEWNESS, KURTOSIS, MEDIAN, MINIMUM, P10, P90,
            MAXIMUM, MODE, IQR, RANGE, MAD, RMAD, MEDAD, COV, QCOD, ENTROPY, UNIFORMITY, MAX_GRADIENT,
            MAX_GRADIENT_LEVEL, MIN_GRADIENT, MIN_GRADIENT_LEVEL);

    public IntensityHistogramFamily() {
    }

    @Override
    public Family family() {
        return F;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        IntensitySample x = IntensitySample.ofGreyLevels(roi);
        List<FeatureValue> out = new ArrayList<>();
        if (x.isEmpty()) {
            for (FeatureSpec spec : SPECS) {
                out.add(spec.undefined("", "", "the intensity mask is empty"));
            }
            return out;
        }
        long[] n = histogram(x, roi.greyLevelCount());
        double[] gradient = gradient(n);
        FirstOrderStatistics s = FirstOrderStatistics.of(x);
        // X6K6  μ = (1/N) Σ X_d
        out.add(MEAN.value(s.mean(), ""));
        // CH89  (1/N) Σ (X_d − μ)²
        out.add(VARIANCE.value(s.variance(), ""));
        // 88K1  m3 / m2^(3/2); 0 when the variance is 0
        out.add(SKEWNESS.value(s.skewness(), ""));
        // C3I7  m4 / m2² − 3; 0 when the variance is 0
        out.add(KURTOSIS.value(s.excessKurtosis(), ""));
        // WIFQ  median
        out.add(MEDIAN.value(s.median(), ""));
        // 1PR8  min(X_d)
        out.add(MINIMUM.value(s.minimum(), ""));
        // GPMT  P10
        out.add(P10.value(s.p10(), ""));
        // OZ0C  P90
        out.add(P90.value(s.p90(), ""));
        // 3NCY  max(X_d)
        out.add(MAXIMUM.value(s.maximum(), ""));
        // AMMC  most frequent level; ties go to the level closest to the mean, then to the lower one
        out.add(MODE.value(mode(n, s.mean()), ""));
        // WR0O  P75 − P25
        out.add(IQR.value(s.interquartileRange(), ""));
        // 5Z3W  max − min
        out.add(RANGE.value(s.range(), ""));
        // D2ZX  (1/N) Σ |X_d − μ|
        out.add(MAD.value(s.meanAbsoluteDeviation(), ""));
        // WRZB  mean absolute deviation of the values in [P10, P90] from their own mean
        out.add(RMAD.value(s.robustMeanAbsoluteDeviation(), ""));
        // 4RNL  (1/N) Σ |X_d − median|
        out.add(MEDAD.value(s.medianAbsoluteDeviation(), ""));
        // CWYJ  σ / μ (μ ≥ 1 for grey levels, so always defined)
        out.add(COV.value(s.coefficientOfVariation(), ""));
        // SLWD  (P75 − P25) / (P75 + P25) (P75 + P25 ≥ 2 for grey levels, so always defined)
        out.add(QCOD.value(s.quartileCoefficientOfDispersion(), ""));
        // TLU2  −Σ p_i log2 p_i over the occupied levels
        out.add(ENTROPY.value(entropy(n, x.size()), ""));
        // BJ5W  Σ p_i²
        out.add(UNIFORMITY.value(uniformity(n, x.size()), ""));
        int maxAt = argExtreme(gradient, true);
        int minAt = argExtreme(gradient, false);
        // 12CE  max H'; H'_i = (n_{i+1} − n_{i−1}) / 2 inside, one-sided differences at 1 and N_g
        out.add(MAX_GRADIENT.value(gradient[maxAt], ""));
        // 8E6O  the level i at which H' is largest (first such i)
        out.add(MAX_GRADIENT_LEVEL.value(maxAt + 1, ""));
        // VQB3  min H'
        out.add(MIN_GRADIENT.value(gradient[minAt], ""));
        // RHQZ  the level i at which H' is smallest (first such i)
        out.add(MIN_GRADIENT_LEVEL.value(minAt + 1, ""));
        return out;
    }

    /** Counts n_i of levels 1..N_g (index i − 1); widened if a level exceeds the declared N_g. */
    static long[] histogram(IntensitySample x, int greyLevelCount) {
        int size = Math.max(greyLevelCount, (int) x.max());
        long[] n = new long[Math.max(size, 1)];
        for (int i = 0; i < x.size(); i++) {
            n[(int) x.valueAt(i) - 1]++;
        }
        return n;
    }

    /** IBSI histogram gradient H' over the non-sparse histogram. */
    static double[] gradient(long[] n) {
        int g = n.length;
        double[] h = new double[g];
        if (g == 1) {
            return h;
        }
        h[0] = n[1] - n[0];
        for (int i = 1; i < g - 1; i++) {
            h[i] = (n[i + 1] - n[i - 1]) / 2.0;
        }
        h[g - 1] = n[g - 1] - n[g - 2];
        return h;
    }

    private static double mode(long[] n, double mean) {
        long best = -1;
        int bestLevel = 0;
        for (int i = 0; i < n.length; i++) {
            int level = i + 1;
            boolean closer = Math.abs(level - mean) < Math.abs(bestLevel - mean);
            if (n[i] > best || (n[i] == best && closer)) {
                best = n[i];
                bestLevel = level;
            }
        }
        return bestLevel;
    }

    private static double entropy(long[] n, int total) {
        double h = 0;
        for (long count : n) {
            if (count > 0) {
                double p = (double) count / total;
                h -= p * Math.log(p) / Math.log(2);
            }
        }
        return h;
    }

    private static double uniformity(long[] n, int total) {
        double u = 0;
        for (long count : n) {
            double p = (double) count / total;
            u += p * p;
        }
        return u;
    }

    private static int argExtreme(double[] values, boolean max) {
        int at = 0;
        for (int i = 1; i < values.length; i++) {
            if (max ? values[i] > values[at] : values[i] < values[at]) {
                at = i;
            }
        }
        return at;
    }
}
