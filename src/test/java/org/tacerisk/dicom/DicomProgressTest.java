package org.tacerisk.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tacerisk.common.CancelAssertions.assertCancelledWithinASecond;
import static org.tacerisk.common.CancelAssertions.sleep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.image.Volume;

/**
 * Issue 12: scanning a folder and loading a series report "reading headers n/N" and "decoding slice n/N" with
 * fractions, and a cancel from another thread stops them within a second with {@link Cancelled}.
 */
class DicomProgressTest {

    private static final int SLICES = 300;

    @TempDir
    static Path dir;

    private static Path folder;

    @BeforeAll
    static void writeSeries() throws IOException {
        folder = dir.resolve("ct");
        Volume ct = DicomTestData.volume(32, 32, SLICES);
        CtSeriesWriter.write(ct, folder, CtWriteOptions.builder().build());
    }

    /** A step and its fraction as the listener got them. */
    record Report(String step, double fraction) {
    }

    @Test
    void scanAndLoadReportEveryFileInOrderUpToTheWhole() throws IOException {
        List<Report> scan = Collections.synchronizedList(new ArrayList<>());
        DicomIndex index = DicomScanner.scan(folder, Progress.of((s, f) -> scan.add(new Report(s, f)), () -> false));
        assertEquals(new Report("reading headers " + SLICES + "/" + SLICES, 1.0), scan.get(scan.size() - 1));
        assertEquals(new Report("reading headers 150/" + SLICES, 0.5), scan.get(scan.size() - 151));
        assertIncreasing(scan);

        List<Report> load = Collections.synchronizedList(new ArrayList<>());
        LoadedSeries loaded = SeriesLoader.load(SeriesSelection.choose(index, null),
                Progress.of((s, f) -> load.add(new Report(s, f)), () -> false));
        assertEquals(SLICES, loaded.volume().geometry().nz());
        assertEquals(2 * SLICES, load.size(), "one report per header and one per slice");
        assertEquals(new Report("reading headers " + SLICES + "/" + SLICES, 0.2), load.get(SLICES - 1),
                "the headers take the first fifth");
        assertEquals("decoding slice 150/" + SLICES, load.get(SLICES + 149).step());
        assertEquals(0.6, load.get(SLICES + 149).fraction(), 1e-12);
        assertEquals(new Report("decoding slice " + SLICES + "/" + SLICES, 1.0), load.get(load.size() - 1));
        assertIncreasing(load);
    }

    @Test
    void aCancelFromAnotherThreadStopsASeriesLoadWithinASecond() throws Exception {
        SeriesEntry series = SeriesSelection.choose(DicomScanner.scan(folder), null);
        SlowDisk disk = new SlowDisk("decoding slice");
        assertCancelledWithinASecond(disk.progress, disk.started, () -> SeriesLoader.load(series, disk.progress));
        assertTrue(disk.files > 0 && disk.files < SLICES / 2, "stopped mid-way, after " + disk.files + " slices");
    }

    @Test
    void aCancelFromAnotherThreadStopsAScanWithinASecond() throws Exception {
        SlowDisk disk = new SlowDisk("reading headers");
        assertCancelledWithinASecond(disk.progress, disk.started, () -> DicomScanner.scan(folder, disk.progress));
        assertTrue(disk.files > 0 && disk.files < SLICES / 2, "stopped mid-way, after " + disk.files + " headers");
    }

    /**
     * A cancellable progress whose listener stands in for a slow disk: 5 ms per file of the step {@code step}, so
     * that a call would take at least SLICES × 5 ms = 1.5 s; {@code started} opens at the first such file.
     */
    private static final class SlowDisk {

        final CountDownLatch started = new CountDownLatch(1);
        final Progress.Cancellable progress;
        int files;

        SlowDisk(String step) {
            progress = Progress.cancellable((s, fraction) -> {
                if (s.startsWith(step)) {
                    files++;
                    started.countDown();
                    sleep(5);
                }
            });
        }
    }

    private static void assertIncreasing(List<Report> reports) {
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i).fraction() > reports.get(i - 1).fraction(), reports.get(i)::toString);
        }
    }
}
