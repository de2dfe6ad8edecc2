package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.casefile.CaseContents;
import org.tacerisk.casefile.CaseFile;
import org.tacerisk.casefile.OpenedCase;
import org.tacerisk.casefile.SeriesLocator;
import org.tacerisk.common.BadInputException;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.PatientStudy;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.image.Mask;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.image.Volume;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.predict.CaseSaliency;
import org.tacerisk.report.CaseReport;
import org.tacerisk.report.ReportText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk report (--case CASE.tacerisk | --bundle DIR --image PATH --mask PATH [--roi NAME] --clinical
 * k=v,...) --out REPORT.pdf [--pseudonymise] [--lang en|zh-CN]}: the tumour-board PDF (docs/report.md).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one patient's tumour-board report as PDF (docs/report.md).",
            "From a saved case (its measurement is reused when it was made by the same bundle) or from an image,"
                + " a tumour mask and the clinical values, as tacerisk predict takes them."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    BundleTrustOptions trust;

    @Option(names = "--case", paramLabel = "CASE.tacerisk", description = "A case saved by the workstation.")
    Path caseFile;

    @Option(names = "--bundle", paramLabel = "DIR|ZIP",
            description = "The model bundle (with --case default: the installation's demo bundle).")
    Path bundle;

    @Option(names = "--image", paramLabel = "PATH", description = "DICOM folder or NIfTI image (without --case).")
    Path image;

    @Option(names = "--series", paramLabel = "UID|NUMBER", description = "Series of the DICOM folder, if several.")
    String series;

    @Option(names = "--mask", paramLabel = "PATH", description = "NIfTI label image, RTSTRUCT or DICOM SEG.")
    Path mask;

    @Option(names = "--roi", paramLabel = "NAME|LABEL", description = "ROI, segment or label of the mask, if several.")
    String roi;

    @Option(names = "--clinical", split = ",", paramLabel = "ID=VALUE",
            description = "Entered predictors, as for tacerisk predict (with --case: the case's values).")
    List<String> clinical = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "REPORT.pdf", description = "The PDF to write.")
    Path out;

    @Option(names = "--pseudonymise", description = "A pseudonym instead of the patient header (name, ID, sex,"
            + " age, study date and description); the report's date as its year.")
    boolean pseudonymise;

    @Option(names = "--saliency", description = "Add the deep model's saliency (occlusion) on its slice to the key"
            + " images (some seconds more).")
    boolean saliency;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en",
            description = "Language of the report: en (default) or zh-CN.")
    String lang;

    /** What the report is made from. */
    private record Inputs(Volume ct, Mask tumour, PatientStudy patient, Map<String, Double> entered,
            CaseMeasurement saved) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Locale locale;
        try {
            locale = ReportText.parseLanguage(lang);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
        checkOptions();
        Path bundlePath = bundle != null ? bundle : DemoCommand.installedBundle();
        try (ModelBundle b = trust.load(bundlePath); CasePredictor predictor = CasePredictor.open(b)) {
            Inputs in = StderrProgress.run(err, "nothing was written", progress -> caseFile != null
                    ? fromCase(b, progress) : fromImage(err, progress));
            predictor.checkEntered(in.entered());
            CaseMeasurement measured = in.saved() != null ? in.saved()
                    : StderrProgress.run(err, "nothing was written",
                            progress -> predictor.measure(in.ct(), in.tumour(), progress));
            CasePrediction prediction = predictor.predict(measured, in.entered());
            // recorded before the report is written: a prediction that is not in the audit log is not shown
            CliAudit.record(new org.tacerisk.audit.AuditedPrediction("report", b, prediction,
                    org.tacerisk.audit.AuditedPrediction.caseHash(in.ct(), in.tumour()),
                    in.patient() == null ? null : in.patient().patientId()));
            SaliencyMap heat = saliency ? StderrProgress.run(err, "nothing was written",
                    progress -> CaseSaliency.compute(b, in.ct(), in.tumour(), progress)) : null;
            CaseReport.builder(b, measured, prediction, in.ct(), in.tumour()).patient(in.patient())
                    .pseudonymise(pseudonymise).saliency(heat).locale(locale).build().write(out);
        }
        err.println("report written to " + out);
        err.flush();
        return ExitCodes.OK;
    }

    private void checkOptions() {
        CommandLine cl = spec.commandLine();
        if (caseFile != null && (image != null || mask != null || series != null || roi != null)) {
            throw new CommandLine.ParameterException(cl, "--case takes the image and the mask from the case file:"
                    + " give either --case or --image and --mask");
        }
        if (caseFile == null && (bundle == null || image == null || mask == null)) {
            throw new CommandLine.ParameterException(cl, "give --case CASE.tacerisk, or --bundle, --image and --mask");
        }
    }

    private Inputs fromImage(PrintWriter err, org.tacerisk.common.Progress progress) throws java.io.IOException {
        CaseInputOptions options = new CaseInputOptions();
        options.image = image;
        options.series = series;
        options.mask = mask;
        options.roi = roi;
        CaseInputOptions.Case c = options.read(err, progress);
        PatientStudy patient = c.image().series() == null ? null : c.image().series().patientStudy();
        return new Inputs(c.image().volume(), c.mask(), patient, ClinicalEntries.parse(clinical), null);
    }

    /** The case's series (found by its UIDs in the folder it was scanned from), mask, values and measurement. */
    private Inputs fromCase(ModelBundle b, org.tacerisk.common.Progress progress) throws java.io.IOException {
        OpenedCase opened = CaseFile.open(caseFile);
        CaseContents contents = opened.contents();
        Path folder = contents.series().dicomFolder();
        DicomIndex index = DicomScanner.scan(folder);
        var entry = SeriesLocator.find(index, contents.series()).orElseThrow(() -> new BadInputException(caseFile,
                "the case's CT series is no longer in " + folder + "; open the case in the workstation to find it"));
        LoadedSeries loaded = SeriesLoader.load(entry, progress);
        Mask tumour = opened.mask(loaded.volume().geometry());
        // in the predictor's unit: a value typed in IU/mL is converted as the workstation's form did
        Map<String, Double> entered = new LinkedHashMap<>(contents.enteredInPredictorUnits(b.manifest()));
        entered.putAll(ClinicalEntries.parse(clinical));
        CaseMeasurement saved = contents.measurement();
        if (saved != null && !saved.manifestSha256().equals(b.manifestSha256())) {
            saved = null;
        }
        return new Inputs(loaded.volume(), tumour, loaded.reference().patientStudy(), entered, saved);
    }
}
