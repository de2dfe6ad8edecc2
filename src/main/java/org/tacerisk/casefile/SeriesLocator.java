package org.tacerisk.casefile;

import java.util.Optional;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.PatientEntry;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.StudyEntry;

/**
 * Finds a case's series in a scanned folder by its UIDs, for a DICOM folder that was moved or copied: the folder
 * path in the case file is only a hint, the UIDs are what identify the images.
 */
public final class SeriesLocator {

    private SeriesLocator() {
    }

    /**
     * The series of {@code location} in {@code index}: same study and series UIDs, and the same frame of
     * reference when both name one; empty when the folder does not hold it.
     */
    public static Optional<SeriesEntry> find(DicomIndex index, SeriesLocation location) {
        for (PatientEntry patient : index.patients()) {
            for (StudyEntry study : patient.studies()) {
                if (!study.studyInstanceUid().equals(location.studyInstanceUid())) {
                    continue;
                }
                for (SeriesEntry series : study.series()) {
                    if (series.seriesInstanceUid().equals(location.seriesInstanceUid())
                            && sameFrameOfReference(series.frameOfReferenceUid(), location.frameOfReferenceUid())) {
                        return Optional.of(series);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean sameFrameOfReference(String scanned, String saved) {
        return scanned == null || scanned.isEmpty() || saved.isEmpty() || scanned.equals(saved);
    }
}
