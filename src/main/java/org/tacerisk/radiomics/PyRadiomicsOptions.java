package org.tacerisk.radiomics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a PyRadiomics parameter file says beyond the IBSI processing chain, used in {@link Conventions#PYRADIOMICS}
 * conventions (docs/pyradiomics.md).
 *
 * @param featureClass        PyRadiomics feature classes (shape, firstorder, glcm, glrlm, glszm, gldm, ngtdm) with
 *                            the features to keep; an empty list keeps all of the class; null keeps every class
 * @param voxelArrayShift     c added to intensities in firstorder Energy, TotalEnergy and RootMeanSquared
 * @param minimumRoiDimensions the ROI must span at least this many dimensions (1-3) with more than one voxel
 * @param minimumRoiSize      the ROI must hold at least this many voxels (null: no check)
 * @param padDistance         voxels kept around the ROI's bounding box when resampling (PyRadiomics' grid)
 * @param singlePrecisionWavelet the wavelet arithmetic is 32-bit float, as PyWavelets computes it for an image
 *                            stored as float32 (the IBSI phantom's NIfTI); false: 64-bit, as for integer images
 * @param normalize           normalise the whole image first: (x − mean) / σ ({@link PyRadiomicsPreprocessing})
 * @param normalizeScale      factor applied after normalising (PyRadiomics' normalizeScale, default 1)
 * @param removeOutliers      with normalize, normalised values beyond ± this many σ are clipped (null: none)
 * @param preCrop             without resampling, crop image and mask to the ROI box + padDistance before filtering
 */
public record PyRadiomicsOptions(Map<String, List<String>> featureClass, double voxelArrayShift,
        int minimumRoiDimensions, Integer minimumRoiSize, int padDistance, boolean singlePrecisionWavelet,
        boolean normalize, double normalizeScale, Double removeOutliers, boolean preCrop) {

    /** PyRadiomics' feature classes, in its output order. */
    public static final List<String> CLASSES = List.of("shape", "firstorder", "glcm", "glrlm", "glszm", "gldm",
            "ngtdm");

    public PyRadiomicsOptions {
        if (featureClass != null) {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            featureClass.forEach((k, v) -> {
                if (!CLASSES.contains(k)) {
                    throw new IllegalArgumentException("pyradiomics.featureClass: unknown class '" + k + "'; known: "
                            + CLASSES);
                }
                copy.put(k, v == null ? List.of() : List.copyOf(v));
            });
            featureClass = Collections.unmodifiableMap(copy);
        }
        if (minimumRoiDimensions < 1 || minimumRoiDimensions > 3) {
            throw new IllegalArgumentException("pyradiomics.minimumRoiDimensions must be 1, 2 or 3, not "
                    + minimumRoiDimensions);
        }
        if (minimumRoiSize != null && minimumRoiSize < 1) {
            throw new IllegalArgumentException("pyradiomics.minimumRoiSize must be at least 1, not " + minimumRoiSize);
        }
        if (padDistance < 0) {
            throw new IllegalArgumentException("pyradiomics.padDistance must not be negative, not " + padDistance);
        }
        if (!(normalizeScale > 0) || Double.isInfinite(normalizeScale)) {
            throw new IllegalArgumentException("pyradiomics.normalizeScale must be positive, not " + normalizeScale);
        }
        if (removeOutliers != null && (!(removeOutliers > 0) || removeOutliers.isInfinite())) {
            throw new IllegalArgumentException("pyradiomics.removeOutliers must be positive, not " + removeOutliers);
        }
        if (!Double.isFinite(voxelArrayShift)) {
            throw new IllegalArgumentException("pyradiomics.voxelArrayShift must be a number");
        }
    }

    /**
     * PyRadiomics' defaults: every class, no shift, 2 dimensions, padDistance 5, 64-bit wavelet, no normalisation,
     * no pre-cropping.
     */
    public static PyRadiomicsOptions defaults() {
        return new PyRadiomicsOptions(null, 0, 2, null, 5, false, false, 1, null, false);
    }

    /** Whether the feature {@code feature} of PyRadiomics class {@code pyClass} is asked for. */
    public boolean wants(String pyClass, String feature) {
        if (featureClass == null) {
            return true;
        }
        List<String> list = featureClass.get(pyClass);
        return list != null && (list.isEmpty() || list.contains(feature));
    }
}
