package org.tacerisk.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.stats.ModelEvaluation;
import org.tacerisk.stats.ThresholdGrid;

/**
 * The performance target of {@code stats evaluate}: the whole evaluation (AUC + DeLong, Youden, val.prob with
 * lowess, Hosmer–Lemeshow, deciles, 99-threshold decision curve, paired DeLong) with 1,000 bootstrap resamples of
 * the AUC and the net benefit on n = 500 must take ≤ 2 s. The data are synthetic (seeded): a logistic model with
 * about 25 % events. Run with {@code .ci/bench.sh EvaluateBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class EvaluateBenchmark {

    private static final int N = 500;

    private double[] y;
    private double[] p;
    private double[] compare;
    private ModelEvaluation.Options options;

    @Setup
    public void data() {
        SplittableRandom random = new SplittableRandom(20251127L);
        y = new double[N];
        p = new double[N];
        compare = new double[N];
        for (int i = 0; i < N; i++) {
            double x = random.nextGaussian();
            double lp = -1.5 + 1.2 * x;
            p[i] = 1 / (1 + Math.exp(-lp));
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-(lp + 0.3 * random.nextGaussian()))) ? 1 : 0;
            compare[i] = x + random.nextGaussian();
        }
        options = new ModelEvaluation.Options(ThresholdGrid.percent(), 1000, 1);
    }

    @Benchmark
    public ModelEvaluation evaluateWith1000Resamples() {
        return ModelEvaluation.evaluate(y, p, compare, options);
    }
}
