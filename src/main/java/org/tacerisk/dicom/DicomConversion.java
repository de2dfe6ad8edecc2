package org.tacerisk.dicom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;

/** DICOM folder → NIfTI image (and optionally an RTSTRUCT ROI → NIfTI mask on the same grid). */
public final class DicomConversion {

    /** What to convert. {@code seriesUid}, {@code rtstruct}, {@code roiName} and {@code maskOut} may be null. */
    public record Request(Path dicomDir, String seriesUid, Path imageOut, Path rtstruct, String roiName,
            Path maskOut) {
    }

    /** What was written, with every finding met on the way. */
    public record Result(SeriesEntry series, LoadedSeries loaded, Path imageOut, Path rtstruct, String roiName,
            Mask mask, Path maskOut, List<Finding> findings) {
    }

    private DicomConversion() {
    }

    public static Result convert(Request request) throws IOException {
        DicomIndex index = DicomScanner.scan(request.dicomDir());
        SeriesEntry series = SeriesSelection.choose(index, request.seriesUid());
        LoadedSeries loaded = SeriesLoader.load(series);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        Nifti.write(loaded.volume(), request.imageOut());
        if (request.maskOut() == null) {
            return new Result(series, loaded, request.imageOut(), null, null, null, null, findings);
        }
        Path rtstruct = request.rtstruct();
        if (rtstruct == null) {
            rtstruct = SeriesSelection.structureSetFor(index, series).map(NonImageObject::file)
                    .orElseThrow(() -> new BadInputException(request.dicomDir(), "no single RTSTRUCT in this folder"
                            + " references the chosen series; name one with --rtstruct FILE"));
        }
        Mask mask = CaseInputs.readMask(rtstruct, request.roiName(), loaded.volume().geometry(),
                loaded.reference());
        String roi = request.roiName() != null ? request.roiName()
                : RtStructReader.listRois(rtstruct).get(0).name();
        if (mask.isEmpty()) {
            findings.add(Finding.warning("EMPTY_MASK", "ROI \"" + roi + "\" covers no voxel of the chosen series",
                    "check that the structure set was drawn on this series"));
        }
        Nifti.write(mask, request.maskOut());
        return new Result(series, loaded, request.imageOut(), rtstruct, roi, mask, request.maskOut(), findings);
    }
}
