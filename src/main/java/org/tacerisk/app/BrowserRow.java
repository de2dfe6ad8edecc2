package org.tacerisk.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Severity;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.NonImageObject;
import org.tacerisk.dicom.PatientEntry;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.StudyEntry;

/**
 * One line of the series browser, already in words: a patient, a study, an image series or a non-image object
 * (RTSTRUCT, SEG, ...) listed under the series it is drawn on. No JavaFX: the browser only shows these.
 *
 * @param worst    the most severe finding of the line and everything under it, or null when there is none
 * @param findings the line's own findings (a series' or an object's)
 * @param series   the series of a SERIES line, else null
 * @param preview  the series' thumbnail, or null
 */
public record BrowserRow(Kind kind, String title, String images, String thickness, String spacing, String phase,
        Severity worst, String findingSummary, List<Finding> findings, SeriesEntry series, SeriesPreview preview,
        List<BrowserRow> children) {

    public enum Kind { PATIENT, STUDY, SERIES, OBJECT }

    public BrowserRow {
        findings = List.copyOf(findings);
        children = List.copyOf(children);
    }

    /** The patients of {@code index} with their studies, series and the objects drawn on each series. */
    public static List<BrowserRow> of(DicomIndex index, Map<String, SeriesPreview> previews, Messages text) {
        List<BrowserRow> patients = new ArrayList<>();
        for (PatientEntry p : index.patients()) {
            List<BrowserRow> studies = new ArrayList<>();
            for (StudyEntry st : p.studies()) {
                List<BrowserRow> series = new ArrayList<>();
                for (SeriesEntry s : st.series()) {
                    series.add(series(s, index.objectsReferencing(s), previews.get(s.seriesInstanceUid()), text));
                }
                studies.add(group(Kind.STUDY, text.get("browser.study", dash(DisplayText.date(st.studyDate())),
                        dash(st.studyDescription())), series));
            }
            patients.add(group(Kind.PATIENT, text.get("browser.patient", dash(DisplayText.personName(p.patientName())),
                    dash(p.patientId())), studies));
        }
        return patients;
    }

    static BrowserRow series(SeriesEntry s, List<NonImageObject> objects, SeriesPreview preview, Messages text) {
        List<BrowserRow> children = objects.stream().map(o -> object(o, text)).toList();
        String title = s.seriesNumber() == null ? dash(s.seriesDescription())
                : text.get("browser.series", s.seriesNumber(), dash(s.seriesDescription()));
        String images = s.frameCount() == s.instanceCount() ? String.valueOf(s.instanceCount())
                : text.get("browser.frames", s.instanceCount(), s.frameCount());
        String thickness = s.sliceThicknessMm() == null ? "–" : DisplayText.mm(s.sliceThicknessMm(), text);
        String spacing = preview == null ? "–"
                : DisplayText.pixelSpacing(preview.columnSpacingMm(), preview.rowSpacingMm(), text);
        return new BrowserRow(Kind.SERIES, title + (s.modality() == null ? "" : "  ·  " + s.modality()), images,
                thickness, spacing, phase(s, text), worst(s.findings(), children), summary(s.findings(), text),
                s.findings(), s, preview, children);
    }

    private static BrowserRow object(NonImageObject o, Messages text) {
        String title = text.get("browser.object", dash(o.modality()), dash(o.description()),
                o.file().getFileName().toString());
        return new BrowserRow(Kind.OBJECT, title, "", "", "", "", worst(o.findings(), List.of()),
                summary(o.findings(), text), o.findings(), null, null, List.of());
    }

    private static BrowserRow group(Kind kind, String title, List<BrowserRow> children) {
        return new BrowserRow(kind, title, "", "", "", "", worst(List.of(), children), "", List.of(), null, null,
                children);
    }

    /** The contrast phase read from the description, and the contrast agent when the header names one. */
    static String phase(SeriesEntry s, Messages text) {
        String hint = s.phaseHint() == null ? "" : text.get("phase." + s.phaseHint());
        String agent = s.contrastBolusAgent() == null || s.contrastBolusAgent().isBlank() ? ""
                : text.get("browser.contrastAgent", s.contrastBolusAgent().trim());
        return hint.isEmpty() ? (agent.isEmpty() ? "–" : agent) : agent.isEmpty() ? hint
                : text.get("browser.phaseAndAgent", hint, agent);
    }

    /** The most severe finding's message, and how many more there are. */
    static String summary(List<Finding> findings, Messages text) {
        List<Finding> sorted = findings.stream()
                .sorted(Comparator.comparing(Finding::severity).reversed()).toList();
        if (sorted.isEmpty()) {
            return "";
        }
        String first = sorted.get(0).message();
        return sorted.size() == 1 ? first : text.get("browser.moreFindings", first, sorted.size() - 1);
    }

    static Severity worst(List<Finding> own, List<BrowserRow> children) {
        Severity worst = null;
        for (Finding f : own) {
            worst = max(worst, f.severity());
        }
        for (BrowserRow c : children) {
            worst = max(worst, c.worst());
        }
        return worst;
    }

    private static Severity max(Severity a, Severity b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s.trim();
    }
}
