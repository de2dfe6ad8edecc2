package org.tacerisk.radiomics;

/**
 * The statistics that the intensity-based statistics family (UHIW, on the intensities X_gl) and the intensity
 * histogram family (ZVCW, on the grey levels X_d) define alike, computed once per sample: the moments in one pass,
 * each percentile once. The families differ only in the sample and in their IBSI codes. No bias corrections (IBSI).
 *
 * @param mean                 μ = (1/N) Σ x
 * @param variance             m2 = (1/N) Σ (x − μ)²
 * @param skewness             m3 / m2^(3/2); 0 when the variance is 0
 * @param excessKurtosis       m4 / m2² − 3; 0 when the variance is 0
 * @param minimum              min x
 * @param p10                  10th percentile (type 7, see {@link IntensitySample#percentile})
 * @param p25                  25th percentile
 * @param median               50th percentile
 * @param p75                  75th percentile
 * @param p90                  90th percentile
 * @param maximum              max x
 * @param meanAbsoluteDeviation        (1/N) Σ |x − μ|
 * @param robustMeanAbsoluteDeviation  mean absolute deviation of the values in [P10, P90] from their own mean
 * @param medianAbsoluteDeviation      (1/N) Σ |x − median| (IBSI: a mean, not the median of the deviations)
 */
record FirstOrderStatistics(double mean, double variance, double skewness, double excessKurtosis, double minimum,
        double p10, double p25, double median, double p75, double p90, double maximum, double meanAbsoluteDeviation,
        double robustMeanAbsoluteDeviation, double medianAbsoluteDeviation) {

    /** The statistics of a non-empty sample. */
    static FirstOrderStatistics of(IntensitySample x) {
        double mean = x.mean();
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (int n = 0, size = x.size(); n < size; n++) {
            double d = x.valueAt(n) - mean;
            double d2 = d * d;
            double d3 = d2 * d;
            m2 += d2;
            m3 += d3;
            m4 += d3 * d;
        }
        double variance = m2 / x.size();
        double skewness = variance == 0 ? 0 : m3 / x.size() / Math.pow(variance, 1.5);
        double kurtosis = variance == 0 ? 0 : m4 / x.size() / (variance * variance) - 3;
        double median = x.median();
        return new FirstOrderStatistics(mean, variance, skewness, kurtosis, x.min(), x.percentile(10),
                x.percentile(25), median, x.percentile(75), x.percentile(90), x.max(),
                x.meanAbsoluteDeviationFrom(mean), x.robustMeanAbsoluteDeviation(),
                x.meanAbsoluteDeviationFrom(median));
    }

    /** max − min. */
    double range() {
        return maximum - minimum;
    }

    /** P75 − P25. */
    double interquartileRange() {
        return p75 - p25;
    }

    /** σ / μ; NaN when μ = 0. */
    double coefficientOfVariation() {
        return mean == 0 ? Double.NaN : Math.sqrt(variance) / mean;
    }

    /** (P75 − P25) / (P75 + P25); NaN when P75 + P25 = 0. */
    double quartileCoefficientOfDispersion() {
        return p75 + p25 == 0 ? Double.NaN : (p75 - p25) / (p75 + p25);
    }
}
