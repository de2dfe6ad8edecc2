package org.tacerisk.radiomics;

import org.tacerisk.common.BadInputException;

/**
 * Discretises the intensity-mask voxels into grey levels 1..N_g (IBSI-1 4R0B); voxels outside get 0.
 *
 * <ul>
 *   <li>FIXED_BIN_NUMBER (K15C): X_d = ⌊N_g (X − X_min) / (X_max − X_min)⌋ + 1, and X_max itself goes to N_g.
 *       X_min and X_max are the ROI's own (intensity mask) extremes, never the re-segmentation range (IBSI table
 *       note 2). N_g is the requested bin count. When all voxels share one intensity the formula is undefined;
 *       every voxel then gets grey level 1.</li>
 *   <li>FIXED_BIN_SIZE (Q3RU): X_d = ⌊(X − X_min) / w_b⌋ + 1 with X_min the re-segmentation lower bound when one
 *       is set (IBSI's strong recommendation, table note 3), else the ROI minimum. N_g is the highest grey level
 *       that occurs in the intensity mask — the rule of the IBSI lead's reference implementation, with which the
 *       IBSI-1 reference values were produced; it does not depend on the re-segmentation upper bound (with
 *       [−500, 400] HU and w_b = 25 a bound-based rule would give 37 bins, most of them empty).</li>
 *   <li>NONE: the intensities are already grey levels (the digital phantom); they must be whole numbers ≥ 1, and
 *       N_g is the highest one.</li>
 * </ul>
 *
 * <p>In {@link Conventions#PYRADIOMICS} conventions the bins are PyRadiomics' ({@code imageoperations.binImage}):
 * a fixed bin size starts at the multiple of w_b at or below the ROI minimum, l = X_min − (X_min mod w_b) with
 * NumPy's floored remainder, and its edges are NumPy's {@code arange(l, X_max + 2 w_b, w_b)} (l + i·Δ with
 * Δ = (l + w_b) − l); a fixed bin number uses NumPy's histogram edges (linspace of the ROI range, the last edge
 * raised by 1). Voxels get the index NumPy's {@code digitize} gives. The re-segmentation bound is not used.
 */
final class Discretiser {

    /**
     * Result of discretisation.
     *
     * @param greyLevels     1..greyLevelCount inside the mask, 0 outside
     * @param greyLevelCount N_g
     * @param lowerBound     X_min used (NaN for NONE)
     */
    record Result(int[] greyLevels, int greyLevelCount, double lowerBound) {
    }

    private Discretiser() {
    }

    static Result discretise(float[] intensities, byte[] mask, Discretisation d, ResegmentationSettings reseg) {
        return discretise(intensities, mask, d, reseg, Conventions.IBSI);
    }

    /** As {@link #discretise(float[], byte[], Discretisation, ResegmentationSettings)} in the given conventions. */
    static Result discretise(float[] intensities, byte[] mask, Discretisation d, ResegmentationSettings reseg,
            Conventions conventions) {
        if (conventions == Conventions.PYRADIOMICS && d.method() != Discretisation.Method.NONE) {
            return PyRadiomicsBins.discretise(intensities, mask, d);
        }
        RoiSummary roi = RoiSummary.of(intensities, mask);
        if (roi.voxels() == 0) {
            throw new IllegalArgumentException("nothing to discretise: the intensity mask is empty");
        }
        int[] levels = new int[intensities.length];
        return switch (d.method()) {
            case FIXED_BIN_NUMBER -> fixedBinNumber(intensities, mask, d.binCount(), roi, levels);
            case FIXED_BIN_SIZE -> fixedBinSize(intensities, mask, d.binWidth(),
                    reseg.lower() != null ? reseg.lower() : roi.min(), levels);
            case NONE -> none(intensities, mask, levels);
        };
    }

    private static Result fixedBinNumber(float[] x, byte[] mask, int bins, RoiSummary roi, int[] levels) {
        double min = roi.min();
        double range = roi.max() - min;
        for (int n = 0; n < x.length; n++) {
            if (mask[n] != 0) {
                int level = range == 0 ? 1 : (int) Math.floor(bins * (x[n] - min) / range) + 1;
                levels[n] = Math.min(level, bins);
            }
        }
        return new Result(levels, bins, min);
    }

    private static Result fixedBinSize(float[] x, byte[] mask, double width, double min, int[] levels) {
        int max = 0;
        for (int n = 0; n < x.length; n++) {
            if (mask[n] != 0) {
                // ≥ 1 because the intensity mask lies inside the range whose lower bound is min
                int level = Math.max(1, (int) Math.floor((x[n] - min) / width) + 1);
                levels[n] = level;
                max = Math.max(max, level);
            }
        }
        return new Result(levels, max, min);
    }

    private static Result none(float[] x, byte[] mask, int[] levels) {
        int max = 0;
        for (int n = 0; n < x.length; n++) {
            if (mask[n] != 0) {
                float v = x[n];
                if (v < 1 || v != Math.rint(v) || v > Integer.MAX_VALUE / 2) {
                    throw new BadInputException(null, "discretisation NONE needs whole-number intensities of at"
                            + " least 1 in the ROI (grey levels), but found " + v
                            + "; choose FIXED_BIN_SIZE or FIXED_BIN_NUMBER");
                }
                levels[n] = (int) v;
                max = Math.max(max, levels[n]);
            }
        }
        return new Result(levels, max, Double.NaN);
    }
}
