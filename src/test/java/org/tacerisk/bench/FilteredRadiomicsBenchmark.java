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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.FamilyRegistry;
import org.tacerisk.radiomics.FilterEntry;
import org.tacerisk.radiomics.RadiomicsExtractor;
import org.tacerisk.radiomics.RadiomicsResult;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.radiomics.RadiomicsSettingsYaml;
import org.tacerisk.radiomics.filter.BoundaryCondition;
import org.tacerisk.radiomics.filter.FilterFactory;
import org.tacerisk.radiomics.filter.FilterParameters;
import org.tacerisk.radiomics.filter.FilterRegistry;
import org.tacerisk.radiomics.filter.ImageFilter;

/**
 * Issue target: Original + LoG (σ = 1, 3, 5 mm) + all 8 first-level wavelet bands (coif1), every family on each
 * image type (morphology on the original only), on the IBSI CT phantom with IBSI configuration C's processing
 * (2 mm trilinear, re-segmentation [-1000, 400] HU; FBS 25 HU for the original, FBN 32 for response maps),
 * ≤ 3 s per case warm. {@link #originalLogWavelet()} needs the real LoG and wavelet filters in the registry;
 * {@link #originalPlusElevenStandInFilters()} runs the same twelve image types now with a cheap separable
 * 3 × 3 × 3 mean standing in for each filter (the cost of the chain and the families, without the filters').
 * Needs ../shared. Run with {@code .ci/bench.sh FilteredRadiomicsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class FilteredRadiomicsBenchmark {

    static final String SETTINGS = """
            interpolation:
              enabled: true
              spacing: {x: 2, y: 2, z: 2}
              imageMethod: LINEAR
              maskMethod: LINEAR
            resegmentation: {lower: -1000, upper: 400}
            discretisation: {method: FIXED_BIN_SIZE, binWidth: 25}
            ivh: {method: FIXED_BIN_SIZE, binWidth: 2.5}
            imageTypes:
              original: true
              discretisation: {method: FIXED_BIN_NUMBER, binCount: 32}
              log: {sigmas_mm: [1, 3, 5], cutoff: 4}
              wavelet: {family: coif1, bands: all, level: 1}
            """;

    private Volume ct;
    private Mask gtv;
    private RadiomicsSettings settings;

    @Setup
    public void load() throws IOException {
        Path phantom = Path.of("..", "shared", "data", "ibsi", "ibsi_1_ct_radiomics_phantom", "nifti");
        ct = Nifti.readVolume(phantom.resolve("image/phantom.nii.gz"));
        gtv = Nifti.readMask(phantom.resolve("mask/mask.nii.gz"));
        settings = RadiomicsSettingsYaml.parse(SETTINGS, null);
    }

    @Benchmark
    public RadiomicsResult originalLogWavelet() {
        for (FilterEntry f : settings.imageTypes().filters()) {
            if (!f.registered()) {
                throw new IllegalStateException("filter '" + f.filter() + "' is not registered yet");
            }
        }
        return RadiomicsExtractor.extract(ct, gtv, settings);
    }

    @Benchmark
    public RadiomicsResult originalPlusElevenStandInFilters() {
        return RadiomicsExtractor.extract(ct, gtv, settings, FamilyRegistry.all(),
                FilteredRadiomicsBenchmark::standIn);
    }

    /** Registered filters where they exist (wavelet merged first), the stand-in for the others (LoG). */
    @Benchmark
    public RadiomicsResult originalPlusRegisteredOrStandInFilters() {
        return RadiomicsExtractor.extract(ct, gtv, settings, FamilyRegistry.all(),
                name -> FilterRegistry.factory(name) != null ? FilterRegistry.factory(name) : standIn(name));
    }

    /** A stand-in for "log" and "wavelet": reads their parameters, names itself after σ or band, filters 3×3×3. */
    static FilterFactory standIn(String name) {
        return (FilterParameters p, boolean twoD, BoundaryCondition padding) -> {
            String type = name.equals("log") ? "stand-in-log-" + p.number("sigma_mm") + "-" + p.number("cutoff")
                    : "stand-in-" + p.string("wavelet") + "-" + p.string("band") + "-" + p.integer("level", 1);
            return new SeparableMean(type, padding);
        };
    }

    /** 3-point mean along x, then y, then z, with the entry's boundary condition. */
    record SeparableMean(String imageTypeName, BoundaryCondition padding) implements ImageFilter {
        @Override
        public float[] apply(float[] image, ImageGeometry g) {
            float[] a = image.clone();
            float[] b = new float[image.length];
            int[] n = {g.nx(), g.ny(), g.nz()};
            int[] stride = {1, g.nx(), g.nx() * g.ny()};
            for (int axis = 0; axis < 3; axis++) {
                for (int idx = 0; idx < a.length; idx++) {
                    int pos = idx / stride[axis] % n[axis];
                    int base = idx - pos * stride[axis];
                    float sum = 0;
                    for (int d = -1; d <= 1; d++) {
                        int q = padding.resolve(pos + d, n[axis]);
                        sum += q < 0 ? 0 : a[base + q * stride[axis]];
                    }
                    b[idx] = sum / 3;
                }
                float[] t = a;
                a = b;
                b = t;
            }
            return a;
        }
    }

    /** Image types the settings expand to (for the report). */
    List<String> imageTypes() {
        return settings.imageTypes().filters().stream().map(f -> f.filter() + " " + f.parameters()).toList();
    }
}
