package org.tacerisk.dicom;

import java.util.List;
import org.tacerisk.common.Finding;
import org.tacerisk.image.Volume;

/** A CT series read into a {@link Volume}, with what it references and the (non-fatal) findings met on the way. */
public record LoadedSeries(Volume volume, SeriesReference reference, List<Finding> findings) {

    public LoadedSeries {
        findings = List.copyOf(findings);
    }
}
