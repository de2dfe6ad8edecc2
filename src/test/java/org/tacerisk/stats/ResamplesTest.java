package org.tacerisk.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;

/**
 * {@link Resamples} and the procedure entry points {@link BootstrapValidation#ofProcedure} and
 * {@link BootstrapCalibration#ofProcedure}: the pluggable refit generalises, and does not change, validate and
 * calibrate of a fixed design; failed refits are counted; the result does not depend on the threads.
 */
class ResamplesTest {

    /** With the plain logistic refit of the fixed columns, the procedure bootstrap is validate/calibrate exactly. */
    @Test
    void plainLogisticRefitReproducesValidateAndCalibrateExactly() {
        for (String dataset : ValidateReference.DATASETS) {
            ModelFrame frame = ValidateReference.frame(dataset);
            double[][] x = frame.x();
            double[] y = frame.y();
            int b = 40;
            long seed = 9;
            double[] lp = LogisticRegression.fit(x, y).linearPredictors();
            Resamples refits = Resamples.run(y.length, b, seed, ResampleRefit.logistic(x, y));
            assertEquals(BootstrapValidation.of(x, y, b, seed), BootstrapValidation.ofProcedure(lp, y, refits),
                    dataset);
            BootstrapCalibration expected = BootstrapCalibration.of(x, y, b, seed);
            BootstrapCalibration got = BootstrapCalibration.ofProcedure(lp, y, refits);
            assertArrayEquals(expected.predy(), got.predy());
            assertArrayEquals(expected.predicted(), got.predicted());
            assertArrayEquals(expected.calibratedCorrected(), got.calibratedCorrected());
            assertArrayEquals(expected.training(), got.training());
            assertArrayEquals(expected.test(), got.test());
            assertArrayEquals(expected.n(), got.n());
            assertEquals(expected.summary(), got.summary());
            assertEquals(expected.failed(), got.failed());
        }
    }

