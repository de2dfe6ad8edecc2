package org.tacerisk.bench;

import java.nio.file.Path;
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
import org.tacerisk.deep.Crop;
import org.tacerisk.deep.DeepInference;
import org.tacerisk.deep.DeepModel;
import org.tacerisk.deep.DeepModels;
import org.tacerisk.deep.DeepOutput;
import org.tacerisk.deep.TumourCrop;
import org.tacerisk.image.DemoPhantom;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * Deep inference per case after warm-up (target ≤ 50 ms for crop + inference): a 512 × 512 × 120 abdominal CT
 * (0.78 × 0.78 × 2.5 mm) with one liver tumour. The model is the committed tiny fixture unless
 * {@code -p modelDir=DIR} names another model folder (e.g. the ResNet-18 of
 * src/test/resources/deep/make_resnet18.py). Run with {@code .ci/bench.sh DeepInferenceBenchmark}; the engine's
 * natives unpack under target/djl-cache as in the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dai.djl.offline=true", "-DENGINE_CACHE_DIR=target/djl-cache",
    "-DDJL_CACHE_DIR=target/djl-cache"})
public class DeepInferenceBenchmark {

    @Param("src/test/resources/deep/tiny-model")
    public String modelDir;

    private Volume ct;
    private Mask tumour;
    private DeepModel model;
    private float[] input;

    @Setup
    public void load() {
        DemoPhantom.Phantom p = DemoPhantom.abdomen(512, 512, 120, new double[] {0.78, 0.78, 2.5}, 3L);
        ct = p.ct();
        tumour = p.tumour();
        model = DeepModels.load(Path.of(modelDir));
        input = TumourCrop.of(ct, tumour, model.inputSpec()).chw();
    }

    @TearDown
    public void close() {
        model.close();
    }

    /** What one case costs: crop by the model's spec, then a forward pass. */
    @Benchmark
    public DeepInference.Result cropAndInference() {
        return DeepInference.infer(model, ct, tumour);
    }

    @Benchmark
    public Crop cropOnly() {
        return TumourCrop.of(ct, tumour, model.inputSpec());
    }

    @Benchmark
    public DeepOutput inferenceOnly() {
        return model.predict(input);
    }
}
