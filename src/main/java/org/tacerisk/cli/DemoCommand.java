package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tacerisk.cohort.synth.SynthSize;
import org.tacerisk.cohort.synth.SyntheticCohortWriter;
import org.tacerisk.cohort.synth.SyntheticPatient;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk demo}: the shipped demo until the workstation exists. Writes one SYNTHETIC patient (CT as DICOM,
 * tumour as RTSTRUCT) as a PACS export would look, scans and converts it exactly as a user's series, then predicts
 * its risk with the SYNTHETIC DEMO bundle — the steps a radiologist's case goes through.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Write one SYNTHETIC patient's CT (DICOM + RTSTRUCT), scan and convert it as a user's series"
                + " would be, then predict its risk with the SYNTHETIC DEMO model bundle (models/hcc-tace-demo).",
            "Not patient data; not for clinical use."})
final class DemoCommand implements Callable<Integer> {

    /** The demo model's cohort (docs/demo-model.md): seed, size and the patient shown, from its test cohort. */
    static final long SEED = 20261127L;
    static final int PATIENTS = 475;
    static final int PATIENT = 300;
    static final String BUNDLE = "models/hcc-tace-demo";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the demo (default: ./tacerisk-demo).")
    Path out = Path.of("tacerisk-demo");

    @Option(names = "--bundle", paramLabel = "DIR",
            description = "Model bundle to predict with (default: the installation's " + BUNDLE + ").")
    Path bundle;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(out);
        SyntheticPatient p = SyntheticCohortWriter.writeOne(out, SEED, PATIENTS, PATIENT, SynthSize.FULL);
        Path dicom = out.resolve(SyntheticCohortWriter.imagePath(p));
        err.println("SYNTHETIC patient " + p.patientId() + " (test cohort of the demo model, never used to train"
                + " it): CT and tumour RTSTRUCT written to " + dicom);
        err.flush();

        int scan = spec.root().commandLine().execute("dicom", "scan", dicom.toString());
        if (scan != ExitCodes.OK) {
            return scan;
        }
        Path mask = out.resolve("tumour.nii.gz");
        int convert = spec.root().commandLine().execute("dicom", "convert", dicom.toString(),
                "--out", out.resolve("ct.nii.gz").toString(), "--mask-out", mask.toString());
        if (convert != ExitCodes.OK) {
            return convert;
        }
        Path model = bundle != null ? bundle : installedBundle();
        if (!Files.isDirectory(model)) {
            err.println("no model bundle at " + model + "; skipping the prediction (give one with --bundle)");
            return ExitCodes.OK;
        }
        String clinical = clinicalEntries(model, p);
        err.println();
        err.println("tacerisk predict --bundle " + model + " --image " + dicom + " --mask " + mask + " --clinical "
                + clinical);
        err.flush();
        return spec.root().commandLine().execute("predict", "--bundle", model.toString(), "--image",
                dicom.toString(), "--mask", mask.toString(), "--clinical", clinical);
    }

    /**
     * The patient's clinical values the bundle takes: its entered predictors, and the tumour size, which predict
     * also checks against the mask. Values the model does not use would only be reported as unused.
     */
    private static String clinicalEntries(Path model, SyntheticPatient p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("tumor_size_cm", number(p.tumourSizeCm()));
        values.put("nodules", Integer.toString(p.nodules()));
        values.put("afp_ng_ml", number(p.afpNgMl()));
        List<String> entered;
        try (ModelBundle b = ModelBundle.load(model)) {
            entered = b.manifest().predictors().stream()
                    .filter(x -> x.source() == PredictorSpecification.Source.ENTERED)
                    .map(PredictorSpecification::id).toList();
        }
        return values.entrySet().stream().filter(e -> e.getKey().equals("tumor_size_cm")
                || entered.contains(e.getKey())).map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** The demo bundle of the installation ({@code -Dtacerisk.home}), else of the working folder (a source tree). */
    static Path installedBundle() {
        String home = System.getProperty("tacerisk.home");
        return home == null ? Path.of(BUNDLE) : Path.of(home).resolve(BUNDLE);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
