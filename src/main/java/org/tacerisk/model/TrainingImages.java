package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.invalid;

/**
 * The training patients' CT voxel spacing (manifest field {@code trainingImages}, schema 1.1, optional): what
 * {@code tacerisk predict} compares a new case's spacing with (docs/predict.md).
 *
 * @param spacingMm per-axis summary of the voxel spacing in mm
 * @param n         number of training images summarised
 */
public record TrainingImages(Spacing spacingMm, Integer n) {

    public TrainingImages {
        ManifestChecks.present("trainingImages.spacingMm", spacingMm);
        ManifestChecks.present("trainingImages.n", n);
        if (n < 1) {
            throw invalid("trainingImages.n", "must be at least 1, not " + n);
        }
    }

    /** Per-axis spacing summaries (x, y, z as in the image geometry). */
    public record Spacing(Range x, Range y, Range z) {

        public Spacing {
            check("x", x);
            check("y", y);
            check("z", z);
        }

        /** The summary of axis 0, 1 or 2. */
        public Range axis(int i) {
            return switch (i) {
                case 0 -> x;
                case 1 -> y;
                case 2 -> z;
                default -> throw new IllegalArgumentException("axis " + i);
            };
        }

        private static void check(String axis, Range r) {
            String f = "trainingImages.spacingMm." + axis;
            ManifestChecks.present(f, r);
            double min = ManifestChecks.finite(f + ".min", r.min());
            double median = ManifestChecks.finite(f + ".median", r.median());
            double max = ManifestChecks.finite(f + ".max", r.max());
            if (!(min > 0 && min <= median && median <= max)) {
                throw invalid(f, "must have 0 < min <= median <= max, not " + min + ", " + median + ", " + max);
            }
        }
    }

    /** Median, minimum and maximum of one axis' spacing in mm. */
    public record Range(Double median, Double min, Double max) {
    }

    /** Summarises per-image spacings {@code spacings[i] = {x, y, z}} (mm); at least one image. */
    public static TrainingImages of(double[][] spacings) {
        if (spacings.length == 0) {
            throw new IllegalArgumentException("no training image spacings");
        }
        Range[] r = new Range[3];
        for (int a = 0; a < 3; a++) {
            double[] v = new double[spacings.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = spacings[i][a];
            }
            java.util.Arrays.sort(v);
            int m = v.length / 2;
            double median = v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
            r[a] = new Range(median, v[0], v[v.length - 1]);
        }
        return new TrainingImages(new Spacing(r[0], r[1], r[2]), spacings.length);
    }
}
