package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.common.Finding;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.NonImageObject;
import org.tacerisk.dicom.PatientEntry;
import org.tacerisk.dicom.SeriesEntry;
import org.tacerisk.dicom.StudyEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tacerisk dicom scan DIR}: patients → studies → series, non-image objects, and every finding. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "List the patients, studies and series in a DICOM folder tree (headers only) with every"
                + " problem found. Progress goes to stderr.")
final class DicomScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder to scan (recursively; a DICOMDIR is used where present).")
    Path dir;

    @Option(names = "--json", description = "Print the index as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DicomIndex index = StderrProgress.run(spec.commandLine().getErr(), "nothing was written",
                progress -> DicomScanner.scan(dir, progress));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, toJson(index));
        } else {
            printHuman(index, out);
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> toJson(DicomIndex index) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("root", index.root().toString());
        List<Object> patients = new ArrayList<>();
        for (PatientEntry p : index.patients()) {
            Map<String, Object> pj = new LinkedHashMap<>();
            pj.put("patientName", p.patientName());
            pj.put("patientId", p.patientId());
            List<Object> studies = new ArrayList<>();
            for (StudyEntry s : p.studies()) {
                Map<String, Object> sj = new LinkedHashMap<>();
                sj.put("studyInstanceUid", s.studyInstanceUid());
                sj.put("studyDate", s.studyDate());
                sj.put("studyDescription", s.studyDescription());
                sj.put("series", s.series().stream().map(DicomScanCommand::seriesJson).toList());
                studies.add(sj);
            }
            pj.put("studies", studies);
            patients.add(pj);
        }
        root.put("patients", patients);
        root.put("nonImageObjects", index.nonImageObjects().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", relative(index.root(), o.file()));
            m.put("modality", o.modality());
            m.put("sopClassUid", o.sopClassUid());
            m.put("sopInstanceUid", o.sopInstanceUid());
            m.put("description", o.description());
            m.put("referencedSeriesUids", o.referencedSeriesUids());
            m.put("referencedFrameOfReferenceUid", o.referencedFrameOfReferenceUid());
            m.put("findings", o.findings());
            return m;
        }).toList());
        root.put("findings", index.findings());
        return root;
    }

    private static Map<String, Object> seriesJson(SeriesEntry s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seriesInstanceUid", s.seriesInstanceUid());
        m.put("seriesNumber", s.seriesNumber());
        m.put("seriesDescription", s.seriesDescription());
        m.put("modality", s.modality());
        m.put("sopClassUid", s.sopClassUid());
        m.put("instanceCount", s.instanceCount());
        m.put("sliceThicknessMm", s.sliceThicknessMm());
        m.put("contrastBolusAgent", s.contrastBolusAgent());
        m.put("phaseHint", s.phaseHint());
        m.put("loadable", !Finding.anyError(s.findings()));
        m.put("findings", s.findings());
        return m;
    }

    /** The index as people read it (also {@code tacerisk demo}'s listing). */
    static void printHuman(DicomIndex index, PrintWriter out) {
        for (PatientEntry p : index.patients()) {
            out.printf("Patient %s (ID %s)%n", blank(p.patientName()), blank(p.patientId()));
            for (StudyEntry st : p.studies()) {
                out.printf("  Study %s %s%n", blank(st.studyDate()), quoted(st.studyDescription()));
                for (SeriesEntry s : st.series()) {
                    out.printf("    Series %s %s  %s, %d instance(s), slice thickness %s, contrast %s, phase %s%n",
                            s.seriesNumber() == null ? "-" : s.seriesNumber(), quoted(s.seriesDescription()),
                            blank(s.modality()), s.instanceCount(),
                            s.sliceThicknessMm() == null ? "-" : s.sliceThicknessMm() + " mm",
                            blank(s.contrastBolusAgent()), blank(s.phaseHint()));
                    out.printf("      UID %s%n", s.seriesInstanceUid());
                    s.findings().forEach(f -> out.println("      " + f.describe()));
                }
            }
        }
        if (!index.nonImageObjects().isEmpty()) {
            out.println("Non-image objects:");
            for (NonImageObject o : index.nonImageObjects()) {
                out.printf("  %s %s  %s -> series %s%n", blank(o.modality()), quoted(o.description()),
                        relative(index.root(), o.file()), String.join(", ", o.referencedSeriesUids()));
                o.findings().forEach(f -> out.println("    " + f.describe()));
            }
        }
        if (!index.findings().isEmpty()) {
            out.println("Files skipped or with problems:");
            index.findings().forEach(f -> out.println("  " + f.describe()));
        }
        if (index.patients().isEmpty()) {
            out.println("No DICOM images found under " + index.root());
        }
        out.flush();
    }

    private static String relative(Path root, Path file) {
        try {
            return root.toAbsolutePath().relativize(file.toAbsolutePath()).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String quoted(String s) {
        return s == null || s.isBlank() ? "\"\"" : "\"" + s + "\"";
    }
}
