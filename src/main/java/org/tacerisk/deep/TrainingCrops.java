package org.tacerisk.deep;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.ChoiceRequiredException;
import org.tacerisk.common.Progress;
import org.tacerisk.dicom.CaseInputs;
import org.tacerisk.image.Mask;

/**
 * The training set of a {@link TrainingManifest}: every row's image and mask read as every command that takes an
 * image and a mask reads them ({@link CaseInputs}: DICOM folder or NIfTI; NIfTI, RTSTRUCT or SEG), and the tumour
 * cropped by the input spec ({@link TumourCrop}). The command line and the workstation call this, then
 * {@link DeepTrainer#train}.
 */
public final class TrainingCrops {

    private TrainingCrops() {
    }

    /**
     * One {@link TrainingCase} per row, in manifest order.
     *
     * @param progress told "case 3/266: P017" before each case is read; checked between cases
     * @throws BadInputException naming the manifest, the row's line and patient when a case cannot be read (a
     *                           row whose file holds several series or ROIs says to name one in the manifest's
     *                           series or roi column)
     * @throws org.tacerisk.common.Cancelled when cancelled
     */
    public static List<TrainingCase> from(TrainingManifest manifest, InputSpec spec, Progress progress)
            throws IOException {
        List<TrainingManifest.Entry> entries = manifest.entries();
        List<TrainingCase> out = new ArrayList<>(entries.size());
        for (int n = 0; n < entries.size(); n++) {
            progress.checkCancelled();
            TrainingManifest.Entry e = entries.get(n);
            progress.report("case " + (n + 1) + "/" + entries.size() + ": " + e.patientId(),
                    (double) n / entries.size());
            out.add(new TrainingCase(e.patientId(), crop(manifest, e, spec).chw(), e.outcome()));
        }
        return out;
    }

    private static Crop crop(TrainingManifest manifest, TrainingManifest.Entry e, InputSpec spec)
            throws IOException {
        try {
            CaseInputs.Image img = CaseInputs.readImage(e.image(), e.series());
            Mask mask = CaseInputs.readMask(e.mask(), e.roi(), img.volume().geometry(), img.series()).mask();
            return TumourCrop.of(img.volume(), mask, spec);
        } catch (ChoiceRequiredException ex) {
            throw rowProblem(manifest, e, ex.getMessage() + "; name it in the manifest's "
                    + (ex.subject() == ChoiceRequiredException.Subject.SERIES ? "series" : "roi") + " column", ex);
        } catch (BadInputException ex) {
            throw rowProblem(manifest, e, ex.getMessage(), ex);
        } catch (NoSuchFileException ex) {
            throw rowProblem(manifest, e, "no such file or folder: " + ex.getFile(), ex);
        }
    }

    private static BadInputException rowProblem(TrainingManifest manifest, TrainingManifest.Entry e, String problem,
            Exception cause) {
        return new BadInputException(manifest.source(), "line " + e.line() + " (" + e.patientId() + "): " + problem,
                cause);
    }
}
