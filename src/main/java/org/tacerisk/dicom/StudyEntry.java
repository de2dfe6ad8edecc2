package org.tacerisk.dicom;

import java.util.List;

/** One study of a patient: StudyInstanceUID (0020,000D), StudyDate (0008,0020), StudyDescription (0008,1030). */
public record StudyEntry(String studyInstanceUid, String studyDate, String studyDescription, List<SeriesEntry> series) {

    public StudyEntry {
        series = List.copyOf(series);
    }
}
