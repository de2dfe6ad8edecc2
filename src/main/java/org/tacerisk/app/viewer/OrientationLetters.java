package org.tacerisk.app.viewer;

/**
 * Patient orientation letters of a direction in LPS (DICOM PS3.3 C.7.6.1.1.1: R/L, A/P, H/F there; S/I here, the
 * letters CT viewers print on the image edges). An oblique direction gets one letter per axis it leans along by
 * at least {@value #SECONDARY_COMPONENT} (about 15°), the strongest first ("LA"); a gantry tilt of a few degrees
 * does not clutter the edge with a second letter.
 */
final class OrientationLetters {

    static final double SECONDARY_COMPONENT = 0.26;

    private static final char[] POSITIVE = {'L', 'P', 'S'};
    private static final char[] NEGATIVE = {'R', 'A', 'I'};

    private OrientationLetters() {
    }

    /** The letters of {@code direction} (any length, LPS), e.g. "L" for (1, 0, 0), "RA" for (−0.8, −0.6, 0). */
    static String of(double[] direction) {
        double norm = Math.sqrt(direction[0] * direction[0] + direction[1] * direction[1]
                + direction[2] * direction[2]);
        Integer[] axes = {0, 1, 2};
        java.util.Arrays.sort(axes, (a, b) -> Double.compare(Math.abs(direction[b]), Math.abs(direction[a])));
        StringBuilder letters = new StringBuilder();
        for (int n = 0; n < 3; n++) {
            int axis = axes[n];
            double c = direction[axis] / norm;
            if (n == 0 || Math.abs(c) >= SECONDARY_COMPONENT) {
                letters.append(c >= 0 ? POSITIVE[axis] : NEGATIVE[axis]);
            }
        }
        return letters.toString();
    }
}
