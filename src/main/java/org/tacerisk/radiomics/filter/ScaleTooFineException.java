package org.tacerisk.radiomics.filter;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A filter scale given in mm (LoG σ, Gabor σ or λ) that the image grid cannot sample along one axis (the rules are
 * in {@link ScaleSampling}). The message is complete and names the filter, the scale, the axis, its spacing and the
 * remedy; the facts travel as data too, so that a caller can add how resampling is asked for where it is (a
 * settings key, a separate tool).
 */
public final class ScaleTooFineException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String imageType;
    private final int axis;
    private final double spacingMm;
    private final double maxSpacingMm;

    ScaleTooFineException(String message, String imageType, int axis, double spacingMm, double maxSpacingMm) {
        super(message);
        this.imageType = imageType;
        this.axis = axis;
        this.spacingMm = spacingMm;
        this.maxSpacingMm = maxSpacingMm;
    }

    /** The refused filter's image-type name, e.g. {@code log-sigma-1-0-mm-3D}. */
    public String imageType() {
        return imageType;
    }

    /** The axis that is too coarse: 0 = x (i), 1 = y (j), 2 = z (k). */
    public int axis() {
        return axis;
    }

    /** The grid's spacing along {@link #axis()}, mm. */
    public double spacingMm() {
        return spacingMm;
    }

    /** The largest spacing along {@link #axis()} on which the filter can run, mm. */
    public double maxSpacingMm() {
        return maxSpacingMm;
    }

    /** {@code x (i)}, {@code y (j)} or {@code z (k)}. */
    public static String axisName(int axis) {
        return switch (axis) {
            case 0 -> "x (i)";
            case 1 -> "y (j)";
            default -> "z (k)";
        };
    }

    /** A length in mm for messages: at most 4 significant digits, no trailing zeros (3.27, 1, 0.9766). */
    public static String mm(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
