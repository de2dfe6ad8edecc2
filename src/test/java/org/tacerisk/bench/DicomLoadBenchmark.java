package org.tacerisk.bench;

import ij.ImagePlus;
import ij.plugin.FolderOpener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.dicom.DicomScanner;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesLoader;

/**
 * Scan + load of a 500-slice 512 × 512 CT series (written first by {@link BenchmarkSeries}), side by side with
 * ImageJ's {@code FolderOpener} on the same files. TACE-Risk's fork runs with a heap capped at 2.5 × the voxel
 * bytes (500 · 512 · 512 · 2 B = 250 MiB → 625 MiB), so finishing at all proves the memory target; the peak of the
 * heap pools above the post-GC baseline is printed after every iteration. Run with {@code .ci/bench.sh DicomLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class DicomLoadBenchmark {

    private Path dir;

    @Setup
    public void locate() throws IOException {
        dir = Path.of(System.getProperty("tacerisk.bench.dir", "target/bench/ct-500")).toAbsolutePath();
        if (BenchmarkSeries.countFiles(dir) != BenchmarkSeries.SLICES) {
            throw new IllegalStateException("run BenchmarkSeries first: " + dir + " lacks the 500-slice series");
        }
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx625m", "-Djava.awt.headless=true"})
    public LoadedSeries tacRiskScanAndLoad() throws IOException {
        DicomIndex index = DicomScanner.scan(dir);
        return SeriesLoader.load(index.allSeries().get(0));
    }

    /** The same work with ImageJ's heap, for a like-for-like time ratio. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
    public LoadedSeries tacRiskScanAndLoadSameHeapAsImageJ() throws IOException {
        return tacRiskScanAndLoad();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.awt.headless=true"})
    public ImagePlus imageJFolderOpener() {
        ImagePlus imp = FolderOpener.open(dir.toString());
        if (imp == null || imp.getStackSize() != BenchmarkSeries.SLICES) {
            throw new IllegalStateException("FolderOpener did not open the series");
        }
        return imp;
    }

    private long baseline;

    @Setup(Level.Iteration)
    public void resetHeapPeaks() {
        System.gc();
        baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks above the post-GC baseline: an upper bound of the true simultaneous peak. */
    @TearDown(Level.Iteration)
    public void reportPeakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        peak -= baseline;
        long voxelBytes = 2L * BenchmarkSeries.SLICES * BenchmarkSeries.MATRIX * BenchmarkSeries.MATRIX;
        System.out.printf(" [heap cap %d MiB, peak above baseline %d MiB = %.2f x voxel bytes]",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20, (double) peak / voxelBytes);
    }
}
