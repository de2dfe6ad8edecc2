package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;

/**
 * B bootstrap resamples of n rows and the refit of each ({@link ResampleRefit}), computed once so that
 * {@link BootstrapValidation#ofProcedure} and {@link BootstrapCalibration#ofProcedure} share them: the same
 * resamples for both, as R's {@code set.seed} before {@code validate} and before {@code calibrate} gives, at the
 * cost of one set of refits instead of two (a refit that repeats a whole selection procedure is expensive).
 *
 * <p>The rows are drawn first, sequentially, exactly as {@link OptimismBootstrap} draws them
 * ({@link SplittableRandom} with the seed; resample b takes draws b·n .. b·n + n − 1 of {@code nextInt(n)}); the
 * refits then run in parallel (common fork-join pool, or the pool the caller runs in) and are stored per resample,
 * so the result does not depend on the number of threads or their scheduling.
 */
public final class Resamples {

    private final int n;
    private final long seed;
    private final int[][] rows;
    private final ResampleRefit.Refit[] refits;

    private Resamples(int n, long seed, int[][] rows, ResampleRefit.Refit[] refits) {
        this.n = n;
        this.seed = seed;
        this.rows = rows;
        this.refits = refits;
    }

    /**
     * Draws {@code resamples} resamples of {@code n} rows with {@code seed} and refits each.
     *
     * @throws IllegalArgumentException when resamples &lt; 1 or n &lt; 1
     */
    public static Resamples run(int n, int resamples, long seed, ResampleRefit refit) {
        return run(n, resamples, seed, refit, Progress.NONE);
    }

    /**
     * As {@link #run(int, int, long, ResampleRefit)}, telling {@code progress} "bootstrap 57/200" after each refit
     * (from the refitting threads, one call at a time, counts increasing) and checking it before each refit. A refit
     * that may take long checks the same cancellation itself (the refit was built with it).
     *
     * @throws Cancelled when {@code progress} is cancelled; no refit is still running when it is thrown
     */
    public static Resamples run(int n, int resamples, long seed, ResampleRefit refit, Progress progress) {
        if (resamples < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one resample, got " + resamples);
        }
        if (n < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one row, got " + n);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] rows = new int[resamples][n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                rows[b][i] = random.nextInt(n);
            }
        }
        ResampleRefit.Refit[] refits = new ResampleRefit.Refit[resamples];
        AtomicInteger done = new AtomicInteger();
        // a cancelled worker leaves its refit null and skips the rest rather than throwing, so that no refit is still
        // running when this method throws
        IntStream.range(0, resamples).parallel().forEach(b -> {
            if (progress.isCancelled()) {
                return;
            }
            try {
                refits[b] = refitOne(refit, rows[b].clone(), n);
            } catch (Cancelled e) {
                return;
            }
            synchronized (done) {
                int d = done.incrementAndGet();
                progress.report("bootstrap " + d + "/" + resamples, (double) d / resamples);
            }
        });
        if (done.get() < resamples) {
            throw new Cancelled();
        }
        return new Resamples(n, seed, rows, refits);
    }

    private static ResampleRefit.Refit refitOne(ResampleRefit refit, int[] rows, int n) {
        ResampleRefit.Refit r;
        try {
            r = refit.refit(rows);
        } catch (Cancelled e) {
            throw e;
        } catch (RuntimeException e) {
            return ResampleRefit.Refit.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (r == null) {
            return ResampleRefit.Refit.failed("the refit returned nothing");
        }
        if (!r.isFailed() && (r.training() == null || r.training().length != n || r.test() == null
                || r.test().length != n)) {
            throw new IllegalStateException("a refit must return " + n + " training and " + n
                    + " test linear predictors");
        }
        return r;
    }

    /** The number of original rows, n. */
    public int n() {
        return n;
    }

    /** B. */
    public int resamples() {
        return rows.length;
    }

    public long seed() {
        return seed;
    }

    /** Resample b's rows (indexes into the original rows). */
    public int[] rows(int b) {
        return rows[b].clone();
    }

    /** Resample b's refit (possibly failed). */
    public ResampleRefit.Refit refit(int b) {
        return refits[b];
    }

    /** How many refits failed. */
    public int failed() {
        int f = 0;
        for (ResampleRefit.Refit r : refits) {
            f += r.isFailed() ? 1 : 0;
        }
        return f;
    }

    /** Why each failed refit failed, in resample order. */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        for (ResampleRefit.Refit r : refits) {
            if (r.isFailed()) {
                out.add(r.failure());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Selection stability: the fraction of the successful refits whose {@link ResampleRefit.Refit#selected()}
     * contains {@code name} (NaN when every refit failed).
     */
    public double selectionFrequency(String name) {
        int ok = 0;
        int hit = 0;
        for (ResampleRefit.Refit r : refits) {
            if (!r.isFailed()) {
                ok++;
                hit += r.selected().contains(name) ? 1 : 0;
            }
        }
        return ok == 0 ? Double.NaN : (double) hit / ok;
    }
}
