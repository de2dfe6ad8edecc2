package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tacerisk.common.BadInputException;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.filter.FilterSpec;
import org.tacerisk.radiomics.filter.ImageFilter;
import org.tacerisk.radiomics.filter.ScaleTooFineException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk filter --image IMAGE.nii.gz --spec FILE.yaml --out RESPONSE.nii.gz}: one IBSI-2 filter. */
@Command(name = "filter", mixinStandardHelpOptions = true,
        description = "Apply an IBSI-2 convolutional filter (mean, LoG, Laws, ...) to a NIfTI image; the response map"
                + " is written as float32 NIfTI on the input grid.")
final class FilterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--image", required = true, paramLabel = "IMAGE.nii.gz", description = "NIfTI image.")
    Path image;

    @Option(names = "--spec", required = true, paramLabel = "FILE.yaml",
            description = "Filter spec (YAML, see docs/filters.md; IBSI-2 tests in docs/ibsi2/).")
    Path specFile;

    @Option(names = "--out", required = true, paramLabel = "RESPONSE.nii.gz", description = "Response map to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        // The spec first: a bad spec is reported before a large image is read.
        ImageFilter filter = FilterSpec.load(specFile);
        Volume input = Nifti.readVolume(image);
        try {
            filter.checkGrid(input.geometry());
        } catch (ScaleTooFineException e) {
            throw new BadInputException(image, e.getMessage() + " (spec " + specFile + ")", e);
        }
        long start = System.nanoTime();
        float[] response = filter.apply(input.toFloatArray(), input.geometry());
        long ms = (System.nanoTime() - start) / 1_000_000;
        Nifti.write(Volume.ofFloats(input.geometry(), response, ""), out);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%s: %s in %d ms -> %s%n", image.getFileName(), filter.imageTypeName(), ms, out);
        err.flush();
        return ExitCodes.OK;
    }
}
