package org.tacerisk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacerisk.app.viewer.Orientation;
import org.tacerisk.app.viewer.ViewFrame;
import org.tacerisk.app.viewer.ViewerModel;
import org.tacerisk.app.viewer.ViewerVolume;
import org.tacerisk.dicom.DicomIndex;
import org.tacerisk.app.Messages;
import org.tacerisk.app.OpenedFolder;
import org.tacerisk.app.SeriesPreview;
import org.tacerisk.common.Progress;
import java.util.Locale;
import org.tacerisk.dicom.LoadedSeries;
import org.tacerisk.dicom.SeriesLoader;
import org.tacerisk.image.Volume;

/**
 * Issue 13: first image on screen after choosing the series (≤ 1.5 s) and the peak heap for that series (≤ 3 × its
 * voxel bytes), on the 500-slice 512 × 512 series written by {@link BenchmarkSeries}. One round is what the
 * workstation does: scan the folder and make its thumbnails ({@code OpenedFolder.scan}, done when the folder is
 * opened, before a series is chosen: timed, but apart),
 * then, once the series is chosen, {@code SeriesLoader.load}, the viewer's ImageJ stack ({@link ViewerVolume}), the
 * model, and the first frame of each view of the three-view layout (axial 1000 × 1000, coronal and sagittal
 * 500 × 500 view pixels). The JavaFX upload of the frame to the screen is not included (no screen here).
 *
 * <p>Round 1 runs in a fresh JVM (nothing compiled yet: the first series a user opens); later rounds repeat it in the
 * same JVM after dropping everything. Heap per round: the GC'd baseline before it, the sum of the heap pools' peaks
 * above that baseline (an upper bound of the true peak, since pools peak at different moments, and garbage the
 * collector had not yet needed to free counts too), and what stays reachable after a {@code System.gc()} while the
 * series is shown. Running with {@code -Xmx} at 3 × the stored voxel bytes proves the live peak is below that.
 * The process CPU time from choosing to the axial frame is printed too: on a shared machine the wall time mostly
 * measures the wait for a core.
 *
 * <pre>java -Xmx750m -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     org.tacerisk.bench.FirstImageHarness target/bench/ct-500 5</pre>
 */
public final class FirstImageHarness {

    private static final int MAIN_VIEW = 1000;
    private static final Messages TEXT = Messages.of(Locale.ENGLISH);
    private static final int SMALL_VIEW = 500;

    private FirstImageHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/ct-500");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (BenchmarkSeries.countFiles(dir) != BenchmarkSeries.SLICES) {
            throw new IllegalStateException("run BenchmarkSeries first: " + dir + " lacks the 500-slice series");
        }
        long storedBytes = 2L * BenchmarkSeries.SLICES * BenchmarkSeries.MATRIX * BenchmarkSeries.MATRIX;
        System.out.printf("heap cap %d MiB; stored voxel bytes (2 B) %d MiB, as floats (4 B) %d MiB; %d cores%n",
                Runtime.getRuntime().maxMemory() >> 20, storedBytes >> 20, 2 * storedBytes >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.println("round  scan ms  first look ms  load ms  viewerVolume ms  axial frame ms  3 frames ms  chosen->axial ms"
                + "  (process CPU ms)  chosen->3 views ms  peak MiB (x2B, x4B)  retained MiB (x2B)");
        List<Long> chosenToAxial = new ArrayList<>();
        List<Long> chosenToLook = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            System.gc();
            long baseline = heapUsed();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

            long t0 = System.nanoTime();
            // as the window opens a folder: scan, then a thumbnail per series (two middle files decoded)
            DicomIndex index = OpenedFolder.scan(dir, TEXT, Progress.NONE).index();
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            // what the window shows first: the middle slice of two middle files, full size (MainWindow.loadSeries)
            SeriesPreview.of(index.allSeries().get(0), Progress.NONE, 512);
            long tLook = System.nanoTime();
            LoadedSeries loaded = SeriesLoader.load(index.allSeries().get(0));
            long t2 = System.nanoTime();
            ViewerVolume volume = ViewerVolume.of(loaded.volume());
            long t3 = System.nanoTime();
            ViewerModel model = new ViewerModel();
            model.setVolume(volume);
            model.resizeView(Orientation.AXIAL, MAIN_VIEW, MAIN_VIEW);
            ViewFrame axial = new ViewFrame();
            axial.render(model, Orientation.AXIAL, 1);
            long t4 = System.nanoTime();
            long cpu4 = processCpuNanos();
            List<ViewFrame> small = new ArrayList<>();
            for (Orientation o : new Orientation[] {Orientation.CORONAL, Orientation.SAGITTAL}) {
                model.resizeView(o, SMALL_VIEW, SMALL_VIEW);
                ViewFrame f = new ViewFrame();
                f.render(model, o, 1);
                small.add(f);
            }
            long t5 = System.nanoTime();

            long peak = pooledPeak() - baseline;
            System.gc();
            long retained = heapUsed() - baseline;
            chosenToAxial.add(ms(t4 - t1));
            chosenToLook.add(ms(tLook - t1));
            System.out.printf("%5d %8d %14d %8d %16d %15d %12d %17d %14d %19d %7d (%.2f, %.2f) %9d (%.2f)%n", round,
                    ms(t1 - t0), ms(tLook - t1), ms(t2 - tLook), ms(t3 - t2), ms(t4 - t3), ms(t5 - t3), ms(t4 - t1),
                    ms(cpu4 - cpu1), ms(t5 - t1), peak >> 20,
                    (double) peak / storedBytes, (double) peak / (2 * storedBytes), retained >> 20,
                    (double) retained / storedBytes);
            keep(loaded.volume(), axial, small);
        }
        long[] sorted = chosenToAxial.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("chosen -> axial frame: first (cold JVM) %d ms, median of all %d rounds %d ms%n",
                chosenToAxial.get(0), sorted.length, sorted[sorted.length / 2]);
        System.out.printf("chosen -> first look (middle slice on screen): first (cold JVM) %d ms, max %d ms%n",
                chosenToLook.get(0), chosenToLook.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    /** Keeps the round's objects reachable until the retained heap has been read. */
    private static void keep(Volume volume, ViewFrame axial, List<ViewFrame> small) {
        if (volume.voxelCount() < 0 || axial.pixels().length + small.size() < 0) {
            System.out.println(Arrays.toString(axial.pixels()));
        }
    }

    /** CPU time of every thread of this JVM (loader workers, GC and JIT included): the work, without waits for a core. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long pooledPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long ms(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
