package org.tacerisk.dicom;

import java.util.List;
import org.tacerisk.common.Finding;
import org.tacerisk.image.Mask;

/**
 * A mask read from a file with the problems met on the way that did not stop it (contours skipped because they are
 * not closed or lie outside the grid, a structure set whose references disagree with the series, an ROI found only
 * by ignoring case, ...), so the caller shows them instead of losing them in a log.
 */
public record MaskRead(Mask mask, List<Finding> findings) {

    public MaskRead {
        findings = List.copyOf(findings);
    }
}
