package org.tacerisk.dicom;

/**
 * The Patient (PS3.3 C.7.1.1) and General Study (C.7.2.1) attributes of an image, copied verbatim (null where
 * absent): what the scanner groups series by and what a derived object (RTSTRUCT, SEG) copies so it files under the
 * same patient and study. Shared by {@link InstanceHeader} (one file) and {@link SeriesReference} (a loaded series).
 *
 * <p>Holds patient data: never log it; {@link #toString()} deliberately prints none.
 */
public record PatientStudy(
        String patientName,
        String patientId,
        String patientBirthDate,
        String patientSex,
        String studyInstanceUid,
        String studyDate,
        String studyTime,
        String studyId,
        String accessionNumber,
        String referringPhysicianName) {

    /** These attributes with {@code uid} as StudyInstanceUID. */
    public PatientStudy withStudyInstanceUid(String uid) {
        return new PatientStudy(patientName, patientId, patientBirthDate, patientSex, uid, studyDate, studyTime,
                studyId, accessionNumber, referringPhysicianName);
    }

    @Override
    public String toString() {
        return "PatientStudy[patient and study attributes not shown]";
    }
}
