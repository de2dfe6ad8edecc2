package org.tacerisk.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.tacerisk.dicom.InstanceHeader.FrameGeometry;

/**
 * Groups image headers into patients → studies → series, in a deterministic order: patients by ID and name,
 * studies by date and UID, series by SeriesNumber and UID, files by path.
 */
final class SeriesGrouping {

    private SeriesGrouping() {
    }

    static List<PatientEntry> group(List<InstanceHeader> images) {
        Map<String, Map<String, Map<String, List<InstanceHeader>>>> tree = new TreeMap<>();
        for (InstanceHeader h : images) {
            PatientStudy ps = h.patientStudy();
            String patientKey = nz(ps.patientId()) + "\u0000" + nz(ps.patientName());
            tree.computeIfAbsent(patientKey, k -> new TreeMap<>())
                    .computeIfAbsent(nz(ps.studyInstanceUid()), k -> new TreeMap<>())
                    .computeIfAbsent(nz(h.seriesInstanceUid()), k -> new ArrayList<>()).add(h);
        }
        List<PatientEntry> patients = new ArrayList<>();
        for (Map<String, Map<String, List<InstanceHeader>>> studies : tree.values()) {
            List<StudyEntry> studyEntries = new ArrayList<>();
            InstanceHeader anyOfPatient = null;
            for (Map<String, List<InstanceHeader>> seriesMap : studies.values()) {
                List<SeriesEntry> series = new ArrayList<>();
                for (List<InstanceHeader> headers : seriesMap.values()) {
                    headers.sort(Comparator.comparing(h -> h.file().toString()));
                    series.add(entry(headers));
                }
                series.sort(Comparator.comparing(SeriesEntry::seriesNumber,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(SeriesEntry::seriesInstanceUid));
                InstanceHeader first = seriesMap.values().iterator().next().get(0);
                anyOfPatient = first;
                studyEntries.add(new StudyEntry(first.patientStudy().studyInstanceUid(),
                        first.patientStudy().studyDate(), first.studyDescription(), series));
            }
            studyEntries.sort(Comparator.comparing((StudyEntry s) -> nz(s.studyDate()))
                    .thenComparing(s -> nz(s.studyInstanceUid())));
            PatientStudy patient = anyOfPatient.patientStudy();
            patients.add(new PatientEntry(patient.patientName(), patient.patientId(), studyEntries));
        }
        return patients;
    }

    static SeriesEntry entry(List<InstanceHeader> headers) {
        InstanceHeader first = headers.get(0);
        SlicePlan plan = SeriesGeometryCheck.check(headers, PixelDecoder::samePixels);
        List<Path> files = headers.stream().map(InstanceHeader::file).toList();
        FrameGeometry frame = first.frames().get(0);
        int frameCount = headers.stream().mapToInt(h -> h.frames().size()).sum();
        return new SeriesEntry(first.seriesInstanceUid(), first.seriesNumber(), first.seriesDescription(),
                first.modality(), first.sopClassUid(), headers.size(), frame.sliceThickness(),
                first.contrastBolusAgent(), PhaseHints.fromDescription(first.seriesDescription()), plan.findings(),
                files, first.rows(), first.columns(), first.transferSyntaxUid(), first.frameOfReferenceUid(),
                frameCount);
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
