package org.tacerisk.cohort;

import java.util.List;

/**
 * Diagnostic columns of the wide feature table (docs/cohort.md): facts about a case's images, not features.
 * Training never uses them as signature candidates; the trainer summarises the spacing columns into the bundle's
 * {@code trainingImages} (docs/model-bundle.md).
 */
public final class DiagnosticColumns {

    /** Every diagnostic column starts with this. */
    public static final String PREFIX = "diag_";
    /** The CT voxel spacing in mm along the image axes x, y, z. */
    public static final List<String> SPACING = List.of("diag_spacing_x", "diag_spacing_y", "diag_spacing_z");

    private DiagnosticColumns() {
    }

    public static boolean isDiagnostic(String column) {
        return column.startsWith(PREFIX);
    }
}
