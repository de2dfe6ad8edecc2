package org.tacerisk.dicom;

import java.util.List;

/** One patient of a {@link DicomIndex}. Holds patient data: {@link #toString()} prints none of it. */
public record PatientEntry(String patientName, String patientId, List<StudyEntry> studies) {

    public PatientEntry {
        studies = List.copyOf(studies);
    }

    @Override
    public String toString() {
        return "PatientEntry[" + studies.size() + " studies]";
    }
}
