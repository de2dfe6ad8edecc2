package org.tacerisk.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Progress;

/** What several families derive from one ROI is computed once, also when they ask at the same time. */
class SharedQuantitiesTest {

    @Test
    void concurrentAskersGetOneComputation() throws Exception {
        SharedQuantities shared = new SharedQuantities();
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return shared.get("key", () -> {
                        computations.incrementAndGet();
                        sleep(50);
                        return new Object();
                    });
                }));
            }
            start.countDown();
            Object first = answers.get(0).get(5, TimeUnit.SECONDS);
            for (Future<Object> answer : answers) {
                assertSame(first, answer.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, computations.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aComputationThatThrowsIsDoneAgainByTheNextAsker() {
        SharedQuantities shared = new SharedQuantities();
        assertThrows(IllegalStateException.class, () -> shared.get("key", () -> {
            throw new IllegalStateException("cancelled half-way");
        }));
        assertEquals("done", shared.get("key", () -> "done"));
    }

    @Test
    void familiesOfOneRoiShareTheirInputs() {
        ProcessedRoi roi = TestRois.slice(3, GlcmMatrixTest.IMAGE);
        // the intensity statistics and the IVH sort the intensities once
        assertSame(IntensitySample.ofIntensities(roi), IntensitySample.ofIntensities(roi));
        // GLCM (δ = 1) and GLRLM crop the grey levels once
        assertSame(PaddedGreyLevels.of(roi, 1), PaddedGreyLevels.of(roi, 1));
        // the four zone and neighbourhood families build one texture grid; GLSZM and GLDZM label its zones once
        TextureGrid grid = TextureGrid.of(roi, 1);
        assertSame(grid, TextureGrid.of(roi, 0));
        assertSame(GreyLevelZones.of(grid, 1, true, Progress.NONE), GreyLevelZones.of(grid, 1, true, Progress.NONE));
        // different parameters are different quantities
        assertNotSame(PaddedGreyLevels.of(roi, 1), PaddedGreyLevels.of(roi, 2));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
