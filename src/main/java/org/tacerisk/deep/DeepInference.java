package org.tacerisk.deep;

import org.tacerisk.common.Progress;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/** One tumour through one model: crop by the model's own input spec, then predict. The CLI and GUI both call this. */
public final class DeepInference {

    /** The prediction, the crop it was made from, and how long each step took. */
    public record Result(DeepOutput output, Crop crop, long cropNanos, long inferenceNanos) {
    }

    private DeepInference() {
    }

    /**
     * @throws org.tacerisk.common.BadInputException when the mask is empty or not on the CT's grid
     */
    public static Result infer(DeepModel model, Volume ct, Mask tumour) {
        return infer(model, ct, tumour, Progress.NONE);
    }

    /**
     * As {@link #infer(DeepModel, Volume, Mask)}, reporting "tumour crop" and "deep-model inference" and checking
     * for a cancel between them (each takes milliseconds; a forward pass cannot be interrupted).
     *
     * @throws org.tacerisk.common.Cancelled when cancelled
     */
    public static Result infer(DeepModel model, Volume ct, Mask tumour, Progress progress) {
        progress.checkCancelled();
        progress.report("tumour crop", 0);
        long start = System.nanoTime();
        Crop crop = TumourCrop.of(ct, tumour, model.inputSpec());
        long cropped = System.nanoTime();
        progress.checkCancelled();
        progress.report("deep-model inference", 0.5);
        DeepOutput output = model.predict(crop.chw());
        long inferred = System.nanoTime();
        progress.report("deep-model inference", 1);
        return new Result(output, crop, cropped - start, inferred - cropped);
    }
}
