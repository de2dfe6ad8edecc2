package org.tacerisk.dicom;

import java.nio.file.Path;
import java.util.List;

/**
 * A DICOM object that is not an image series to load: RTSTRUCT, SEG, SR, KO, PR, RTPLAN ... with what it
 * references: nested SeriesInstanceUIDs (e.g. RTSTRUCT ReferencedFrameOfReferenceSequence (3006,0010) > ... >
 * RTReferencedSeriesSequence, SEG ReferencedSeriesSequence (0008,1115)) and its frame of reference.
 */
public record NonImageObject(Path file, String modality, String sopClassUid, String sopInstanceUid,
        String description, List<String> referencedSeriesUids, String referencedFrameOfReferenceUid) {

    public NonImageObject {
        referencedSeriesUids = List.copyOf(referencedSeriesUids);
    }
}
