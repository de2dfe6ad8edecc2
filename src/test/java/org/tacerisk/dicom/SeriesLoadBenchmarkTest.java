package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Volume;

/**
 * Load time and peak heap for 500 × 512 × 512 uncompressed slices. Slow (writes 256 MB): runs only with
 * {@code -Dtacerisk.bench=true}, e.g. {@code mvn test -Dtest=SeriesLoadBenchmarkTest -Dtacerisk.bench=true}.
 */
class SeriesLoadBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void load500SlicesOf512() throws Exception {
        assumeTrue(Boolean.getBoolean("tacerisk.bench"), "benchmark: run with -Dtacerisk.bench=true");
        int n = 512;
        int nz = Integer.getInteger("tacerisk.bench.slices", 500);
        ImageGeometry g = ImageGeometry.axisAligned(n, n, nz, new double[] {0.7, 0.7, 1.0}, new double[] {0, 0, 0});
        short[] v = new short[g.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) ((i % 3000) - 1024);
        }
        SeriesEntry series;
        {
            CtSeriesWriter.write(Volume.ofShorts(g, v, Volume.HU), dir, CtWriteOptions.builder().build());
            v = null;
            long t = System.nanoTime();
            series = DicomScanner.scan(dir).allSeries().get(0);
            System.out.printf("scan %d files: %d ms%n", nz, (System.nanoTime() - t) / 1_000_000);
        }
        long voxelBytes = 2L * n * n * nz;
        for (int run = 0; run < 4; run++) {
            System.gc();
            long base = heapUsed();
            resetPeaks();
            long t = System.nanoTime();
            LoadedSeries loaded = SeriesLoader.load(series);
            long ms = (System.nanoTime() - t) / 1_000_000;
            long peak = heapPeak() - base;
            System.out.printf("run %d: load %d ms, peak heap above baseline %.0f MB = %.2f × voxel bytes (%s)%n",
                    run, ms, peak / 1e6, (double) peak / voxelBytes, loaded.volume());
            loaded = null;
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }

    /** Sum of per-pool peaks: an upper bound of the true simultaneous peak. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
