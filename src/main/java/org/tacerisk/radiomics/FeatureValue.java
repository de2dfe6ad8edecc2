package org.tacerisk.radiomics;

import java.util.Objects;

/**
 * One computed feature value with everything needed to join it to IBSI's tables and to PyRadiomics output.
 *
 * @param family           feature family
 * @param feature          IBSI feature name exactly as in IBSI's feature list (e.g. "Joint maximum")
 * @param ibsiCode         IBSI feature code (e.g. "GYBY")
 * @param aggregationCode  IBSI aggregation code (e.g. "IAZD" for 3D merged), or "" where none applies
 * @param variant          distinguishes features sharing a code (IVH "V10"/"V90", "I10"/"I90"), else ""
 * @param pyradiomicsName  PyRadiomics-style column name ("original_glcm_Contrast") where PyRadiomics has the same
 *                         feature, else ""
 * @param value            the value; NaN when undefined for this input
 * @param undefinedReason  why the value is NaN (e.g. "ROI has a single voxel"), else ""
 */
public record FeatureValue(Family family, String feature, String ibsiCode, String aggregationCode, String variant,
        String pyradiomicsName, double value, String undefinedReason) {

    public FeatureValue {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(ibsiCode, "ibsiCode");
        aggregationCode = aggregationCode == null ? "" : aggregationCode;
        variant = variant == null ? "" : variant;
        pyradiomicsName = pyradiomicsName == null ? "" : pyradiomicsName;
        undefinedReason = undefinedReason == null ? "" : undefinedReason;
    }

    /** A defined value. */
    public static FeatureValue of(Family family, String feature, String ibsiCode, String aggregationCode,
            String pyradiomicsName, double value) {
        return new FeatureValue(family, feature, ibsiCode, aggregationCode, "", pyradiomicsName, value, "");
    }

    /** An undefined value (NaN) with the reason. */
    public static FeatureValue undefined(Family family, String feature, String ibsiCode, String aggregationCode,
            String pyradiomicsName, String reason) {
        return new FeatureValue(family, feature, ibsiCode, aggregationCode, "", pyradiomicsName, Double.NaN, reason);
    }

    /** The key IBSI's reference table uses: code, aggregation code and variant. */
    public String referenceKey() {
        return ibsiCode + "|" + aggregationCode + "|" + variant;
    }
}
