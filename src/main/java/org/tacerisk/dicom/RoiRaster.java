package org.tacerisk.dicom;

import java.util.List;
import org.tacerisk.common.Finding;
import org.tacerisk.image.Mask;

/**
 * A rasterised ROI with the non-fatal problems met on the way (contours skipped because they are not closed, lie
 * outside the grid, ...), so the caller can show them instead of losing them in a log.
 */
public record RoiRaster(Mask mask, List<Finding> findings) {

    public RoiRaster {
        findings = List.copyOf(findings);
    }
}
