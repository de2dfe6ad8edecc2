package org.tacerisk.deep;

/**
 * How {@link DeepTrainer} trains a {@link CompactResNet}: immutable, stored in {@code model.json}.
 *
 * @param spec            the crops' input spec
 * @param width           first-stage channels of the network
 * @param blocksPerStage  residual blocks per stage
 * @param dropout         dropout before the last layer
 * @param maxEpochs       upper bound on epochs
 * @param patience        stop after this many epochs without a better validation AUC
 * @param batchSize       mini-batch size
 * @param learningRate    Adam's learning rate
 * @param weightDecay     Adam's L2 weight decay
 * @param valFraction     share of each class held out for validation (stratified)
 * @param seed            seed of the split, the initial weights, the shuffles, the augmentation and dropout
 * @param augmenter       training-time augmentation
 */
public record TrainingOptions(InputSpec spec, int width, int blocksPerStage, double dropout, int maxEpochs,
        int patience, int batchSize, double learningRate, double weightDecay, double valFraction, long seed,
        Augmenter augmenter) {

    public TrainingOptions {
        if (maxEpochs < 1 || patience < 1 || batchSize < 2 || !(learningRate > 0) || weightDecay < 0
                || !(valFraction > 0 && valFraction < 1)) {
            throw new IllegalArgumentException("invalid training options: epochs " + maxEpochs + ", patience "
                    + patience + ", batch " + batchSize + ", learning rate " + learningRate + ", weight decay "
                    + weightDecay + ", validation fraction " + valFraction);
        }
        new CompactResNet.Config(spec.channels(), width, blocksPerStage, dropout);
    }

    /** Width 16, one block per stage, dropout 0.2, ≤ 30 epochs, patience 5, batch 32, Adam 1e-3, 20 % validation. */
    public static TrainingOptions defaults(InputSpec spec) {
        return new TrainingOptions(spec, 16, 1, 0.2, 30, 5, 32, 1e-3, 1e-4, 0.2, 20251127L, Augmenter.defaults());
    }

    public TrainingOptions withEpochs(int epochs) {
        return new TrainingOptions(spec, width, blocksPerStage, dropout, epochs, patience, batchSize, learningRate,
                weightDecay, valFraction, seed, augmenter);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(spec, width, blocksPerStage, dropout, maxEpochs, patience, batchSize,
                learningRate, weightDecay, valFraction, newSeed, augmenter);
    }

    public TrainingOptions withValFraction(double fraction) {
        return new TrainingOptions(spec, width, blocksPerStage, dropout, maxEpochs, patience, batchSize,
                learningRate, weightDecay, fraction, seed, augmenter);
    }

    public TrainingOptions withPatience(int newPatience) {
        return new TrainingOptions(spec, width, blocksPerStage, dropout, maxEpochs, newPatience, batchSize,
                learningRate, weightDecay, valFraction, seed, augmenter);
    }

    public TrainingOptions withWidth(int newWidth) {
        return new TrainingOptions(spec, newWidth, blocksPerStage, dropout, maxEpochs, patience, batchSize,
                learningRate, weightDecay, valFraction, seed, augmenter);
    }

    public CompactResNet.Config networkConfig() {
        return new CompactResNet.Config(spec.channels(), width, blocksPerStage, dropout);
    }
}
