package org.tacerisk.deep;

import java.nio.file.Path;

/**
 * What a training run did: epochs run, the epoch kept (best validation AUC), its AUC and validation loss, the
 * split sizes and the wall time.
 */
public record TrainingSummary(int epochs, int bestEpoch, double bestValAuc, double bestValLoss, int trainCases,
        int valCases, long millis, Path modelDir) {
}
