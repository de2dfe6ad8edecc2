package org.tacerisk.predict;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.deep.OcclusionSaliency;
import org.tacerisk.deep.SaliencyMap;
import org.tacerisk.deep.SaliencyRun;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;
import org.tacerisk.model.ModelBundle;

/**
 * The deep model's saliency for one case, as the workstation shows it over the axial view: the bundle's deep model
 * on the tumour crop, occlusion saliency with the defaults of {@code tacerisk deep saliency}, drawn on the CT slice
 * the crop is centred on. A thin wrapper over {@link SaliencyRun}, so the map equals what the command line gives.
 */
public final class CaseSaliency {

    private CaseSaliency() {
    }

    /**
     * Loads the bundle's deep model, maps the saliency and closes the model again.
     *
     * @param progress told the steps; checked between batches of occluded crops, so a cancel stops within one batch
     * @throws BadInputException             when the bundle has no deep model, or the mask is empty or off the grid
     * @throws org.tacerisk.common.Cancelled when cancelled
     */
    public static SaliencyMap compute(ModelBundle bundle, Volume ct, Mask tumour, Progress progress) {
        if (bundle.deepModelDir() == null) {
            throw new BadInputException(bundle.source(), "model " + bundle.manifest().name() + " "
                    + bundle.manifest().version() + " has no deep model, so it has no saliency map");
        }
        progress.checkCancelled();
        progress.report("loading the deep model", 0);
        try (DeepModel model = DeepModels.load(bundle.deepModelDir())) {
            return compute(model, ct, tumour, progress.slice(0.02, 1));
        }
    }

    /** As {@link #compute(ModelBundle, Volume, Mask, Progress)} with a model the caller keeps open. */
    public static SaliencyMap compute(DeepModel model, Volume ct, Mask tumour, Progress progress) {
        try {
            return SaliencyRun.run(model, ct, tumour, OcclusionSaliency.defaults(), null, progress).map();
        } catch (IOException e) {
            // without a PNG path SaliencyRun writes nothing, so no I/O can fail
            throw new UncheckedIOException(e);
        }
    }
}
