package org.tacerisk.bench;

import java.io.IOException;
import java.nio.file.Path;
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
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.FamilyCalculator;
import org.tacerisk.radiomics.FamilyContext;
import org.tacerisk.radiomics.ImageProcessor;
import org.tacerisk.radiomics.LocalIntensityFamily;
import org.tacerisk.radiomics.MorphologyFamily;
import org.tacerisk.radiomics.ProcessedRoi;
import org.tacerisk.radiomics.RadiomicsSettings;

/**
 * Morphology and local intensity on IBSI configuration C: the CT phantom's GTV processed by {@link ImageProcessor}
 * with {@code docs/ibsi/config-C.yaml} (2 mm isotropic, 45,985 morphological-mask voxels). {@code family=all}
 * times both together; Moran's I and Geary's C (exact, by FFT) are the largest part. Needs ../shared. Run:
 * {@code .ci/bench.sh MorphologyBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class MorphologyBenchmark {

    @Param({"all", "morphology", "local_intensity"})
    public String family;

    private ProcessedRoi roi;
    private List<FamilyCalculator> calculators;
    private FamilyContext context;

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("tacerisk.shared", "../shared"))
                .resolve("data/ibsi/ibsi_1_ct_radiomics_phantom/nifti");
        Volume image = Nifti.readVolume(dir.resolve("image/phantom.nii.gz"));
        Mask mask = Nifti.readMask(dir.resolve("mask/mask.nii.gz"));
        RadiomicsSettings settings = RadiomicsSettings.read(Path.of("docs", "ibsi", "config-C.yaml"));
        roi = ImageProcessor.process(image, mask, settings);
        context = settings.familyContext();
        List<FamilyCalculator> both = List.of(new MorphologyFamily(), new LocalIntensityFamily());
        calculators = family.equals("all") ? both
                : both.stream().filter(f -> f.family().csvName().equals(family)).toList();
    }

    @Benchmark
    public int configurationC() {
        int n = 0;
        for (FamilyCalculator calculator : calculators) {
            n += calculator.compute(roi, context).size();
        }
        return n;
    }
}
