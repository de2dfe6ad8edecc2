package org.tacerisk.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relative-error assertions that also record the largest error seen, for reporting agreement with R. */
public final class Tolerance {

    private double largest;
    private String where = "";

    /** |actual - expected| / max(|expected|, floor) must be at most {@code tol}. */
    public void assertClose(double expected, double actual, double tol, double floor, String what) {
        double err = Math.abs(actual - expected) / Math.max(Math.abs(expected), floor);
        if (err > largest) {
            largest = err;
            where = what;
        }
        assertTrue(err <= tol, () -> what + ": expected " + expected + ", got " + actual + " (relative error " + err
                + " > " + tol + ")");
    }

    public void assertClose(double expected, double actual, double tol, String what) {
        assertClose(expected, actual, tol, 1e-300, what);
    }

    public double largest() {
        return largest;
    }

    public String report(String file) {
        return String.format("largest relative error vs %s: %.3e (%s)", file, largest, where);
    }
}
