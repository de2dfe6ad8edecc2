package org.tacerisk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.ModelBundleWriter;
import org.tacerisk.model.TestBundles;
import org.tacerisk.predict.CaseMeasurement;
import org.tacerisk.predict.CasePrediction;
import org.tacerisk.predict.CasePredictor;

/**
 * Issue 12 target: step 2 of a prediction (combined model, CI, risk group, points, every case warning) on 10,000
 * what-if edits of the entered values takes under 1 s in total — the workstation reruns it on every keystroke and
 * slider move. The bundle is the 4-predictor test nomogram (DLR score, measured size, nodules, log10 AFP); each
 * edit changes nodules and AFP. Run with {@code .ci/bench.sh WhatIfBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class WhatIfBenchmark {

    private static final int EDITS = 10_000;

    private Path dir;
    private ModelBundle bundle;
    private CasePredictor predictor;
    private CaseMeasurement measured;

    @Setup
    public void open() throws IOException {
        dir = Files.createTempDirectory("tacerisk-whatif-");
        new ModelBundleWriter(TestBundles.manifest()).write(dir.resolve("b"));
        bundle = ModelBundle.load(dir.resolve("b"));
        predictor = CasePredictor.open(bundle);
        measured = new CaseMeasurement(bundle.manifest().name(), bundle.manifest().version(),
                bundle.manifestSha256(), Map.of(), Map.of("rad", 0.2, "dlr", 0.6061), 9.0, 381.7,
                List.of(0.8, 0.8, 2.5));
    }

    @Benchmark
    public double tenThousandWhatIfEdits() {
        double sum = 0;
        for (int i = 0; i < EDITS; i++) {
            CasePrediction p = predictor.predict(measured, Map.of("nodules", (double) (1 + i % 6), "afp",
                    1.0 + i % 5000));
            sum += p.prediction().probability();
        }
        return sum;
    }

    @TearDown
    public void close() throws IOException {
        predictor.close();
        bundle.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
