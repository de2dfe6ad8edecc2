package org.tacerisk.roi;

import org.tacerisk.common.DisplayNumbers;

/** An inclusive intensity range in HU for threshold painting and region growing. */
public record HuRange(double min, double max) {

    /** @throws RoiToolException when a bound is not a number or min > max */
    public HuRange {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new RoiToolException(RoiToolException.Problem.HU_RANGE_INVALID, "the HU range " + text(min, max)
                    + " is empty: its minimum must not exceed its maximum", min, max);
        }
    }

    public boolean contains(double hu) {
        return hu >= min && hu <= max;
    }

    @Override
    public String toString() {
        return text(min, max);
    }

    private static String text(double min, double max) {
        return DisplayNumbers.of(min) + " … " + DisplayNumbers.of(max) + " HU";
    }
}
