package org.tacerisk.dicom;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.Finding;

/**
 * Two instances at the same position along the slice normal. Identical copies (same SOPInstanceUID, or equal pixel
 * data) are harmless: one is kept, with a warning. Different images at one position mean two acquisitions or
 * reconstructions were mixed: an error, since either choice could be the wrong one.
 */
final class DuplicateCheck {

    private DuplicateCheck() {
    }

    static List<SlicePlan.Slice> removeDuplicates(List<SlicePlan.Slice> sorted,
            SeriesGeometryCheck.PixelComparator comparator, List<Finding> findings) {
        List<SlicePlan.Slice> kept = new ArrayList<>();
        int identical = 0;
        int conflicting = 0;
        String example = null;
        for (SlicePlan.Slice s : sorted) {
            if (!kept.isEmpty() && s.d() - kept.get(kept.size() - 1).d() < SeriesGeometryCheck.SAME_POSITION_MM) {
                SlicePlan.Slice previous = kept.get(kept.size() - 1);
                if (same(previous, s, comparator)) {
                    identical++;
                } else {
                    conflicting++;
                    example = DicomFindings.mm(s.d());
                }
                continue;
            }
            kept.add(s);
        }
        if (conflicting > 0) {
            findings.add(Finding.error(DicomFindings.DUPLICATE_POSITION, conflicting + " position(s) hold two"
                    + " different images (e.g. at " + example + " along the slice axis): the series mixes two"
                    + " acquisitions or reconstructions.",
                    "Choose a single reconstruction; " + DicomFindings.ADVICE_REEXPORT));
        }
        if (identical > 0) {
            findings.add(Finding.warning(DicomFindings.DUPLICATE_POSITION, identical + " image(s) are exact"
                    + " duplicates of another image at the same position; one copy of each was kept.",
                    "Nothing to do; the export contains duplicate files."));
        }
        return kept;
    }

    private static boolean same(SlicePlan.Slice a, SlicePlan.Slice b, SeriesGeometryCheck.PixelComparator cmp) {
        if (a.header().sopInstanceUid() != null && a.header().sopInstanceUid().equals(b.header().sopInstanceUid())
                && a.frame().frameNumber() == b.frame().frameNumber()) {
            return true;
        }
        try {
            return cmp != null && cmp.samePixels(a, b);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
