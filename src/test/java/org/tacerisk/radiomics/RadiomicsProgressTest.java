package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;
import org.tacerisk.image.Volume;

/**
 * Progress and cancel of {@link RadiomicsExtractor#extract(Volume, Mask, RadiomicsSettings, Progress)} on synthetic
 * ROIs (no reference data needed): fractions rise to 1 on a normal run, and a cancel from another thread mid-way
 * stops the whole extraction (processing, the families running in parallel, the filtered image types on their
 * pool) with {@link Cancelled} within a second; the latency is printed (the aim is about 100 ms).
 */
class RadiomicsProgressTest {

    /** Filtered image types on the whole interpolation grid, as IBSI-2 filters them. */
    private static final String FILTERED = """
            interpolation: {enabled: true, spacing: {x: 1, y: 1, z: 1}}
            discretisation: {method: FIXED_BIN_NUMBER, binCount: 32}
            imageTypes:
              original: true
              log: {sigmas_mm: [2, 4], truncate: 4}
              wavelet: {family: coif1, bands: [LLH, HHH], level: 1}
            """;

    @Test
    void fractionsRiseMonotonicallyToOneAndNameEveryFamily() {
        Recorder recorder = new Recorder();
        RadiomicsResult result = RadiomicsExtractor.extract(sphereImage(40), sphere(40, 8),
                RadiomicsSettings.defaults(), Progress.of(recorder::add, () -> false));
        recorder.assertMonotoneToOne();
        assertEquals("processing the image", recorder.steps().get(0));
        for (Family family : Family.values()) {
            assertTrue(recorder.steps().contains(family.csvName() + " features"), family + " reported");
        }
        assertEquals(result.features().size() + " feature values", recorder.steps().get(recorder.size() - 1));
    }

    @Test
    void filteredImageTypesReportMonotonicallyWhileRunningInParallel() {
        Recorder recorder = new Recorder();
        RadiomicsExtractor.extract(sphereImage(40), sphere(40, 8), RadiomicsSettingsYaml.parse(FILTERED, null),
                Progress.of(recorder::add, () -> false));
        recorder.assertMonotoneToOne();
        assertTrue(recorder.steps().contains("log-sigma-4-0-mm-3D: filtering"), recorder.steps().toString());
        assertTrue(recorder.steps().contains("wavelet-HHH: glcm features"), recorder.steps().toString());
    }

    @Test
    void cancelStopsAFullExtractionMidWay() throws Exception {
        // a 268,000-voxel ball: long enough (seconds) that the cancel lands while families are running
        long latencyMs = cancelAfter(sphereImage(96), sphere(96, 40), RadiomicsSettings.defaults(),
                step -> step.endsWith(" features"));
        System.out.println("radiomics cancel: Cancelled " + latencyMs + " ms after cancel() (families running)");
        assertTrue(latencyMs < 1000, "stopped " + latencyMs + " ms after cancel()");
    }

    @Test
    void cancelStopsFilteredImageTypesOnTheirPool() throws Exception {
        long latencyMs = cancelAfter(sphereImage(96), sphere(96, 20), RadiomicsSettingsYaml.parse(FILTERED, null),
                step -> step.endsWith(": filtering"));
        System.out.println("radiomics cancel: Cancelled " + latencyMs + " ms after cancel() (image types running)");
        assertTrue(latencyMs < 1000, "stopped " + latencyMs + " ms after cancel()");
        // the pool is shut down and its workers, which check the same progress inside the filters, end
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (imageTypeThreadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(imageTypeThreadsAlive(), "image-type pool threads still running after the cancel");
    }

    @Test
    void anAlreadyCancelledRunDoesNoWork() {
        Progress.Cancellable progress = Progress.cancellable((step, fraction) -> { });
        progress.cancel();
        assertThrows(Cancelled.class, () -> RadiomicsExtractor.extract(sphereImage(20), sphere(20, 5),
                RadiomicsSettings.defaults(), progress));
    }

    /**
     * Runs the extraction on another thread, cancels it at the first step {@code when} accepts and returns the
     * milliseconds from {@code cancel()} to the {@link Cancelled} the call throws.
     */
    private static long cancelAfter(Volume image, Mask mask, RadiomicsSettings settings, Predicate<String> when)
            throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        Progress.Cancellable progress = Progress.cancellable((step, fraction) -> {
            if (when.test(step)) {
                reached.countDown();
            }
        });
        CompletableFuture<Long> thrownAt = CompletableFuture.supplyAsync(() -> {
            try {
                RadiomicsExtractor.extract(image, mask, settings, progress);
                throw new AssertionError("the extraction finished before it was cancelled");
            } catch (Cancelled e) {
                return System.nanoTime();
            }
        }, runnable -> new Thread(runnable, "extraction under test").start());
        assertTrue(reached.await(60, TimeUnit.SECONDS), "the extraction never reached the step to cancel at");
        long cancelledAt = System.nanoTime();
        progress.cancel();
        long thrown;
        try {
            thrown = thrownAt.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("expected Cancelled", e.getCause());
        }
        return TimeUnit.NANOSECONDS.toMillis(thrown - cancelledAt);
    }

    private static boolean imageTypeThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().equals("tacerisk-image-type"));
    }

    /** An n³ grid at 1 mm of noisy CT-like values with a gradient (deterministic). */
    static Volume sphereImage(int n) {
        ImageGeometry g = ImageGeometry.axisAligned(n, n, n, new double[] {1, 1, 1}, new double[3]);
        short[] hu = new short[g.voxelCount()];
        SplittableRandom random = new SplittableRandom(7);
        for (int v = 0; v < hu.length; v++) {
            hu[v] = (short) Math.round(40 + 0.5 * (v % n) + 20 * random.nextGaussian());
        }
        return Volume.ofShorts(g, hu, Volume.HU);
    }

    /** A ball of radius r voxels at the centre of the n³ grid. */
    static Mask sphere(int n, double r) {
        ImageGeometry g = ImageGeometry.axisAligned(n, n, n, new double[] {1, 1, 1}, new double[3]);
        byte[] inside = new byte[g.voxelCount()];
        double c = (n - 1) / 2.0;
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) {
                    double d2 = (i - c) * (i - c) + (j - c) * (j - c) + (k - c) * (k - c);
                    inside[g.index(i, j, k)] = (byte) (d2 <= r * r ? 1 : 0);
                }
            }
        }
        return Mask.of(g, inside);
    }

    /** The (step, fraction) reports in the order the listener received them (from any thread). */
    private static final class Recorder {
        private final List<String> steps = new ArrayList<>();
        private final List<Double> fractions = new ArrayList<>();

        synchronized void add(String step, double fraction) {
            steps.add(step);
            fractions.add(fraction);
        }

        synchronized List<String> steps() {
            return List.copyOf(steps);
        }

        synchronized int size() {
            return steps.size();
        }

        synchronized void assertMonotoneToOne() {
            double last = 0;
            for (int n = 0; n < fractions.size(); n++) {
                double f = fractions.get(n);
                assertTrue(f >= last, "fraction fell from " + last + " to " + f + " at " + steps.get(n));
                assertTrue(f <= 1, "fraction above 1 at " + steps.get(n));
                last = f;
            }
            assertEquals(1.0, last, 0, "the last report");
        }
    }
}
