package org.tacerisk.dicom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Finding;
import org.tacerisk.common.Progress;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;

/**
 * DICOM folder → NIfTI image (and optionally an RTSTRUCT ROI → NIfTI mask on the same grid). Everything that can
 * fail is checked and read before the first file is written, and a failed mask write takes the image back with it:
 * the outputs are written together or not at all.
 */
public final class DicomConversion {

    /**
     * What to convert. {@code seriesChoice} (UID or number), {@code rtstruct}, {@code roiName} and {@code maskOut}
     * may be null.
     */
    public record Request(Path dicomDir, String seriesChoice, Path imageOut, Path rtstruct, String roiName,
            Path maskOut) {
    }

    /** What was written, with every finding met on the way. */
    public record Result(SeriesEntry series, LoadedSeries loaded, Path imageOut, Path rtstruct, String roiName,
            Mask mask, Path maskOut, List<Finding> findings) {
    }

    /** Where in the range the writing starts (scanning and loading come before). */
    private static final double WRITING = 0.9;

    private DicomConversion() {
    }

    /**
     * @throws BadInputException       (nothing written) when the series cannot be loaded, an output name is not
     *                                 .nii/.nii.gz, no structure set is drawn on the series, or the ROI cannot be
     *                                 read
     * @throws ChoiceRequiredException (nothing written) when a series, structure set or ROI must be chosen
     */
    public static Result convert(Request request) throws IOException {
        return convert(request, Progress.NONE);
    }

    /**
     * As {@link #convert(Request)}, reporting the scan, the series' load and the writing to {@code progress}.
     *
     * @throws Cancelled (nothing written) when {@code progress} is cancelled before the writing starts; the
     *                   writing itself (seconds at most) is not interrupted
     */
    public static Result convert(Request request, Progress progress) throws IOException {
        Nifti.checkName(request.imageOut());
        if (request.maskOut() != null) {
            Nifti.checkName(request.maskOut());
        }
        DicomIndex index = DicomScanner.scan(request.dicomDir(), progress.slice(0, CaseInputs.SCAN));
        SeriesEntry series = SeriesSelection.choose(index, request.seriesChoice());
        LoadedSeries loaded = SeriesLoader.load(series, progress.slice(CaseInputs.SCAN, WRITING));
        List<Finding> findings = new ArrayList<>(loaded.findings());
        if (request.maskOut() == null) {
            progress.checkCancelled();
            progress.report("writing " + request.imageOut().getFileName(), WRITING);
            Nifti.write(loaded.volume(), request.imageOut());
            progress.report("written", 1);
            return new Result(series, loaded, request.imageOut(), null, null, null, null, findings);
        }
        Path rtstruct = request.rtstruct() != null ? request.rtstruct() : structureSet(index, series, request);
        String roi = request.roiName() != null ? request.roiName() : CaseInputs.onlyOne(rtstruct,
                ChoiceRequiredException.Subject.ROI, RtStructReader.choices(RtStructReader.listRois(rtstruct)));
        MaskRead read = CaseInputs.readMask(rtstruct, roi, loaded.volume().geometry(), loaded.reference());
        findings.addAll(read.findings());
        Mask mask = read.mask();
        if (mask.isEmpty()) {
            findings.add(Finding.warning("EMPTY_MASK", "ROI \"" + roi + "\" covers no voxel of the chosen series",
                    "check that the structure set was drawn on this series"));
        }
        progress.checkCancelled();
        progress.report("writing " + request.imageOut().getFileName() + " and " + request.maskOut().getFileName(),
                WRITING);
        writeBoth(loaded, mask, request);
        progress.report("written", 1);
        return new Result(series, loaded, request.imageOut(), rtstruct, roi, mask, request.maskOut(), findings);
    }

    /** The RTSTRUCT of the folder drawn on {@code series}: exactly one, or the user must say which. */
    private static Path structureSet(DicomIndex index, SeriesEntry series, Request request) {
        List<NonImageObject> found = SeriesSelection.structureSets(index, series);
        if (found.isEmpty()) {
            throw new BadInputException(request.dicomDir(), "no structure set (RTSTRUCT) in this folder is drawn on"
                    + " the chosen series (" + SeriesSelection.describe(series) + "), so there is no mask to write;"
                    + " give the structure set's file, or convert the image alone; nothing was written");
        }
        if (found.size() > 1) {
            throw new ChoiceRequiredException(request.dicomDir(), ChoiceRequiredException.Subject.STRUCTURE_SET,
                    null, found.size() + " structure sets in this folder are drawn on the chosen series",
                    found.stream().map(o -> new ChoiceRequiredException.Choice(o.file().toString(),
                            o.file() + " \"" + (o.description() == null ? "" : o.description()) + "\"")).toList());
        }
        return found.get(0).file();
    }

    /** Image, then mask; when the mask cannot be written the image just written is removed again. */
    private static void writeBoth(LoadedSeries loaded, Mask mask, Request request) throws IOException {
        Nifti.write(loaded.volume(), request.imageOut());
        try {
            Nifti.write(mask, request.maskOut());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(request.imageOut());
            throw e;
        }
    }
}
