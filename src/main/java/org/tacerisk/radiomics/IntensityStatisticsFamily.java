package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;

/**
 * IBSI-1 intensity-based statistical features (UHIW): 18 features of the intensities X_gl in the ROI intensity
 * mask, computed over the whole 3D ROI (DHQ4), without discretisation. Stateless.
 *
 * <p>PyRadiomics names are given where PyRadiomics' firstorder feature is the same quantity with its default
 * settings (no voxel shift); its Kurtosis is not the excess kurtosis and its MedianAbsoluteDeviation does not exist,
 * so those carry no PyRadiomics name.
 */
public final class IntensityStatisticsFamily implements FamilyCalculator {

    private static final Family F = Family.INTENSITY_STATISTICS;
    private static final String PY = "original_firstorder_";

    static final FeatureSpec MEAN = new FeatureSpec(F, "Mean intensity", "Q4LE", PY + "Mean");
    static final FeatureSpec VARIANCE = new FeatureSpec(F, "Intensity variance", "ECT3", PY + "Variance");
    static final FeatureSpec SKEWNESS = new FeatureSpec(F, "Intensity skewness", "KE2A", PY + "Skewness");
    static final FeatureSpec KURTOSIS = new FeatureSpec(F, "(Excess) intensity kurtosis", "IPH6", "");
    static final FeatureSpec MEDIAN = new FeatureSpec(F, "Median intensity", "Y12H", PY + "Median");
    static final FeatureSpec MINIMUM = new FeatureSpec(F, "Minimum intensity", "1GSF", PY + "Minimum");
    static final FeatureSpec P10 = new FeatureSpec(F, "10th intensity percentile", "QG58", PY + "10Percentile");
    static final FeatureSpec P90 = new FeatureSpec(F, "90th intensity percentile", "8DWT", PY + "90Percentile");
    static final FeatureSpec MAXIMUM = new FeatureSpec(F, "Maximum intensity", "84IY", PY + "Maximum");
    static final FeatureSpec IQR = new FeatureSpec(F, "Intensity interquartile range", "SALO",
            PY + "InterquartileRange");
    static final FeatureSpec RANGE = new FeatureSpec(F, "Intensity range", "2OJQ", PY + "Range");
    static final FeatureSpec MAD = new FeatureSpec(F, "Intensity-based mean absolute deviation", "4FUA",
            PY + "MeanAbsoluteDeviation");
    static final FeatureSpec RMAD = new FeatureSpec(F, "Intensity-based robust mean absolute deviation", "1128",
            PY + "RobustMeanAbsoluteDeviation");
    static final FeatureSpec MEDAD = new FeatureSpec(F, "Intensity-based median absolute deviation", "N72L", "");
    static final FeatureSpec COV = new FeatureSpec(F, "Intensity-based coefficient of variation", "7TET", "");
    static final FeatureSpec QCOD = new FeatureSpec(F, "Intensity-based quartile coefficient of dispersion", "9S40",
            "");
    static final FeatureSpec ENERGY = new FeatureSpec(F, "Intensity-based energy", "N8CA", PY + "Energy");
    static final FeatureSpec RMS = new FeatureSpec(F, "Root mean square intensity", "5ZWQ", PY + "RootMeanSquared");

    static final List<FeatureSpec> SPECS = List.of(MEAN, VARIANCE, SKEWNESS, KURTOSIS, MEDIAN, MINIMUM, P10, P90,
            MAXIMUM, IQR, RANGE, MAD, RMAD, MEDAD, COV, QCOD, ENERGY, RMS);

    public IntensityStatisticsFamily() {
    }

    @Override
    public Family family() {
        return F;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        IntensitySample x = IntensitySample.ofIntensities(roi);
        if (x.isEmpty()) {
            List<FeatureValue> out = new ArrayList<>();
            for (FeatureSpec spec : SPECS) {
                out.add(spec.undefined("", "", "the intensity mask is empty"));
            }
            return out;
        }
        FirstOrderStatistics s = FirstOrderStatistics.of(x);
        List<FeatureValue> out = new ArrayList<>();
        // Q4LE  mean = (1/N) Σ x
        out.add(MEAN.value(s.mean(), ""));
        // ECT3  variance = (1/N) Σ (x − μ)²  (no bias correction)
        out.add(VARIANCE.value(s.variance(), ""));
        // KE2A  skewness = m3 / m2^(3/2); defined as 0 when the variance is 0
        out.add(SKEWNESS.value(s.skewness(), ""));
        // IPH6  excess kurtosis = m4 / m2² − 3; defined as 0 when the variance is 0
        out.add(KURTOSIS.value(s.excessKurtosis(), ""));
        // Y12H  median
        out.add(MEDIAN.value(s.median(), ""));
        // 1GSF  min(X)
        out.add(MINIMUM.value(s.minimum(), ""));
        // QG58  P10
        out.add(P10.value(s.p10(), ""));
        // 8DWT  P90
        out.add(P90.value(s.p90(), ""));
        // 84IY  max(X)
        out.add(MAXIMUM.value(s.maximum(), ""));
        // SALO  P75 − P25
        out.add(IQR.value(s.interquartileRange(), ""));
        // 2OJQ  max − min
        out.add(RANGE.value(s.range(), ""));
        // 4FUA  (1/N) Σ |x − μ|
        out.add(MAD.value(s.meanAbsoluteDeviation(), ""));
        // 1128  mean absolute deviation of the values in [P10, P90] from their own mean
        out.add(RMAD.value(s.robustMeanAbsoluteDeviation(), ""));
        // N72L  (1/N) Σ |x − median|  (IBSI: a mean, not the median of the deviations)
        out.add(MEDAD.value(s.medianAbsoluteDeviation(), ""));
        // 7TET  σ / μ
        out.add(COV.value(s.coefficientOfVariation(), "the mean intensity is 0"));
        // 9S40  (P75 − P25) / (P75 + P25)
        out.add(QCOD.value(s.quartileCoefficientOfDispersion(), "P75 + P25 is 0"));
        double energy = x.energy();
        // N8CA  Σ x²
        out.add(ENERGY.value(energy, ""));
        // 5ZWQ  sqrt((1/N) Σ x²)
        out.add(RMS.value(Math.sqrt(energy / x.size()), ""));
        return out;
    }
}
