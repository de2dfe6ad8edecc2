package org.tacerisk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import org.tacerisk.radiomics.Family;
import org.tacerisk.radiomics.FilterEntry;
import org.tacerisk.radiomics.ImageTypes;
import org.tacerisk.radiomics.RadiomicsExtractor;
import org.tacerisk.radiomics.RadiomicsResult;
import org.tacerisk.radiomics.RadiomicsSettings;
import org.tacerisk.radiomics.filter.BoundaryCondition;

/**
 * Issue 18's speed target: the image types of PyRadiomics' reference run on the IBSI CT phantom
 * ({@code ../shared/reference/pyradiomics/params-native.yaml} and {@code params-iso1mm.yaml}: Original with shape,
 * LoG σ 1, 3, 5 mm (the recursive PyRadiomics LoG), the 8 coif1 wavelet bands; first order, GLCM, GLRLM, GLSZM,
 * NGTDM and NGLDM (PyRadiomics' gldm) on each), against PyRadiomics 3.1.0's 5.3 s per case on this machine. Our
 * families compute IBSI's feature sets, a superset of PyRadiomics' 1,130 values. Native: the whole image is filtered, as
 * PyRadiomics does without resampling; 1 mm: the ROI's box plus 5 mm, as PyRadiomics' resampling crops it. Needs ../shared. Run: {@code .ci/bench.sh PyRadiomicsCaseBenchmark}; add
 * {@code -jvmArgsAppend -XX:ActiveProcessorCount=1} for one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
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
        ct = Nifti.readVolume(phantom.resolve("image/phantom.nii.gz"));
        gtv = Nifti.readMask(phantom.resolve("mask/mask.nii.gz"));
        EnumSet<Family> texture = EnumSet.of(Family.INTENSITY_STATISTICS, Family.GLCM, Family.GLRLM, Family.GLSZM,
                Family.NGTDM, Family.NGLDM);
        EnumSet<Family> original = EnumSet.copyOf(texture);
        original.add(Family.MORPHOLOGY);
        List<FilterEntry> filters = new ArrayList<>();
        for (double sigma : new double[] {1, 3, 5}) {
            filters.add(new FilterEntry("pyradiomics-log", "3D", BoundaryCondition.NEAREST, Map.of("sigma_mm", sigma)));
        }
        for (String band : new String[] {"LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH", "LLL"}) {
            filters.add(new FilterEntry("wavelet", "3D", BoundaryCondition.PERIODIC,
                    Map.of("wavelet", "coif1", "band", band)));
        }
        // PyRadiomics resamples (and so filters) only the ROI's box plus padDistance = 5 voxels (5 mm at 1 mm)
        Double margin = params.equals("native") ? null : 5.0;
        settings = RadiomicsSettings.fromPyRadiomics(
                shared.resolve("reference/pyradiomics/params-" + params + ".yaml")).settings()
                .withFamilies(original).withImageTypes(new ImageTypes(true, texture, null, margin, filters));
    }

    @Benchmark
    public RadiomicsResult phantomCase() {
        return RadiomicsExtractor.extract(ct, gtv, settings);
    }

    /** One extraction outside JMH: prints the number of values and the wall time (a quick check). */
    public static void main(String[] args) throws IOException {
        PyRadiomicsCaseBenchmark b = new PyRadiomicsCaseBenchmark();
        b.params = args.length > 0 ? args[0] : "native";
        b.load();
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            RadiomicsResult r = b.phantomCase();
            System.out.printf("%s: %d values, %d image types, %.2f s%n", b.params, r.features().size(),
                    r.imageTypes().size(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
