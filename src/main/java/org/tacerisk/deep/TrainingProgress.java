package org.tacerisk.deep;

/** Called after every epoch (on the training thread): mean weighted training loss and validation AUC. */
@FunctionalInterface
public interface TrainingProgress {

    TrainingProgress NONE = (epoch, loss, valAuc) -> { };

    void epoch(int epoch, double trainLoss, double valAuc);
}
