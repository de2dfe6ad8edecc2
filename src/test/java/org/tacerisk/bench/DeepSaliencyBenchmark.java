package org.tacerisk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.deep.DeepTrainer;
import org.tacerisk.deep.InputSpec;
import org.tacerisk.deep.OcclusionSaliency;
import org.tacerisk.deep.OneAtATime;
import org.tacerisk.deep.TrainingOptions;
import org.tacerisk.testsupport.SyntheticCrops;

/**
 * Occlusion saliency of one 3 × 64 × 64 crop (8 × 8 windows every 4 pixels: the crop and 225 occluded copies):
 * {@code batched} sends them to the model 32 at a time (issue 12), {@code onePassPerCrop} one forward pass each
 * (before). Models: the committed tiny TorchScript fixture, and {@code compact-resnet}: a CompactResNet with the
 * default options of {@code deep train} (width 16), trained for 2 epochs on synthetic crops in the set-up (its
 * weights do not change the cost). Run with {@code .ci/bench.sh DeepSaliencyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true", "-Dai.djl.offline=true",
    "-DENGINE_CACHE_DIR=target/djl-cache", "-DDJL_CACHE_DIR=target/djl-cache"})
public class DeepSaliencyBenchmark {

    static final String TRAINED = "compact-resnet";

    @Param({"src/test/resources/deep/tiny-model", TRAINED})
    public String model;

    private DeepModel loaded;
    private float[] crop;
    private Path trainedDir;

    @Setup
    public void load() throws IOException {
        InputSpec spec = InputSpec.defaults();
        if (TRAINED.equals(model)) {
            trainedDir = Files.createTempDirectory("saliency-bench");
            DeepTrainer.train(SyntheticCrops.cases(spec, 100, 3), TrainingOptions.defaults(spec).withEpochs(2),
                    trainedDir.resolve("model"), Progress.NONE);
            loaded = DeepModels.load(trainedDir.resolve("model"));
        } else {
            loaded = DeepModels.load(Path.of(model));
        }
        crop = SyntheticCrops.crop(loaded.inputSpec(), 1, new SplittableRandom(5));
    }

    @TearDown
    public void close() throws IOException {
        loaded.close();
        if (trainedDir != null) {
            try (var walk = Files.walk(trainedDir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Benchmark
    public float[] batched() {
        return OcclusionSaliency.defaults().cropHeatMap(loaded, crop, loaded.inputSpec());
    }

    @Benchmark
    public float[] onePassPerCrop() {
        return OcclusionSaliency.defaults().cropHeatMap(new OneAtATime(loaded), crop, loaded.inputSpec());
    }

    /**
     * Without JMH, paired: {@code java -cp ... org.tacerisk.bench.DeepSaliencyBenchmark [rounds]} alternates the two
     * ways {@code rounds} times per model (after 5 warm-up rounds) and prints the medians of each one's wall time,
     * of its CPU time on the calling thread (with one intra-op thread, PyTorch computes on the caller, so this is
     * the work done, without the waits a shared machine adds) and of the per-round ratios.
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String m : new String[] {"src/test/resources/deep/tiny-model", TRAINED}) {
            DeepSaliencyBenchmark b = new DeepSaliencyBenchmark();
            b.model = m;
            b.load();
            try {
                double[][] wall = new double[2][rounds];
                double[][] cpu = new double[2][rounds];
                for (int r = -5; r < rounds; r++) {
                    for (int way = 0; way < 2; way++) {
                        long cpu0 = threads.getCurrentThreadCpuTime();
                        long wall0 = System.nanoTime();
                        if (way == 0) {
                            b.batched();
                        } else {
                            b.onePassPerCrop();
                        }
                        if (r >= 0) {
                            wall[way][r] = (System.nanoTime() - wall0) / 1e6;
                            cpu[way][r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%s (medians of %d paired rounds): batched %.1f ms wall, %.1f ms CPU;"
                        + " one pass per crop %.1f ms wall, %.1f ms CPU; ratio %.2f wall, %.2f CPU%n", m, rounds,
                        median(wall[0]), median(cpu[0]), median(wall[1]), median(cpu[1]), medianRatio(wall),
                        medianRatio(cpu));
            } finally {
                b.close();
            }
        }
    }

    /** The median of one pass per crop ÷ batched, round by round. */
    private static double medianRatio(double[][] times) {
        double[] ratio = new double[times[0].length];
        for (int r = 0; r < ratio.length; r++) {
            ratio[r] = times[1][r] / times[0][r];
        }
        return median(ratio);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
