package org.tacerisk.bench;

import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.common.Progress;
import org.tacerisk.deep.DeepTrainer;
import org.tacerisk.deep.InputSpec;
import org.tacerisk.deep.TrainingCase;
import org.tacerisk.deep.TrainingOptions;
import org.tacerisk.deep.TrainingSummary;
import org.tacerisk.testsupport.SyntheticCrops;

/**
 * Trains the default CompactResNet (width 16, batch 32, Adam) on 500 synthetic 3 × 64 × 64 crops (400 train, 100
 * validation), in memory (no model folder). {@code patience = 5}: the default early stopping; {@code patience =
 * 30}: all 30 epochs (the worst case of the defaults). Target: ≤ 10 minutes on 2 cores. One single shot per fork
 * (a training is long enough that JIT warm-up does not matter). Run with
 * {@code .ci/bench.sh DeepTrainingBenchmark}; each run also prints epochs and validation AUC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true", "-Dai.djl.offline=true",
    "-DENGINE_CACHE_DIR=target/djl-cache", "-DDJL_CACHE_DIR=target/djl-cache"})
public class DeepTrainingBenchmark {

    static final int N = 500;

    @Param({"5", "30"})
    public int patience;

    private List<TrainingCase> cases;

    @Setup
    public void simulate() {
        cases = SyntheticCrops.cases(InputSpec.defaults(), N, 20251127L);
    }

    @Benchmark
    public TrainingSummary train() throws Exception {
        return run(cases, patience);
    }

    static TrainingSummary run(List<TrainingCase> cases, int patience) throws Exception {
        TrainingOptions options = TrainingOptions.defaults(InputSpec.defaults()).withPatience(patience);
        TrainingSummary s = DeepTrainer.train(cases, options, null, Progress.of((step, fraction) -> {
            if (step.startsWith("epoch ")) {
                System.out.println("  " + step);
            }
        }, () -> false));
        System.out.printf("  %d epochs (best %d, validation AUC %.4f) in %.1f s%n", s.epochs(), s.bestEpoch(),
                s.bestValAuc(), s.millis() / 1000.0);
        return s;
    }

    /** Without JMH: {@code java -cp ... org.tacerisk.bench.DeepTrainingBenchmark [patience]}. */
    public static void main(String[] args) throws Exception {
        run(SyntheticCrops.cases(InputSpec.defaults(), N, 20251127L), args.length > 0 ? Integer.parseInt(args[0]) : 5);
    }
}
