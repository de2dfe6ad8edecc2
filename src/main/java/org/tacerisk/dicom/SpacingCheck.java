package org.tacerisk.dicom;

import static org.tacerisk.dicom.DicomFindings.mm;

import java.util.List;
import java.util.Locale;
import org.tacerisk.common.Finding;

/**
 * Slice spacing along the normal: gaps (missing slices) and irregular spacing. A gap larger than 1.5 × the median
 * spacing means slices are missing; the volume would silently squeeze anatomy together, so it is an error.
 */
final class SpacingCheck {

    static final double GAP_FACTOR = 1.5;
    static final double UNIFORM_TOLERANCE = 0.01;
    static final double NON_UNIFORM_ERROR = 0.10;

    private SpacingCheck() {
    }

    static void check(List<SlicePlan.Slice> slices, double[] diffs, double median, List<Finding> findings) {
        int missing = 0;
        int gaps = 0;
        StringBuilder where = new StringBuilder();
        double maxDeviation = 0;
        for (int n = 0; n < diffs.length; n++) {
            if (diffs[n] > GAP_FACTOR * median) {
                int count = Math.max(1, (int) Math.round(diffs[n] / median) - 1);
                missing += count;
                gaps++;
                if (gaps <= 3) {
                    where.append(where.length() == 0 ? "" : "; ").append(count).append(" ")
                            .append(SeriesGeometryCheck.where(slices.get(n).d(), slices.get(n + 1).d()));
                }
            }
            maxDeviation = Math.max(maxDeviation, Math.abs(diffs[n] - median) / median);
        }
        if (gaps > 0) {
            findings.add(Finding.error(DicomFindings.MISSING_SLICES, "About " + missing + " slice(s) are missing in "
                    + gaps + " gap(s) (" + where + (gaps > 3 ? "; ..." : "") + "); usual spacing " + mm(median) + ".",
                    DicomFindings.ADVICE_REEXPORT));
        } else if (maxDeviation > UNIFORM_TOLERANCE) {
            String message = String.format(Locale.ROOT, "The slice spacing is not uniform: it varies by up to %.1f %%"
                    + " around %s.", 100 * maxDeviation, mm(median));
            if (maxDeviation > NON_UNIFORM_ERROR) {
                findings.add(Finding.error(DicomFindings.NON_UNIFORM_SPACING, message,
                        "The volume would be distorted; choose a series reconstructed at a constant interval."));
            } else {
                findings.add(Finding.warning(DicomFindings.NON_UNIFORM_SPACING, message
                        + " The median spacing is used.", "Usually harmless; check the tumour is not distorted."));
            }
        }
    }
}
