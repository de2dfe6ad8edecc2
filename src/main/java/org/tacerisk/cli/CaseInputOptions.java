package org.tacerisk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.image.Mask;
import picocli.CommandLine.Option;

/** The {@code --image PATH --mask PATH [--roi NAME]} options of every command that works on one tumour. */
final class CaseInputOptions {

    /** The image (with its DICOM series, if any) and the tumour mask on its grid. */
    record Case(CaseInputs.Image image, Mask mask) {
    }

    @Option(names = "--image", required = true, paramLabel = "PATH", description = "DICOM folder or NIfTI image.")
    Path image;

    @Option(names = "--mask", required = true, paramLabel = "PATH", description = "NIfTI mask, RTSTRUCT or SEG.")
    Path mask;

    @Option(names = "--roi", paramLabel = "NAME", description = "ROI (RTSTRUCT) or segment (SEG) to use.")
    String roi;

    /** Reads both, printing the image's findings (warnings) to {@code err}. */
    Case read(PrintWriter err) throws IOException {
        CaseInputs.Image img = CaseInputs.readImage(image);
        img.findings().forEach(f -> err.println(f.describe()));
        Mask tumour = CaseInputs.readMask(mask, roi, img.volume().geometry(), img.series());
        return new Case(img, tumour);
    }
}
