package org.tacerisk.deep;

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
        long start = System.nanoTime();
        Crop crop = TumourCrop.of(ct, tumour, model.inputSpec());
        long cropped = System.nanoTime();
        DeepOutput output = model.predict(crop.chw());
        return new Result(output, crop, cropped - start, System.nanoTime() - cropped);
    }
}
