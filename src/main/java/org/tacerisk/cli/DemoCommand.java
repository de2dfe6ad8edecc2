package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tacerisk.app.Installation;
import org.tacerisk.common.DisplayNumbers;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.predict.CasePredictor;
import org.tacerisk.predict.DemoCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk demo}: the shipped demo case ({@link DemoCase}, the same call as the workstation's "Open demo
 * case"), shown as {@code dicom scan}, {@code dicom convert} and {@code predict} would show its steps.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Write one SYNTHETIC patient's CT (DICOM + RTSTRUCT), scan and convert it as a user's series"
                + " would be, then predict its risk with the SYNTHETIC DEMO model bundle (models/hcc-tace-demo).",
            "Not patient data; not for clinical use."})
final class DemoCommand implements Callable<Integer> {

    static final String BUNDLE = Installation.DEMO_BUNDLE;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    BundleTrustOptions trust;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the demo (default: ./tacerisk-demo).")
    Path out = Path.of("tacerisk-demo");

    @Option(names = "--bundle", paramLabel = "DIR",
            description = "Model bundle to predict with (default: the installation's " + BUNDLE + ").")
    Path bundle;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path model = bundle != null ? bundle : installedBundle();
        if (!Files.isDirectory(model)) {
            DemoCase.Opened c = StderrProgress.run(err, "what was written so far stays in " + out,
                    progress -> DemoCase.open(out, null, progress));
            show(c, stdout, err);
            err.println("no model bundle at " + model + "; skipping the prediction (give one with --bundle)");
            return ExitCodes.OK;
        }
        try (ModelBundle b = trust.load(model); CasePredictor predictor = CasePredictor.open(b)) {
            DemoCase.Opened c = StderrProgress.run(err, "what was written so far stays in " + out,
                    progress -> DemoCase.open(out, predictor, progress));
            show(c, stdout, err);
            String clinical = c.entered().entrySet().stream()
                    .map(e -> e.getKey() + "=" + DisplayNumbers.exact(e.getValue())).collect(Collectors.joining(","));
            err.println();
            err.println("tacerisk predict --bundle " + model + " --image " + c.dicom() + " --mask "
                    + c.conversion().maskOut() + " --clinical " + clinical);
            err.flush();
            PredictCommand.print(stdout, b, c.prediction());
        }
        return ExitCodes.OK;
    }

    private static void show(DemoCase.Opened c, PrintWriter stdout, PrintWriter err) {
        err.println("SYNTHETIC patient " + c.patient().patientId() + " (test cohort of the demo model, never used to"
                + " train it): CT and tumour RTSTRUCT written to " + c.dicom());
        err.flush();
        DicomScanCommand.printHuman(c.index(), stdout);
        stdout.flush();
        c.conversion().findings().forEach(f -> err.println(f.describe()));
        DicomConvertCommand.printWritten(c.conversion(), err);
    }

    /** The installation's demo bundle: the same lookup as the workstation's default bundle. */
    static Path installedBundle() {
        return Installation.demoBundle();
    }
}
