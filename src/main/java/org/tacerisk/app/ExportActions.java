package org.tacerisk.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.tacerisk.casefile.EnteredValue;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.Mask;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.report.export.CaseCsv;
import org.tacerisk.report.export.DicomExport;
import org.tacerisk.report.export.FigureExport;

/**
 * What the window exports of a computed case, each into a chosen folder and in the background: the model's figures
 * (PNG + SVG, the patient marked), the features and result as CSV, and the outline as DICOM SEG + RTSTRUCT with
 * de-identified copies beside. Always the patient's own result, never a what-if. Outcomes go to the notice bar,
 * failures to the error panel.
 */
final class ExportActions {

    /** The folder made inside the chosen one for the DICOM objects (its de-identified twin lies beside it). */
    static final String DICOM_FOLDER = "tacerisk-dicom";
    static final String FEATURES_CSV = "tacerisk-features.csv";
    static final String RESULT_CSV = "tacerisk-result.csv";

    /** The parts of the window these actions use. */
    interface Window {
        CasePanel casePanel();

        /** The open series' outline, or null. */
        TumourOutline outline();
    }

    /** One case's result, taken on the FX thread so that the background work sees a fixed state. */
    /** The report's DICOM series description and document title (DICOM text: English, as the SEG's labels). */
    static final String REPORT_SERIES = "TACE-Risk report";
    static final String REPORT_TITLE = "TACE-Risk tumour board report";

    private record Computed(CaseMeasurement measurement, CasePrediction prediction, List<EnteredValue> entered,
            BundleManifest manifest, String manifestSha256) {
    }

    private final Messages text;
    private final BackgroundWork work;
    private final ProblemBanner problem;
    private final NoticeBar notice;
    private final Window window;

    ExportActions(Messages text, BackgroundWork work, ProblemBanner problem, NoticeBar notice, Window window) {
        this.text = text;
        this.work = work;
        this.problem = problem;
        this.notice = notice;
        this.window = window;
    }

    /** True when the case has a result for the patient's values and the outline it was measured on. */
    boolean ready() {
        CasePanel panel = window.casePanel();
        return panel.bundle() != null && panel.measurement() != null && panel.shown() != null;
    }

    /** Writes nomogram, calibration, decision curve and ROC as PNG at {@code dpi} and SVG into {@code folder}. */
    void exportFigures(Path folder, int dpi) {
        Computed c = computed();
        if (c == null) {
            return;
        }
        work.run(text.get("work.exportFigures"), text.get("problem.title.export"),
                p -> FigureExport.write(c.manifest(), c.prediction().prediction(), folder, dpi, text.locale()),
                written -> notice.show(text.get("notice.exportedFigures", String.valueOf(written.size() / 2),
                        String.valueOf(dpi), folder.toAbsolutePath().toString())));
    }

    /** Writes the features and the result as two CSV files into {@code folder}. */
    void exportCsv(Path folder) {
        Computed c = computed();
        if (c == null) {
            return;
        }
        Path features = folder.resolve(FEATURES_CSV);
        Path result = folder.resolve(RESULT_CSV);
        work.run(text.get("work.exportCsv"), text.get("problem.title.export"), p -> {
            CaseCsv.writeFeatures(c.measurement(), features);
            CaseCsv.writeResult(c.prediction(), c.entered(), c.manifestSha256(), result);
            return folder;
        }, done -> notice.show(text.get("notice.exportedCsv", features.toAbsolutePath().toString(),
                result.getFileName().toString())));
    }

    /**
     * Writes the outline as SEG and RTSTRUCT into {@code folder}/tacerisk-dicom and de-identified copies under a
     * new random pseudonym into {@code folder}/tacerisk-dicom-deidentified.
     */
    void exportDicom(Path folder) {
        Computed c = computed();
        TumourOutline outline = window.outline();
        if (c == null || outline == null) {
            return;
        }
        Mask mask = outline.toMask();
        SeriesReference images = outline.series().reference();
        org.tacerisk.image.Volume ct = outline.series().volume();
        org.tacerisk.model.ModelBundle bundle = window.casePanel().bundle();
        java.util.Locale language = text.locale();
        work.run(text.get("work.exportDicom"), text.get("problem.title.export"), p -> {
            // the report for the record with the images; one under the copies' own pseudonym with the copies
            org.tacerisk.dicom.Deidentifier.Pseudonym pseudonym = DicomExport.randomPseudonym(new SecureRandom());
            DicomExport.Report[] reports = new DicomExport.Report[2];
            for (int i = 0; i < 2; i++) {
                var builder = org.tacerisk.report.CaseReport.builder(bundle, c.measurement(), c.prediction(), ct, mask)
                        .patient(images.patientStudy()).locale(language);
                byte[] pdf = (i == 1 ? builder.pseudonym(pseudonym.patientId()) : builder).build().pdf();
                reports[i] = new DicomExport.Report(pdf, new org.tacerisk.dicom.EncapsulatedPdfWriter.Options(
                        REPORT_SERIES, REPORT_TITLE, null));
            }
            return DicomExport.write(mask, images, MaskFiles.ROI_NAME, reports[0], reports[1],
                    folder.resolve(DICOM_FOLDER), pseudonym);
        },
                written -> notice.show(text.get("notice.exportedDicom", written.folder().toString(),
                        written.deidentifiedFolder().getFileName().toString(), written.pseudonym().patientId())));
    }

    /** The patient's result now, or null (then the error panel says to compute first). */
    private Computed computed() {
        problem.hide();
        CasePanel panel = window.casePanel();
        CasePrediction prediction = ready() ? panel.patientPrediction() : null;
        if (prediction == null) {
            problem.show(new Problem(text.get("problem.title.export"), text.get("export.noResult"), null, List.of(),
                    List.of(), false), null);
            return null;
        }
        return new Computed(panel.measurement(), prediction, panel.enteredValues(), panel.bundle().manifest(),
                panel.bundle().manifestSha256());
    }
}
