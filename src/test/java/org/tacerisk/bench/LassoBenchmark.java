package org.tacerisk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.tacerisk.stats.CvMeasure;
import org.tacerisk.stats.LassoCrossValidation;
import org.tacerisk.stats.LassoCvResult;
import org.tacerisk.stats.LassoOptions;

/**
 * 10-fold cross-validated LASSO (full default path per fit, as cv.glmnet) on a radiomics-sized synthetic problem:
 * n = 500 patients × 1,500 features (fixed seed): Gaussian features in blocks of 10 with correlation 0.5, ten of
 * them carrying signal, about 30 % events. Target: one whole CV ≤ 10 s. Run with {@code .ci/bench.sh LassoBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LassoBenchmark {

    static final int N = 500;
    static final int P = 1500;
    static final int FOLDS = 10;
    static final long SEED = 20251116L;

    private double[][] x;
    private double[] y;
    private int[] foldid;
    private List<String> terms;

    @Setup
    public void simulate() {
        Random rng = new Random(SEED);
        x = new double[P][N];
        for (int block = 0; block < P; block += 10) {
            for (int i = 0; i < N; i++) {
                double shared = rng.nextGaussian();
                for (int j = block; j < Math.min(P, block + 10); j++) {
                    x[j][i] = Math.sqrt(0.5) * shared + Math.sqrt(0.5) * rng.nextGaussian();
                }
            }
        }
        y = new double[N];
        for (int i = 0; i < N; i++) {
            double eta = -1.2;
            for (int j = 0; j < 10; j++) {
                eta += (j % 2 == 0 ? 0.6 : -0.4) * x[j * 37][i];
            }
            y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
        }
        foldid = new int[N];
        for (int i = 0; i < N; i++) {
            foldid[i] = 1 + i % FOLDS;
        }
        for (int i = N - 1; i > 0; i--) {
            int k = rng.nextInt(i + 1);
            int t = foldid[i];
            foldid[i] = foldid[k];
            foldid[k] = t;
        }
        terms = new ArrayList<>(P);
        for (int j = 0; j < P; j++) {
            terms.add("f" + j);
        }
    }

    @Benchmark
    public LassoCvResult crossValidatedPath() {
        LassoCrossValidation cv = LassoCrossValidation.run(x, y, foldid, terms, LassoOptions.glmnetDefaults());
        return cv.summarise(CvMeasure.DEVIANCE);
    }
}
