package org.tacerisk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
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
import org.tacerisk.radiomics.Approach;
import org.tacerisk.radiomics.FamilyCalculator;
import org.tacerisk.radiomics.FamilyContext;
import org.tacerisk.radiomics.FeatureValue;
import org.tacerisk.radiomics.GldzmFamily;
import org.tacerisk.radiomics.GlszmFamily;
import org.tacerisk.radiomics.IvhDiscretisation;
import org.tacerisk.radiomics.NgldmFamily;
import org.tacerisk.radiomics.NgtdmFamily;
import org.tacerisk.radiomics.ProcessedRoi;
import org.tacerisk.radiomics.TextureParameters;

/**
 * GLSZM, GLDZM, NGTDM and NGLDM (3D) on the IBSI CT phantom's GTV at its native grid (0.977 × 0.977 × 3 mm,
 * 125,256 voxels, ~2.7 × configuration C's 45,981): re-segmented to [−1000, 400] HU and discretised with a fixed
 * bin size of 25 HU from −1000 (configuration C's texture discretisation, without its 2 mm interpolation).
 * Needs ../shared. Run: {@code java -cp <test classpath> org.openjdk.jmh.Main ZoneFamiliesBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ZoneFamiliesBenchmark {

    @Param({"glszm", "gldzm", "ngtdm", "ngldm"})
    public String family;

    private ProcessedRoi roi;
    private FamilyCalculator calculator;
    private FamilyContext context;

    @Setup
    public void load() throws IOException {
        roi = nativeCtPhantom(Path.of(System.getProperty("tacerisk.shared", "../shared")));
        calculator = switch (family) {
            case "glszm" -> new GlszmFamily();
            case "gldzm" -> new GldzmFamily();
            case "ngtdm" -> new NgtdmFamily();
            default -> new NgldmFamily();
        };
        context = new FamilyContext(EnumSet.of(Approach.THREE_D), TextureParameters.ibsiDefaults(),
                IvhDiscretisation.none(-1000.0, 400.0));
    }

    @Benchmark
    public List<FeatureValue> threeD() {
        return calculator.compute(roi, context);
    }

    static ProcessedRoi nativeCtPhantom(Path shared) throws IOException {
        Path dir = shared.resolve("data/ibsi/ibsi_1_ct_radiomics_phantom/nifti");
        Volume image = Nifti.readVolume(dir.resolve("image/phantom.nii.gz"));
        Mask mask = Nifti.readMask(dir.resolve("mask/mask.nii.gz"));
        float[] hu = image.toFloatArray();
        byte[] morph = mask.toByteArray();
        byte[] intensity = new byte[hu.length];
        int[] grey = new int[hu.length];
        for (int v = 0; v < hu.length; v++) {
            if (morph[v] != 0 && hu[v] >= -1000 && hu[v] <= 400) {
                intensity[v] = 1;
                grey[v] = Math.min(56, (int) Math.floor((hu[v] + 1000) / 25) + 1);
            }
        }
        return new ProcessedRoi(image.geometry(), hu, morph, intensity, grey, 56);
    }
}
