package org.tacerisk.casefile;

import java.nio.file.Path;
import java.util.Objects;
import org.tacerisk.dicom.SeriesReference;

/**
 * Where a case's CT series is: its UIDs, which identify it wherever it lies, and the folder it was opened from,
 * which is only where to look first (a folder may be moved; {@link SeriesLocator} finds the series again by UIDs).
 *
 * @param studyInstanceUid     StudyInstanceUID
 * @param seriesInstanceUid    SeriesInstanceUID
 * @param frameOfReferenceUid  FrameOfReferenceUID; empty when the series has none
 * @param dicomFolder          the folder the series was scanned from, absolute
 */
public record SeriesLocation(String studyInstanceUid, String seriesInstanceUid, String frameOfReferenceUid,
        Path dicomFolder) {

    public SeriesLocation {
        requireText(studyInstanceUid, "studyInstanceUid");
        requireText(seriesInstanceUid, "seriesInstanceUid");
        frameOfReferenceUid = frameOfReferenceUid == null ? "" : frameOfReferenceUid;
        Objects.requireNonNull(dicomFolder, "dicomFolder");
    }

    /** The location of a loaded series scanned from {@code dicomFolder}. */
    public static SeriesLocation of(SeriesReference series, Path dicomFolder) {
        return new SeriesLocation(series.patientStudy().studyInstanceUid(), series.seriesInstanceUid(),
                series.frameOfReferenceUid(), dicomFolder.toAbsolutePath().normalize());
    }

    /** True when {@code series} is this series (study, series and frame-of-reference UIDs equal). */
    public boolean identifies(SeriesReference series) {
        String frame = series.frameOfReferenceUid() == null ? "" : series.frameOfReferenceUid();
        return studyInstanceUid.equals(series.patientStudy().studyInstanceUid())
                && seriesInstanceUid.equals(series.seriesInstanceUid()) && frameOfReferenceUid.equals(frame);
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
