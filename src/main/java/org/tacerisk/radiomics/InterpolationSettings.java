package org.tacerisk.radiomics;

import java.util.Objects;

/**
 * Interpolation to a new voxel spacing (IBSI-1 VTM2, grid rules 026Q/QCY4, mask partial volume E8H9, rounding 68QD).
 *
 * @param enabled                false: the image is analysed on its own grid and the other values are ignored
 * @param spacing                target spacing in mm; {@code z == null} keeps the slice spacing (2D interpolation)
 * @param imageMethod            method for the intensities
 * @param maskMethod             method for the ROI mask before thresholding (IBSI recommends NEAREST or LINEAR)
 * @param partialVolumeThreshold δ: an interpolated mask value ≥ δ is inside (IBSI E8H9 uses ≥; 0.5 is common)
 * @param roundIntensities       round interpolated intensities to the nearest integer (CT: HU are integers)
 */
public record InterpolationSettings(boolean enabled, Spacing spacing, InterpolationMethod imageMethod,
        InterpolationMethod maskMethod, double partialVolumeThreshold, boolean roundIntensities) {

    /**
     * Target voxel spacing in mm.
     *
     * @param z null keeps the original slice spacing (only in-plane interpolation)
     */
    public record Spacing(double x, double y, Double z) {

        public Spacing {
            if (!(x > 0) || !(y > 0) || (z != null && !(z > 0))
                    || Double.isInfinite(x) || Double.isInfinite(y) || (z != null && z.isInfinite())) {
                throw new IllegalArgumentException("interpolation spacing must be positive and finite, got x=" + x
                        + ", y=" + y + ", z=" + z);
            }
        }
    }

    public InterpolationSettings {
        Objects.requireNonNull(spacing, "interpolation.spacing");
        Objects.requireNonNull(imageMethod, "interpolation.imageMethod");
        Objects.requireNonNull(maskMethod, "interpolation.maskMethod");
        if (!(partialVolumeThreshold > 0 && partialVolumeThreshold <= 1)) {
            throw new IllegalArgumentException(
                    "interpolation.partialVolumeThreshold must be in (0, 1], got " + partialVolumeThreshold);
        }
    }

    /** No interpolation (IBSI configuration A, digital phantom). */
    public static InterpolationSettings none() {
        return new InterpolationSettings(false, new Spacing(1, 1, 1.0), InterpolationMethod.LINEAR,
                InterpolationMethod.LINEAR, 0.5, true);
    }

    /** Interpolation with IBSI's usual choices for CT: linear image and mask, δ = 0.5, rounding to integers. */
    public static InterpolationSettings linear(double x, double y, Double z) {
        return new InterpolationSettings(true, new Spacing(x, y, z), InterpolationMethod.LINEAR,
                InterpolationMethod.LINEAR, 0.5, true);
    }
}
