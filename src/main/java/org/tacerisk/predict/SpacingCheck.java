package org.tacerisk.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacerisk.common.Finding;
import org.tacerisk.model.TrainingImages;

/**
 * The case's CT voxel spacing against the training images' (the bundle's {@code trainingImages}, schema 1.1;
 * docs/predict.md). An axis is far from training when its spacing differs from the training median by more than
 * {@value #RELATIVE} of that median. This also covers a spacing outside [0.5·min, 2·max] of the training range:
 * such a spacing is below half the median or above twice it.
 */
final class SpacingCheck {

    /** The largest accepted relative difference from the training median, per axis. */
    static final double RELATIVE = 0.5;
    private static final String[] AXES = {"x", "y", "z"};

    private SpacingCheck() {
    }

    /** Adds a {@code SPACING_FAR_FROM_TRAINING} warning or a note saying what was compared or skipped. */
    static void check(TrainingImages training, double[] spacing, List<Finding> warnings, List<String> notes) {
        String image = format(spacing[0], spacing[1], spacing[2]);
        if (training == null) {
            notes.add("the bundle does not record the training images' spacing: the spacing check was skipped (image"
                    + " spacing " + image + " mm)");
            return;
        }
        TrainingImages.Spacing t = training.spacingMm();
        String median = format(t.x().median(), t.y().median(), t.z().median());
        List<String> far = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            TrainingImages.Range r = t.axis(a);
            if (Math.abs(spacing[a] - r.median()) > RELATIVE * r.median()) {
                far.add(String.format(Locale.ROOT, "%s %.2f mm (training %.2f-%.2f mm)", AXES[a], spacing[a],
                        r.min(), r.max()));
            }
        }
        if (far.isEmpty()) {
            notes.add("image spacing " + image + " mm is within 50 % of the training median " + median + " mm ("
                    + training.n() + " training images)");
            return;
        }
        warnings.add(Finding.warning("SPACING_FAR_FROM_TRAINING", "image spacing " + image + " mm differs from the"
                + " training median " + median + " mm by more than 50 % on " + String.join(", ", far),
                "features of images this far from the training spacing may be unreliable; check the series"
                        + " (e.g. thin-slice reconstruction) or interpret the result with caution"));
    }

    private static String format(double x, double y, double z) {
        return String.format(Locale.ROOT, "%.2f × %.2f × %.2f", x, y, z);
    }
}
