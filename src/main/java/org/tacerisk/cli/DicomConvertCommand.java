package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.dicom.DicomConversion;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tacerisk dicom convert DIR [--series UID|NUMBER] --out IMAGE.nii.gz [--rtstruct FILE] [--roi NAME]
 * [--mask-out MASK.nii.gz]}.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert one CT series to NIfTI, and optionally an RTSTRUCT ROI to a NIfTI mask on the same"
                + " grid. Nothing is written unless everything can be.")
final class DicomConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder holding the DICOM series.")
    Path dir;

    @Option(names = "--series", paramLabel = "UID|NUMBER",
            description = "Series to convert, by SeriesInstanceUID or series number; needed only when the folder"
                    + " holds several CT series.")
    String series;

    @Option(names = "--out", required = true, paramLabel = "IMAGE.nii.gz", description = "NIfTI image to write.")
    Path out;

    @Option(names = "--rtstruct", paramLabel = "FILE",
            description = "RTSTRUCT file; default: the one in DIR that references the series.")
    Path rtstruct;

    @Option(names = "--roi", paramLabel = "NAME", description = "ROI to rasterise; optional when there is one.")
    String roi;

    @Option(names = "--mask-out", paramLabel = "MASK.nii.gz", description = "NIfTI mask to write.")
    Path maskOut;

    @Option(names = "--json", description = "Print what was written as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if ((rtstruct != null || roi != null) && maskOut == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rtstruct and --roi need --mask-out to say where the mask goes");
        }
        PrintWriter err = spec.commandLine().getErr();
        DicomConversion.Result result = StderrProgress.run(err, "nothing was written", progress -> DicomConversion
                .convert(new DicomConversion.Request(dir, series, out, rtstruct, roi, maskOut), progress));
        result.findings().forEach(f -> err.println(f.describe()));
        err.flush();
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), toJson(result));
        } else {
            printWritten(result, err);
        }
        return ExitCodes.OK;
    }

    /** What was written, as people read it (also {@code tacerisk demo}'s lines). */
    static void printWritten(DicomConversion.Result result, PrintWriter err) {
        Volume v = result.loaded().volume();
        err.printf("wrote %s: %s%n", result.imageOut(), describe(v.geometry()));
        if (result.mask() != null) {
            err.printf("wrote %s: ROI \"%s\", %d voxels (%.2f mL)%n", result.maskOut(), result.roiName(),
                    result.mask().count(), volumeMl(result));
        }
        err.flush();
    }

    private static Map<String, Object> toJson(DicomConversion.Result r) {
        Volume v = r.loaded().volume();
        ImageGeometry g = v.geometry();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seriesInstanceUid", r.series().seriesInstanceUid());
        m.put("image", r.imageOut().toString());
        m.put("size", new int[] {g.nx(), g.ny(), g.nz()});
        m.put("spacingMm", g.spacing());
        m.put("originLpsMm", g.origin());
        m.put("direction", g.direction());
        float[] range = v.range();
        m.put("unit", v.unit());
        m.put("min", range[0]);
        m.put("max", range[1]);
        if (r.mask() != null) {
            Map<String, Object> mask = new LinkedHashMap<>();
            mask.put("file", r.maskOut().toString());
            mask.put("rtstruct", r.rtstruct().toString());
            mask.put("roi", r.roiName());
            mask.put("voxels", r.mask().count());
            mask.put("volumeMl", volumeMl(r));
            m.put("mask", mask);
        }
        m.put("findings", r.findings());
        return m;
    }

    private static double volumeMl(DicomConversion.Result r) {
        return r.mask().count() * r.mask().geometry().voxelVolumeMm3() / 1000.0;
    }

    private static String describe(ImageGeometry g) {
        return g.nx() + "x" + g.ny() + "x" + g.nz() + " voxels, spacing " + Arrays.toString(g.spacing()) + " mm";
    }
}
