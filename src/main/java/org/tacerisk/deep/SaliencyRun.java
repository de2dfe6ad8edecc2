package org.tacerisk.deep;

import java.io.IOException;
import java.nio.file.Path;
import org.tacerisk.common.Progress;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * One tumour's saliency: crop by the model's input spec, the probability ({@link DeepInference}, so it equals what
 * inference reports), the occlusion map on the CT slice the crop is centred on and, when asked, the overlay PNG in
 * the model's HU window. The command line ({@code deep saliency}) and the workstation call this.
 */
public final class SaliencyRun {

    /** The probability, the crop it came from, the map on the CT slice and the time the map took. */
    public record Result(double probability, Crop crop, SaliencyMap map, long saliencyMillis) {
    }

    private SaliencyRun() {
    }

    /**
     * @param png      where to write the overlay (atomically), or null for none
     * @param progress told the steps (crop, inference, "occlusion saliency: 64/226 windows", "saliency overlay");
     *                 checked between batches of windows, so a cancel stops within one batch and writes no PNG
     * @throws org.tacerisk.common.BadInputException when the mask is empty or not on the CT's grid
     * @throws org.tacerisk.common.Cancelled         when cancelled
     */
    public static Result run(DeepModel model, Volume ct, Mask tumour, OcclusionSaliency occlusion, Path png,
            Progress progress) throws IOException {
        DeepInference.Result inferred = DeepInference.infer(model, ct, tumour, progress.slice(0, 0.05));
        long start = System.nanoTime();
        SaliencyMap map = occlusion.map(model, inferred.crop(), ct.geometry().nx(), ct.geometry().ny(),
                progress.slice(0.05, png == null ? 1 : 0.95));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (png != null) {
            progress.checkCancelled();
            progress.report("saliency overlay", 0.95);
            InputSpec spec = model.inputSpec();
            SaliencyOverlay.writePng(ct, map, spec.windowLowHu(), spec.windowHighHu(), png);
            progress.report("saliency overlay", 1);
        }
        return new Result(inferred.output().probability(), inferred.crop(), map, millis);
    }
}
