package org.tacerisk.bench;

import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.RadiomicsExtractor;
import org.tacerisk.radiomics.RadiomicsResult;
import org.tacerisk.radiomics.RadiomicsSettings;

/**
 * Issue 18's speed target: PyRadiomics' reference run on the IBSI CT phantom as a user runs it
 * ({@code ../shared/reference/pyradiomics/params-native.yaml} and {@code params-iso1mm.yaml} read whole, PyRadiomics'
 * conventions: Original with shape, LoG σ 1, 3, 5 mm, the 8 coif1 wavelet bands, the default feature classes,
 * 1,130 values; image and mask on the grid as SimpleITK reads the NIfTI), against PyRadiomics 3.1.0's 5.3 s per
 * case on this machine. The fork runs C1 only, as the launcher does. Needs ../shared. Run:
 * {@code .ci/bench.sh PyRadiomicsCaseBenchmark}; add {@code -jvmArgsAppend -XX:ActiveProcessorCount=1} for one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:TieredStopAtLevel=1"})
public class PyRadiomicsCaseBenchmark {

    @Param({"native", "iso1mm"})
    public String params;

    private Volume ct;
    private Mask gtv;
    private RadiomicsSettings settings;

    @Setup
    public void load() throws IOException {
        Path shared = Path.of(System.getProperty("tacerisk.shared", "../shared"));
        Path phantom = shared.resolve("data/ibsi/ibsi_1_ct_radiomics_phantom/nifti");
        Path image = phantom.resolve("image/phantom.nii.gz");
        ImageGeometry stored = Nifti.storedGeometry(image);
        ct = Nifti.readVolume(image).withGeometry(stored);
        gtv = Nifti.readMask(phantom.resolve("mask/mask.nii.gz")).withGeometry(stored);
        // the phantom's NIfTI stores float32: PyWavelets computes its wavelet in float32
        settings = RadiomicsSettings.fromPyRadiomics(
                shared.resolve("reference/pyradiomics/params-" + params + ".yaml"), true).settings();
    }

    @Benchmark
    public RadiomicsResult phantomCase() {
        return RadiomicsExtractor.extract(ct, gtv, settings);
    }

    /** Extractions outside JMH: prints the number of values and the wall time of each (a quick check). */
    public static void main(String[] args) throws IOException {
        PyRadiomicsCaseBenchmark b = new PyRadiomicsCaseBenchmark();
        b.params = args.length > 0 ? args[0] : "native";
        b.load();
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            RadiomicsResult r = b.phantomCase();
            System.out.printf("%s: %d values, %.2f s%n", b.params, r.features().size(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
