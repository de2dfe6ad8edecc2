package org.tacerisk.deep;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a training run did: epochs run, the epoch kept (best validation AUC), its AUC and validation loss, the
 * split sizes, the wall time, the model folder (null when none was written) and every epoch's metrics.
 */
public record TrainingSummary(int epochs, int bestEpoch, double bestValAuc, double bestValLoss, int trainCases,
        int valCases, long millis, Path modelDir, List<Epoch> history) {

    public TrainingSummary {
        history = List.copyOf(history);
    }

    /**
     * One epoch: mean class-weighted training loss, validation AUC and mean unweighted validation loss.
     *
     * @param epoch counted from 1
     */
    public record Epoch(int epoch, double trainLoss, double validationAuc, double validationLoss) {

        /** The progress step a finished epoch reports, e.g. "epoch 3/15: loss 0.6487, validation AUC 0.6667". */
        public String describe(int maxEpochs) {
            return String.format(Locale.ROOT, "epoch %d/%d: loss %.4f, validation AUC %.4f", epoch, maxEpochs,
                    trainLoss, validationAuc);
        }
    }
}
