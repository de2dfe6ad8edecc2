package org.tacerisk.dicom;

import java.nio.file.Path;
import java.util.List;
import org.tacerisk.common.Finding;

/**
 * A DICOM object that is not an image series to load: RTSTRUCT, SEG, SR, KO, PR, RTPLAN ... with what it
 * references: nested SeriesInstanceUIDs (e.g. RTSTRUCT ReferencedFrameOfReferenceSequence (3006,0010) > ... >
 * RTReferencedSeriesSequence, SEG ReferencedSeriesSequence (0008,1115)) and its frame of reference, and the problems
 * found in it (for a structure set: references that disagree with the series it is drawn on).
 */
public record NonImageObject(Path file, String modality, String sopClassUid, String sopInstanceUid,
        String description, List<String> referencedSeriesUids, String referencedFrameOfReferenceUid,
        List<Finding> findings) {

    public NonImageObject {
        referencedSeriesUids = List.copyOf(referencedSeriesUids);
        findings = List.copyOf(findings);
    }

    /** An object with no findings (yet). */
    public NonImageObject(Path file, String modality, String sopClassUid, String sopInstanceUid, String description,
            List<String> referencedSeriesUids, String referencedFrameOfReferenceUid) {
        this(file, modality, sopClassUid, sopInstanceUid, description, referencedSeriesUids,
                referencedFrameOfReferenceUid, List.of());
    }

    /** This object with {@code more} findings added. */
    NonImageObject withFindings(List<Finding> more) {
        return more.isEmpty() ? this : new NonImageObject(file, modality, sopClassUid, sopInstanceUid, description,
                referencedSeriesUids, referencedFrameOfReferenceUid,
                java.util.stream.Stream.concat(findings.stream(), more.stream()).toList());
    }
}
