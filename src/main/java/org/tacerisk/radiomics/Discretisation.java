package org.tacerisk.radiomics;

import java.util.Objects;

/**
 * Discretisation of intensities for the intensity histogram and the texture families (IBSI-1 4R0B).
 *
 * @param method   NONE (intensities are already grey levels 1..N_g, e.g. the digital phantom), FIXED_BIN_NUMBER
 *                 (K15C) or FIXED_BIN_SIZE (Q3RU)
 * @param binWidth w_b for FIXED_BIN_SIZE, else null
 * @param binCount N_g for FIXED_BIN_NUMBER, else null
 */
public record Discretisation(Method method, Double binWidth, Integer binCount) {

    public enum Method { NONE, FIXED_BIN_NUMBER, FIXED_BIN_SIZE }

    public Discretisation {
        Objects.requireNonNull(method, "discretisation.method");
        if (method == Method.FIXED_BIN_SIZE && (binWidth == null || !(binWidth > 0) || binWidth.isInfinite())) {
            throw new IllegalArgumentException("discretisation.binWidth must be a positive number for FIXED_BIN_SIZE,"
                    + " got " + binWidth);
        }
        if (method == Method.FIXED_BIN_NUMBER && (binCount == null || binCount < 1)) {
            throw new IllegalArgumentException("discretisation.binCount must be at least 1 for FIXED_BIN_NUMBER, got "
                    + binCount);
        }
        // a parameter the method does not use is a mistake in the settings, not something to ignore silently
        if (method != Method.FIXED_BIN_SIZE && binWidth != null) {
            throw new IllegalArgumentException("discretisation.binWidth is only used with FIXED_BIN_SIZE, not "
                    + method);
        }
        if (method != Method.FIXED_BIN_NUMBER && binCount != null) {
            throw new IllegalArgumentException("discretisation.binCount is only used with FIXED_BIN_NUMBER, not "
                    + method);
        }
    }

    public static Discretisation none() {
        return new Discretisation(Method.NONE, null, null);
    }

    public static Discretisation fixedBinNumber(int binCount) {
        return new Discretisation(Method.FIXED_BIN_NUMBER, null, binCount);
    }

    public static Discretisation fixedBinSize(double binWidth) {
        return new Discretisation(Method.FIXED_BIN_SIZE, binWidth, null);
    }
}