    /**
     * Issue 12: each refit is reported as "bootstrap b/B" in order; once cancelled no refit starts, a refit that
     * sees the cancel itself stops, and the run throws Cancelled after the running refits have ended.
     */
    @Test
    void progressCountsTheRefitsAndACancelStopsTakingResamples() throws InterruptedException {
        List<String> steps = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Resamples.run(7, 12, 1, rows -> ResampleRefit.Refit.failed("unused"),
                Progress.of((step, fraction) -> steps.add(step + " " + fraction), () -> false));
        assertEquals("bootstrap 1/12 " + 1 / 12.0, steps.get(0));
        assertEquals("bootstrap 12/12 1.0", steps.get(11));

        // A pool of its own: the common pool may hold extra compensation threads left by other tests, so its
        // parallelism does not bound how many refits run at once.
        int threads = 2;
        ForkJoinPool pool = new ForkJoinPool(threads);
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        Progress.Cancellable progress = Progress.cancellable((step, fraction) -> { });
        try {
            java.util.concurrent.ExecutionException thrown = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> pool.submit(() -> Resamples.run(7, 400, 1,
                            rows -> {
                                if (started.incrementAndGet() == 5) {
                                    progress.cancel();
                                }
                                progress.checkCancelled(); // a long refit checks the same cancellation
                                return ResampleRefit.Refit.failed("unused");
                            }, progress)).get());
            assertTrue(thrown.getCause() instanceof Cancelled, String.valueOf(thrown.getCause()));
        } finally {
            pool.shutdown();
        }
        int afterCancel = started.get();
        assertTrue(afterCancel < 5 + threads, afterCancel + " refits started");
        Thread.sleep(100);
        assertEquals(afterCancel, started.get(), "no refit started after it has thrown");
    }

    /** Resample b holds draws b·n .. b·n + n − 1 of SplittableRandom(seed).nextInt(n), as OptimismBootstrap drew. */
    @Test
    void rowsAreTheSequentialDrawsOfTheSeed() {
        int n = 7;
        Resamples r = Resamples.run(n, 5, 42, rows -> ResampleRefit.Refit.failed("unused"));
        SplittableRandom random = new SplittableRandom(42);
        for (int b = 0; b < 5; b++) {
            for (int i = 0; i < n; i++) {
                assertEquals(random.nextInt(n), r.rows(b)[i]);
            }
        }
    }

    /**
     * One event among 10 rows, intercept-only model: a resample without row 0 (the event) has a constant outcome,
     * which lrm.fit fails on. So exactly the resamples missing row 0 fail (about B·0.9¹⁰ = 0.349·B), counted, not
     * thrown; and a refit that throws fails exactly where it throws.
     */
    @Test
    void failedRefitsAreCountedNotThrown() {
        int n = 10;
        double[] y = new double[n];
        y[0] = 1;
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {1};
        }
        int b = 400;
        Resamples lrm = Resamples.run(n, b, 3, ResampleRefit.logistic(x, y));
        int withoutEvent = 0;
        for (int k = 0; k < b; k++) {
            boolean none = Arrays.stream(lrm.rows(k)).noneMatch(i -> i == 0);
            withoutEvent += none ? 1 : 0;
            assertEquals(none, lrm.refit(k).isFailed(), "resample " + k);
        }
        assertEquals(withoutEvent, lrm.failed());
        assertTrue(withoutEvent > 100 && withoutEvent < 180, "expected about 139.5 (sd 9.5), got " + withoutEvent);
        assertTrue(lrm.failures().get(0).contains("constant"), lrm.failures().get(0));

        double[] lp = LogisticRegression.fit(x, y).linearPredictors();
        BootstrapValidation v = BootstrapValidation.ofProcedure(lp, y, lrm);
        assertEquals(withoutEvent, v.failed());
        assertEquals(b, v.resamples());

        Resamples throwing = Resamples.run(n, b, 3, rows -> {
            if (Arrays.stream(rows).noneMatch(i -> i == 0)) {
                throw new IllegalArgumentException("no event");
            }
            return ResampleRefit.logistic(x, y).refit(rows);
        });
        assertEquals(withoutEvent, throwing.failed());
        assertTrue(throwing.failures().get(0).contains("no event"));
        assertEquals(v, BootstrapValidation.ofProcedure(lp, y, throwing));

        Resamples all = Resamples.run(n, 20, 3, rows -> {
            throw new ArithmeticException("always");
        });
        BootstrapValidation none = BootstrapValidation.ofProcedure(lp, y, all);
        assertEquals(20, none.failed());
        assertEquals(0, none.index("Dxy").n());
        assertTrue(Double.isNaN(none.index("Slope").indexCorrected()));
    }

    /** A small selection procedure (keep the 2 of 30 columns most correlated with y, then lrm) on 1 and 4 threads. */
    @Test
    void sameSeedSameResultOnOneOrManyThreads() throws Exception {
        Random random = new Random(11);
        int n = 80;
        int p = 30;
        double[][] z = new double[n][p];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                z[i][j] = random.nextGaussian();
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z[i][0])) ? 1 : 0;
        }
        ResampleRefit select = rows -> {
            double[] yb = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                yb[i] = y[rows[i]];
            }
            Integer[] order = new Integer[p];
            double[] score = new double[p];
            for (int j = 0; j < p; j++) {
                order[j] = j;
                double s = 0;
                for (int i = 0; i < rows.length; i++) {
                    s += z[rows[i]][j] * (yb[i] - 0.5);
                }
                score[j] = Math.abs(s);
            }
            Arrays.sort(order, (a, c) -> Double.compare(score[c], score[a]));
            int[] keep = {order[0], order[1]};
            double[][] xb = new double[rows.length][];
            double[][] xo = new double[n][];
            for (int i = 0; i < rows.length; i++) {
                xb[i] = new double[] {1, z[rows[i]][keep[0]], z[rows[i]][keep[1]]};
            }
            for (int i = 0; i < n; i++) {
                xo[i] = new double[] {1, z[i][keep[0]], z[i][keep[1]]};
            }
            return ResampleRefit.lrm(xb, yb, xo).withSelected(List.of("z" + keep[0], "z" + keep[1]));
        };
        double[] lp = new double[n];
        for (int i = 0; i < n; i++) {
            lp[i] = z[i][0];
        }
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            Resamples a = one.submit(() -> Resamples.run(n, 60, 5, select)).get();
            Resamples c = four.submit(() -> Resamples.run(n, 60, 5, select)).get();
            for (int b = 0; b < 60; b++) {
                assertArrayEquals(a.rows(b), c.rows(b));
                assertArrayEquals(a.refit(b).training(), c.refit(b).training());
                assertArrayEquals(a.refit(b).test(), c.refit(b).test());
                assertEquals(a.refit(b).selected(), c.refit(b).selected());
            }
            assertEquals(one.submit(() -> BootstrapValidation.ofProcedure(lp, y, a)).get(),
                    four.submit(() -> BootstrapValidation.ofProcedure(lp, y, c)).get());
            // z0 carries the signal: it is selected in most resamples, a noise column rarely
            double f0 = a.selectionFrequency("z0");
            assertEquals(f0, c.selectionFrequency("z0"));
            assertTrue(f0 > 0.5, "z0 selected in " + f0);
            assertTrue(a.selectionFrequency("z29") < f0);
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }
}
