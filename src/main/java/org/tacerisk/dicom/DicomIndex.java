package org.tacerisk.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tacerisk.common.Finding;

/**
 * What {@link DicomScanner} found under a folder: image series grouped by patient and study, non-image objects
 * (RTSTRUCT, SEG, SR ...), and index-level findings (files that are not DICOM or cannot be read).
 */
public record DicomIndex(Path root, List<PatientEntry> patients, List<NonImageObject> nonImageObjects,
        List<Finding> findings) {

    public DicomIndex {
        patients = List.copyOf(patients);
        nonImageObjects = List.copyOf(nonImageObjects);
        findings = List.copyOf(findings);
    }

    /** Every image series, in patient, study, series order. */
    public List<SeriesEntry> allSeries() {
        return patients.stream().flatMap(p -> p.studies().stream()).flatMap(s -> s.series().stream()).toList();
    }

    public Optional<SeriesEntry> series(String seriesInstanceUid) {
        return allSeries().stream().filter(s -> s.seriesInstanceUid().equals(seriesInstanceUid)).findFirst();
    }

    /** Non-image objects that reference the given series (directly or through its frame of reference). */
    public List<NonImageObject> objectsReferencing(SeriesEntry series) {
        return nonImageObjects.stream().filter(o -> o.referencedSeriesUids().contains(series.seriesInstanceUid())
                || (o.referencedSeriesUids().isEmpty() && o.referencedFrameOfReferenceUid() != null
                        && o.referencedFrameOfReferenceUid().equals(series.frameOfReferenceUid()))).toList();
    }

    @Override
    public String toString() {
        return "DicomIndex[" + allSeries().size() + " series, " + nonImageObjects.size() + " non-image objects, "
                + findings.size() + " findings]";
    }
}
