package org.tacerisk.bench;

import java.util.Random;
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
import org.tacerisk.radiomics.fourier.ComplexFft;

/**
 * One forward 3D complex FFT ({@link ComplexFft}, JTransforms) on the sizes we transform: 64³ (the IBSI-2
 * phantoms, Fourier filters on the image size), 100 × 100 × 80 (Moran's I / Geary's C on IBSI configuration C:
 * 2·box − 1 rounded up to a 5-smooth length), 75 × 79 × 47 (a filter region of arbitrary size) and
 * 128 × 128 × 60 (a larger CT filter region). The comparison with the two hand-written FFTs it replaced (issue
 * 18) was made with this class and a CPU-time harness at commit ddaf6e6 (docs/performance.md, "One FFT"). Run:
 * {@code .ci/bench.sh FftBenchmark}.
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

    private ComplexFft fft;
    private double[] re;
    private double[] im;
    private double[] workRe;
    private double[] workIm;

    @Setup
    public void setUp() {
        String[] d = size.split("x");
        fft = new ComplexFft(Integer.parseInt(d[0]), Integer.parseInt(d[1]), Integer.parseInt(d[2]), false);
        int n = fft.nx() * fft.ny() * fft.nz();
        re = new double[n];
        im = new double[n];
        workRe = new double[n];
        workIm = new double[n];
        Random random = new Random(18);
        for (int v = 0; v < n; v++) {
            re[v] = random.nextGaussian();
        }
    }

    @Benchmark
    public double forward() {
        System.arraycopy(re, 0, workRe, 0, re.length);
        System.arraycopy(im, 0, workIm, 0, im.length);
        fft.forward(workRe, workIm);
        return workRe[1] + workIm[2];
    }
}
