package org.tacerisk.deep;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.OrderedMap;
import org.tacerisk.common.Progress;

/**
 * Trains a {@link CompactResNet} on tumour crops: seeded stratified train/validation split, augmentation, class
 * weights (each class carries half the loss: weighted binary cross-entropy on the logit), Adam on mini-batches,
 * early stopping on validation AUC: training stops after {@code patience} epochs without a higher AUC, and the
 * epoch kept is the one with the highest AUC (among equal AUCs, the lowest validation loss: on an easy problem the
 * AUC reaches 1 early and the loss still tells the epochs apart). Its parameters are written as a model folder
 * ({@link DjlModelFiles}).
 *
 * <p>Reproducible: the split, the initial weights, the shuffles and the augmentation come from Java generators
 * seeded by {@code options.seed()}; dropout uses the engine's generator, seeded with the same value. Because that
 * generator is global to the engine, trainings in one JVM run one at a time. Bit-identical weights need the same
 * number of engine threads as well ({@link DeepEngine} fixes it per machine): sums split differently over threads
 * round differently.
 */
public final class DeepTrainer {

    private static final Object ENGINE_RANDOM = new Object();
    private static final int EVAL_BATCH = 64;

    private DeepTrainer() {
    }

    /**
     * Trains and, when {@code outDir} is not null, writes the model folder there.
     *
     * @param progress told each epoch ("training epoch 3/15" while its batches run, then "epoch 3/15: loss 0.6487,
     *                 validation AUC 0.6667"; the fraction is of {@code options.maxEpochs()}, so early stopping
     *                 jumps to the end); checked before every mini-batch and between its forward and backward
     *                 pass, so a cancel stops the training within part of a batch with {@link Cancelled}, and
     *                 nothing is written
     */
    public static TrainingSummary train(List<TrainingCase> cases, TrainingOptions options, Path outDir,
            Progress progress) throws IOException {
        return train(cases, Map.of(), options, outDir, progress);
    }

