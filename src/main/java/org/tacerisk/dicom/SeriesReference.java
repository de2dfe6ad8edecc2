package org.tacerisk.dicom;

import java.util.List;
import java.util.Objects;

/**
 * What a derived object (RTSTRUCT, SEG) needs to point back at an image series: the patient and study attributes
 * ({@link PatientStudy}, copied verbatim), the series and frame-of-reference UIDs, and the SOP instance UID of each
 * slice in volume order (index k of the volume is {@code sliceSopInstanceUids.get(k)}; for a multi-frame image all
 * entries are the same instance and {@code frameNumbers} say which frame).
 *
 * <p>Holds patient data: never log it; {@link #toString()} deliberately prints none.
 */
public record SeriesReference(
        PatientStudy patientStudy,
        String seriesInstanceUid,
        String frameOfReferenceUid,
        String modality,
        String sopClassUid,
        List<String> sliceSopInstanceUids,
        List<Integer> frameNumbers) {

    public SeriesReference {
        Objects.requireNonNull(patientStudy, "patientStudy");
        Objects.requireNonNull(patientStudy.studyInstanceUid(), "studyInstanceUid");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        sliceSopInstanceUids = List.copyOf(sliceSopInstanceUids);
        frameNumbers = frameNumbers == null ? List.of() : List.copyOf(frameNumbers);
    }

    @Override
    public String toString() {
        return "SeriesReference[" + sliceSopInstanceUids.size() + " slices, modality " + modality + "]";
    }
}
