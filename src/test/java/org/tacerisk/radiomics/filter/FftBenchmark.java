package org.tacerisk.radiomics.filter;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jtransforms.fft.DoubleFFT_3D;
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
import org.tacerisk.radiomics.morphology.Fft;

/**
 * One forward 3D complex FFT, the code base's two hand-written ones against JTransforms 3.1 (issue 18), on the
 * sizes we transform: 64³ (the IBSI-2 phantoms, Fourier filters on the image size), 100 × 100 × 80 (Moran's I /
 * Geary's C on IBSI configuration C: 2·box − 1 rounded up to a 5-smooth length), 75 × 79 × 47 (a filter region of
 * arbitrary size, where {@link Fft3d} falls back to Bluestein; the mixed-radix {@link Fft} cannot take it) and
 * 128 × 128 × 60 (a larger CT filter region). Data are in split real/imaginary arrays as the code base keeps them;
 * the JTransforms case includes packing them into its interleaved array and back. Run:
 * {@code .ci/bench.sh FftBenchmark} (results in docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class FftBenchmark {

    @Param({"64x64x64", "100x100x80", "75x79x47", "128x128x60"})
    public String size;

    @Param({"morphology-mixed-radix", "filter-bluestein", "jtransforms"})
    public String implementation;

    private int nx;
    private int ny;
    private int nz;
    private double[] re;
    private double[] im;
    private double[] workRe;
    private double[] workIm;
    private double[] interleaved;
    private Fft3d filterPlan;
    private DoubleFFT_3D jtransforms;

    @Setup
    public void setUp() {
        String[] d = size.split("x");
        nx = Integer.parseInt(d[0]);
        ny = Integer.parseInt(d[1]);
        nz = Integer.parseInt(d[2]);
        int n = nx * ny * nz;
        re = new double[n];
        im = new double[n];
        workRe = new double[n];
        workIm = new double[n];
        Random random = new Random(18);
        for (int v = 0; v < n; v++) {
            re[v] = random.nextGaussian();
        }
        switch (implementation) {
            case "morphology-mixed-radix" -> {
                if (Fft.goodSize(nx) != nx || Fft.goodSize(ny) != ny || Fft.goodSize(nz) != nz) {
                    throw new IllegalStateException("the mixed-radix FFT takes 5-smooth sizes only, not " + size);
                }
            }
            case "filter-bluestein" -> filterPlan = new Fft3d(nx, ny, nz, false);
            case "jtransforms" -> {
                jtransforms = new DoubleFFT_3D(nz, ny, nx);
                interleaved = new double[2 * n];
            }
            default -> throw new IllegalArgumentException(implementation);
        }
    }

    @Benchmark
    public double forward() {
        System.arraycopy(re, 0, workRe, 0, re.length);
        System.arraycopy(im, 0, workIm, 0, im.length);
        switch (implementation) {
            case "morphology-mixed-radix" -> Fft.transform3d(workRe, workIm, nx, ny, nz);
            case "filter-bluestein" -> filterPlan.forward(workRe, workIm);
            default -> {
                for (int v = 0; v < workRe.length; v++) {
                    interleaved[2 * v] = workRe[v];
                    interleaved[2 * v + 1] = workIm[v];
                }
                jtransforms.complexForward(interleaved);
                for (int v = 0; v < workRe.length; v++) {
                    workRe[v] = interleaved[2 * v];
                    workIm[v] = interleaved[2 * v + 1];
                }
            }
        }
        return workRe[1] + workIm[2];
    }
}