    /**
     * As {@link #train(List, TrainingOptions, Path, Progress)}; {@code cohortById} (patient id → cohort, may be
     * empty) goes into the model folder's record: the row count per cohort in model.json and every row in
     * {@value TrainingCasesFile#NAME}.
     */
    public static TrainingSummary train(List<TrainingCase> cases, Map<String, String> cohortById,
            TrainingOptions options, Path outDir, Progress progress) throws IOException {
        checkCases(cases, options.spec());
        long start = System.nanoTime();
        SplittableRandom root = new SplittableRandom(options.seed());
        Split split = Split.stratified(cases, options.valFraction(), root.split());
        long initSeed = root.nextLong();
        SplittableRandom batches = root.split();
        InputSpec spec = options.spec();
        CompactResNet.Config netConfig = options.networkConfig();
        Result result;
        DeepEngine.start();
        synchronized (ENGINE_RANDOM) {
            Engine.getEngine(DeepEngine.ENGINE_NAME).setRandomSeed((int) options.seed());
            CompactResNet net = new CompactResNet(netConfig);
            try (Model model = Model.newInstance(CompactResNet.ARCHITECTURE, Device.cpu(), DeepEngine.ENGINE_NAME)) {
                model.setBlock(net);
                DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                        .optDevices(new Device[] {Device.cpu()})
                        .optInitializer(new SeededHeInitializer(initSeed), Parameter.Type.WEIGHT)
                        .optOptimizer(Optimizer.adam()
                                .optLearningRateTracker(Tracker.fixed((float) options.learningRate()))
                                .optWeightDecays((float) options.weightDecay()).build());
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(options.batchSize(), spec.channels(), spec.size(), spec.size()));
                    result = loop(trainer, net, cases, split, options, batches, progress);
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (outDir != null) {
            // The last point at which a cancel is honoured: the folder is then written whole or not at all.
            progress.checkCancelled();
            progress.report("writing the model folder", 1);
            DjlModelFiles.write(outDir, new DjlModelFiles.Descriptor(netConfig, spec), result.bestParams,
                    trainingJson(options, split, result, millis, TrainingCasesFile.rowsByCohort(cases, cohortById)),
                    Map.of(TrainingCasesFile.NAME, TrainingCasesFile.content(cases, cohortById, split)));
        }
        return new TrainingSummary(result.epochs, result.bestEpoch, result.bestAuc, result.bestLoss,
                split.train().length, split.validation().length, millis, outDir, result.history);
    }

    private record Result(int epochs, int bestEpoch, double bestAuc, double bestLoss, byte[] bestParams,
            List<TrainingSummary.Epoch> history) {
    }

    private static Result loop(Trainer trainer, CompactResNet net, List<TrainingCase> cases, Split split,
            TrainingOptions o, SplittableRandom random, Progress progress) throws IOException {
        int[] train = split.train().clone();
        int positives = 0;
        for (int i : train) {
            positives += cases.get(i).label();
        }
        // Each class carries half of the total weight: w = n / (2 · n_class).
        float wPos = (float) (train.length / (2.0 * positives));
        float wNeg = (float) (train.length / (2.0 * (train.length - positives)));
        InputSpec spec = o.spec();
        int bestEpoch = 0;
        int lastAucGain = 0;
        double bestAuc = Double.NEGATIVE_INFINITY;
        double bestLoss = Double.POSITIVE_INFINITY;
        byte[] bestParams = null;
        List<TrainingSummary.Epoch> history = new ArrayList<>();
        // A last batch of one is left out (batch normalisation needs two), hence n − 1.
        int batchesPerEpoch = (train.length - 2) / o.batchSize() + 1;
        int epoch = 0;
        while (epoch < o.maxEpochs() && epoch - lastAucGain < o.patience()) {
            epoch++;
            shuffle(train, random);
            double lossSum = 0;
            double weightSum = 0;
            String step = "training epoch " + epoch + "/" + o.maxEpochs();
            int batch = 0;
            for (int from = 0; from + 1 < train.length; from += o.batchSize()) {
                progress.checkCancelled();
                progress.report(step, (epoch - 1 + (double) batch++ / batchesPerEpoch) / o.maxEpochs());
                int to = Math.min(train.length, from + o.batchSize());
                int b = to - from;
                float[] x = new float[b * spec.length()];
                float[] y = new float[b];
                float[] w = new float[b];
                for (int k = 0; k < b; k++) {
                    TrainingCase c = cases.get(train[from + k]);
                    System.arraycopy(o.augmenter().apply(c.chw(), spec, random), 0, x, k * spec.length(),
                            spec.length());
                    y[k] = c.label();
                    w[k] = c.label() == 1 ? wPos : wNeg;
                }
                try (NDManager m = trainer.getManager().newSubManager();
                        GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray logits = trainer.forward(new NDList(m.create(x, inputShape(b, spec)))).get(0);
                    float wSum = sum(w);
                    NDArray loss = weightedBce(logits.reshape(-1), m.create(y), m.create(w)).sum().div(wSum);
                    progress.checkCancelled(); // between forward and backward too: each is a good part of a batch
                    collector.backward(loss);
                    lossSum += loss.getFloat() * wSum;
                    weightSum += wSum;
                }
                trainer.step();
            }
            double[] val = evaluate(trainer.getManager(), net, cases, split.validation(), spec, progress);
            double auc = val[0];
            if (auc > bestAuc) {
                lastAucGain = epoch;
            }
            if (auc > bestAuc || (auc == bestAuc && val[1] < bestLoss)) {
                bestAuc = auc;
                bestLoss = val[1];
                bestEpoch = epoch;
                bestParams = parameters(net);
            }
            TrainingSummary.Epoch done = new TrainingSummary.Epoch(epoch, lossSum / weightSum, auc, val[1]);
            history.add(done);
            progress.report(done.describe(o.maxEpochs()), (double) epoch / o.maxEpochs());
        }
        return new Result(epoch, bestEpoch, bestAuc, bestLoss, bestParams, history);
    }

    /** Per-sample weighted BCE with logits, stable form: max(z, 0) − z·y + log(1 + e^−|z|). */
    static NDArray weightedBce(NDArray z, NDArray y, NDArray w) {
        NDArray l = z.maximum(0f).sub(z.mul(y)).add(z.abs().neg().exp().add(1f).log());
        return l.mul(w);
    }

    /** {validation AUC, mean unweighted BCE} with the network in inference mode. */
    private static double[] evaluate(NDManager parent, CompactResNet net, List<TrainingCase> cases, int[] idx,
            InputSpec spec, Progress progress) {
        double[] p = new double[idx.length];
        int[] y = new int[idx.length];
        double loss = 0;
        for (int from = 0; from < idx.length; from += EVAL_BATCH) {
            progress.checkCancelled();
            int b = Math.min(EVAL_BATCH, idx.length - from);
            float[] x = new float[b * spec.length()];
            for (int k = 0; k < b; k++) {
                TrainingCase c = cases.get(idx[from + k]);
                System.arraycopy(c.chw(), 0, x, k * spec.length(), spec.length());
                y[from + k] = c.label();
            }
            try (NDManager m = parent.newSubManager()) {
                NDList out = net.forward(new ParameterStore(m, false), new NDList(m.create(x, inputShape(b, spec))),
                        false);
                float[] z = out.get(0).toFloatArray();
                for (int k = 0; k < b; k++) {
                    double logit = z[k];
                    p[from + k] = DjlTrainedModel.sigmoid(z[k]);
                    loss += Math.max(logit, 0) - logit * y[from + k] + Math.log1p(Math.exp(-Math.abs(logit)));
                }
            }
        }
        return new double[] {Auc.of(y, p), loss / idx.length};
    }

    static Shape inputShape(int batch, InputSpec spec) {
        return new Shape(batch, spec.channels(), spec.size(), spec.size());
    }

    private static byte[] parameters(CompactResNet net) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            net.saveParameters(out);
        }
        return bytes.toByteArray();
    }

    private static void checkCases(List<TrainingCase> cases, InputSpec spec) {
        if (cases == null || cases.isEmpty()) {
            throw new BadInputException(null, "no training cases: give at least two cases of each outcome");
        }
        int positives = 0;
        for (TrainingCase c : cases) {
            if (c.chw().length != spec.length()) {
                throw new BadInputException(null, "case " + c.id() + " has " + c.chw().length
                        + " values, the input spec (" + spec.channels() + " × " + spec.size() + " × " + spec.size()
                        + ") needs " + spec.length());
            }
            positives += c.label();
        }
        int negatives = cases.size() - positives;
        if (positives < 2 || negatives < 2) {
            throw new BadInputException(null, "training needs at least two cases of each outcome (one to train on,"
                    + " one to validate); got " + positives + " with outcome 1 and " + negatives + " with outcome 0");
        }
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    private static Map<String, Object> trainingJson(TrainingOptions o, Split split, Result r, long millis,
            Map<String, Integer> rowsByCohort) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("engine", DeepEngine.ENGINE_NAME + " " + DeepEngine.PYTORCH_VERSION);
        t.put("seed", o.seed());
        t.put("rowsByCohort", rowsByCohort);
        t.put("trainCases", split.train().length);
        t.put("validationCases", split.validation().length);
        t.put("valFraction", o.valFraction());
        t.put("epochs", r.epochs());
        t.put("bestEpoch", r.bestEpoch());
        t.put("bestValidationAuc", r.bestAuc());
        t.put("bestValidationLoss", r.bestLoss());
        t.put("maxEpochs", o.maxEpochs());
        t.put("patience", o.patience());
        t.put("batchSize", o.batchSize());
        t.put("optimizer", "adam");
        t.put("learningRate", o.learningRate());
        t.put("weightDecay", o.weightDecay());
        t.put("loss", "class-weighted binary cross-entropy on the logit");
        Augmenter a = o.augmenter();
        t.put("augmentation", OrderedMap.of("flips", a.flips(), "maxRotationDegrees", a.maxRotationDegrees(),
                "gainJitter", a.gainJitter(), "offsetJitter", a.offsetJitter()));
        t.put("millis", millis);
        return t;
    }
}
