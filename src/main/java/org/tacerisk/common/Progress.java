package org.tacerisk.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * How every long core call reports what it is doing and learns that the user wants it to stop: one idiom for DICOM
 * loading, radiomics, deep learning, prediction, cohort work and the synthetic writer, so that the command line
 * (progress lines on stderr) and the workstation (a JavaFX {@code Task} with a progress bar and a Cancel button)
 * wrap the same calls. Toolkit neutral: no thread is assumed; {@link #report} may be called from worker threads, so
 * a listener that touches a UI must hand over to the UI thread itself.
 *
 * <p>A long call calls {@link #checkCancelled()} often enough that a cancel stops it within about 100 ms (between
 * slices, cases, families, epochs, resamples), and throws {@link Cancelled}; what it wrote until then is either
 * complete or removed, never half-written. {@link #slice} hands a part of the range to a sub-step.
 */
public interface Progress {

    /** Reports nothing and is never cancelled. */
    Progress NONE = of((step, fraction) -> { }, () -> false);

    /**
     * The call is at {@code step} (words a user reads, e.g. "GLCM features", "case 12 of 475"), and
     * {@code fraction} of the whole call is done (0 to 1; NaN when not known).
     */
    void report(String step, double fraction);

    /** True once the user asked to stop. */
    boolean isCancelled();

    /** Throws {@link Cancelled} once the user asked to stop; long loops call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /**
     * A sub-step owning the part {@code from} … {@code to} of this call's range: its fractions 0 … 1 are reported
     * here as {@code from} … {@code to}; cancelling this cancels it.
     */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return of((step, fraction) -> parent.report(step, Double.isNaN(fraction) ? Double.NaN
                : from + (to - from) * Math.max(0, Math.min(1, fraction))), parent::isCancelled);
    }

    /** A progress from a listener and a cancellation test. */
    static Progress of(BiConsumer<String, Double> listener, BooleanSupplier cancelled) {
        return new Progress() {
            @Override
            public void report(String step, double fraction) {
                listener.accept(step, fraction);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    /** A progress the caller can cancel from any thread, e.g. a command's Ctrl-C or a Cancel button. */
    static Cancellable cancellable(BiConsumer<String, Double> listener) {
        return new Cancellable(listener);
    }

    /** A {@link Progress} with a {@link #cancel()} switch. */
    final class Cancellable implements Progress {

        private final BiConsumer<String, Double> listener;
        private final AtomicBoolean cancelled = new AtomicBoolean();

        private Cancellable(BiConsumer<String, Double> listener) {
            this.listener = listener;
        }

        /** Asks the running call to stop; it throws {@link Cancelled} at its next check. */
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public void report(String step, double fraction) {
            listener.accept(step, fraction);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
