package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacerisk.dicom.CtSeriesWriter;
import org.tacerisk.dicom.CtWriteOptions;
import org.tacerisk.dicom.RtStructWriter;
import org.tacerisk.dicom.SeriesReference;
import org.tacerisk.image.DemoPhantom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk demo}: writes a synthetic CT with a tumour RTSTRUCT as a PACS export would look, then indexes
 * and converts it exactly as a user's series — the shipped demo until the workstation exists.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a synthetic abdominal CT with one liver tumour (DICOM + RTSTRUCT), then scan and convert"
                + " it to NIfTI as a user's series would be.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the demo (default: ./tacerisk-demo).")
    Path out = Path.of("tacerisk-demo");

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path dicom = out.resolve("dicom");
        Files.createDirectories(dicom);
        DemoPhantom.Phantom phantom = DemoPhantom.small(20261127L);
        CtWriteOptions options = CtWriteOptions.builder()
                .patient("DEMO^SYNTHETIC", "DEMO-0001", "", "O")
                .study(null, "20261127", "120000", "1", "", "Synthetic abdomen (demo)")
                .series(null, 3, "Synthetic portal venous", null)
                .build();
        SeriesReference series = CtSeriesWriter.write(phantom.ct(), dicom, options);
        RtStructWriter.write(phantom.tumour(), series, "Tumour", dicom.resolve("rtstruct.dcm"));
        err.println("wrote a synthetic CT series and its tumour RTSTRUCT to " + dicom);
        err.flush();

        int scan = spec.root().commandLine().execute("dicom", "scan", dicom.toString());
        if (scan != ExitCodes.OK) {
            return scan;
        }
        return spec.root().commandLine().execute("dicom", "convert", dicom.toString(),
                "--out", out.resolve("ct.nii.gz").toString(), "--mask-out", out.resolve("tumour.nii.gz").toString());
    }
}
