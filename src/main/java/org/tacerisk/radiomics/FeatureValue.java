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
 * @param imageType        the image the value was computed on: {@link #ORIGINAL} or a filter's PyRadiomics-style
 *                         image-type name (IBSI-2 response map, e.g. "log-sigma-3-0-mm-3D", "wavelet-LLH")
 */
public record FeatureValue(Family family, String feature, String ibsiCode, String aggregationCode, String variant,
        String pyradiomicsName, double value, String undefinedReason, String imageType) {

    /** Image type of values computed on the (processed, unfiltered) image itself. */
    public static final String ORIGINAL = "original";

    private static final String ORIGINAL_PREFIX = ORIGINAL + "_";

    /** A value of the original image (the form every family creates). */
    public FeatureValue(Family family, String feature, String ibsiCode, String aggregationCode, String variant,
            String pyradiomicsName, double value, String undefinedReason) {
        this(family, feature, ibsiCode, aggregationCode, variant, pyradiomicsName, value, undefinedReason, ORIGINAL);
    }

    public FeatureValue {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(ibsiCode, "ibsiCode");
        aggregationCode = aggregationCode == null ? "" : aggregationCode;
        variant = variant == null ? "" : variant;
        pyradiomicsName = pyradiomicsName == null ? "" : pyradiomicsName;
        undefinedReason = undefinedReason == null ? "" : undefinedReason;
        imageType = imageType == null || imageType.isBlank() ? ORIGINAL : imageType;
    }

    /**
     * This value attributed to another image type; the PyRadiomics name's "original_" prefix becomes
     * "&lt;imageType&gt;_" (PyRadiomics' {@code <imageType>_<class>_<Feature>}, e.g.
     * "log-sigma-3-0-mm-3D_firstorder_Mean"). Names PyRadiomics does not have stay "".
     */
    public FeatureValue withImageType(String type) {
        String name = pyradiomicsName;
        if (name.startsWith(ORIGINAL_PREFIX)) {
            name = type + "_" + name.substring(ORIGINAL_PREFIX.length());
        } else if (name.startsWith(imageType + "_")) {
            name = type + "_" + name.substring(imageType.length() + 1);
        }
        return new FeatureValue(family, feature, ibsiCode, aggregationCode, variant, name, value, undefinedReason,
                type);
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

    /** True for values of the original image. */
    public boolean isOriginal() {
        return ORIGINAL.equals(imageType);
    }

    /** The key IBSI's reference table uses: code, aggregation code and variant. */
    public String referenceKey() {
        return ibsiCode + "|" + aggregationCode + "|" + variant;
    }
}
