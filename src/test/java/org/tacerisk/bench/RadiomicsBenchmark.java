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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Nifti;
import org.tacerisk.image.Volume;
import org.tacerisk.radiomics.InterpolationSettings;
import org.tacerisk.radiomics.RadiomicsExtractor;
import org.tacerisk.radiomics.RadiomicsResult;
import org.tacerisk.radiomics.RadiomicsSettings;

/**
 * The full IBSI-1 feature set (every family) for IBSI configuration C on the IBSI CT phantom (≈ 46k ROI voxels
 * after 2 mm resampling), and for a synthetic one-million-voxel ROI (1 mm sphere, no resampling, 3D, FBN 32).
 * Needs ../shared (the IBSI phantom). Run with {@code .ci/bench.sh RadiomicsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class RadiomicsBenchmark {

    private Volume ct;
    private Mask gtv;
    private RadiomicsSettings configC;
    private Volume sphereImage;
    private Mask sphere;
    private RadiomicsSettings large;

    @Setup
    public void load() throws IOException {
        Path phantom = Path.of("..", "shared", "data", "ibsi", "ibsi_1_ct_radiomics_phantom", "nifti");
        ct = Nifti.readVolume(phantom.resolve("image/phantom.nii.gz"));
        gtv = Nifti.readMask(phantom.resolve("mask/mask.nii.gz"));
        configC = RadiomicsSettings.read(Path.of("docs", "ibsi", "config-C.yaml"));
        large = RadiomicsSettings.read(Path.of("docs", "ibsi", "config-D.yaml"))
                .withInterpolation(InterpolationSettings.none());
        makeSphere();
    }

    /** A sphere of radius 62 mm at 1 mm (≈ 1.0 M voxels) with a smooth gradient plus noise, inside a larger box. */
    private void makeSphere() {
        int n = 140;
        ImageGeometry g = ImageGeometry.axisAligned(n, n, n, new double[] {1, 1, 1}, new double[3]);
        short[] hu = new short[g.voxelCount()];
        byte[] inside = new byte[hu.length];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        double c = (n - 1) / 2.0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    int idx = g.index(i, j, k);
                    double r = Math.sqrt((i - c) * (i - c) + (j - c) * (j - c) + (k - c) * (k - c));
                    inside[idx] = (byte) (r <= 62 ? 1 : 0);
                    hu[idx] = (short) Math.round(40 + 0.5 * (i - c) + 20 * random.nextGaussian());
                }
            }
        }
        sphereImage = Volume.ofShorts(g, hu, Volume.HU);
        sphere = Mask.of(g, inside);
    }

    @Benchmark
    public RadiomicsResult ibsiConfigurationC() {
        return RadiomicsExtractor.extract(ct, gtv, configC);
    }

    @Benchmark
    public RadiomicsResult oneMillionVoxelRoi() {
        return RadiomicsExtractor.extract(sphereImage, sphere, large);
    }
}
