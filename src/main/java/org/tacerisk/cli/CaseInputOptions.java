package org.tacerisk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.dicom.MaskRead;
import org.tacerisk.image.Mask;
import picocli.CommandLine.Option;

/** The {@code --image PATH [--series UID|NUMBER] --mask PATH [--roi NAME|LABEL]} options of every one-tumour command. */
final class CaseInputOptions {

    /** The image (with its DICOM series, if any) and the tumour mask on its grid. */
    record Case(CaseInputs.Image image, Mask mask) {
    }

    @Option(names = "--image", required = true, paramLabel = "PATH", description = "DICOM folder or NIfTI image.")
    Path image;

    @Option(names = "--series", paramLabel = "UID|NUMBER",
            description = "Series of the DICOM folder to use, by SeriesInstanceUID or series number; needed only"
                    + " when the folder holds several CT series.")
    String series;

    @Option(names = "--mask", required = true, paramLabel = "PATH",
            description = "NIfTI label image, RTSTRUCT or DICOM SEG.")
    Path mask;

    @Option(names = "--roi", paramLabel = "NAME|LABEL",
            description = "ROI (RTSTRUCT), segment (SEG) or label (NIfTI: its number, or its name from the label"
                    + " table next to the mask); needed only when the mask holds several.")
    String roi;

    /** Reads both, printing the image's and the mask's findings (warnings) to {@code err}. */
    Case read(PrintWriter err) throws IOException {
        return read(err, Progress.NONE);
    }

    /** As {@link #read(PrintWriter)}, reporting the DICOM reading to {@code progress}. */
    Case read(PrintWriter err, Progress progress) throws IOException {
        CaseInputs.Image img = CaseInputs.readImage(image, series, progress);
        img.findings().forEach(f -> err.println(f.describe()));
        MaskRead tumour = CaseInputs.readMask(mask, roi, img.volume().geometry(), img.series());
        tumour.findings().forEach(f -> err.println(f.describe()));
        err.flush();
        return new Case(img, tumour.mask());
    }
}
