package org.tacerisk.common;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.function.Executable;

/** The cancel tests' one check (issue 12): a call cancelled from another thread stops with Cancelled within 1 s. */
public final class CancelAssertions {

    private CancelAssertions() {
    }

    /**
     * Runs {@code call} here while another thread waits for {@code started} (counted down by the call's progress
     * listener, so the cancel comes mid-way) and then cancels {@code progress}; asserts that the call throws
     * {@link Cancelled} less than a second after the cancel, and returns how many seconds that took.
     */
    public static double assertCancelledWithinASecond(Progress.Cancellable progress, CountDownLatch started,
            Executable call) throws InterruptedException {
        AtomicLong cancelledAt = new AtomicLong();
        Thread canceller = new Thread(() -> {
            try {
                if (started.await(60, TimeUnit.SECONDS)) {
                    cancelledAt.set(System.nanoTime());
                    progress.cancel();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "test-canceller");
        canceller.start();
        assertThrows(Cancelled.class, call);
        long stoppedAt = System.nanoTime();
        canceller.join();
        assertTrue(cancelledAt.get() != 0, "the call ended before it was cancelled");
        double seconds = (stoppedAt - cancelledAt.get()) / 1e9;
        assertTrue(seconds < 1, "stopped " + seconds + " s after the cancel");
        return seconds;
    }

    /** Sleeps, for listeners that stand in for a slow disk so that a call lasts long enough to be cancelled. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
