package org.tacerisk.roi;

import java.util.List;
import org.tacerisk.common.BadInputException;

/**
 * A tool refused what it was asked to do (a seed outside the volume, a brush of size 0, a HU range with min > max,
 * …). The mask is left as it was. {@link #problem()} and {@link #values()} carry the reason as data, so the
 * workstation words it in the user's language; the message is the English wording for logs and tests.
 */
public final class RoiToolException extends BadInputException {

    /** Why a tool refused. */
    public enum Problem {
        /** A seed or point lies outside the grid; values: i, j, k. */
        OUTSIDE_VOLUME,
        /** A plane index lies outside the grid; values: the index, the number of planes. */
        PLANE_OUTSIDE_VOLUME,
        /** A polygon has fewer than three points; values: the number of points. */
        TOO_FEW_POINTS,
        /** A polygon or freehand outline encloses no voxel centre; values: none. */
        ENCLOSES_NO_VOXEL,
        /** A size in mm is not positive (brush, margin, smoothing kernel); values: the size. */
        SIZE_NOT_POSITIVE,
        /** A size in mm reaches no neighbouring voxel, so the tool would change nothing; values: the size, the
         *  smallest voxel spacing. */
        SIZE_BELOW_VOXEL,
        /** A HU range has min > max or a bound that is not a number; values: min, max. */
        HU_RANGE_INVALID,
        /** The seed voxel's HU lies outside the range; values: the seed's HU, min, max. */
        SEED_OUTSIDE_RANGE,
        /** A volume cap is not positive; values: the cap in mL. */
        CAP_NOT_POSITIVE,
        /** Fill between slices found no empty slice between two drawn ones; values: drawn slices. */
        NOTHING_TO_INTERPOLATE,
        /** The operation needs a non-empty mask; values: none. */
        MASK_EMPTY,
        /** The mask and the CT have different grids; values: none (the message names both). */
        GRID_MISMATCH
    }

    private final Problem problem;
    private final List<Double> values;

    public RoiToolException(Problem problem, String message, double... values) {
        super(null, message);
        this.problem = problem;
        this.values = java.util.Arrays.stream(values).boxed().toList();
    }

    public Problem problem() {
        return problem;
    }

    /** The numbers the message names, in the order {@link Problem} lists them. */
    public List<Double> values() {
        return values;
    }
}
