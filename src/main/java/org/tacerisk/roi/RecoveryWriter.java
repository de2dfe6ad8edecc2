package org.tacerisk.roi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.tacerisk.common.BadInputException;

/**
 * Keeps the ROI's recovery file ({@link RecoveryFile}) up to date while the user edits: every change is on disk
 * within {@code interval} plus one write (2 s by default; the issue asks for 10 s), and changes that come faster are
 * coalesced into one write at most every {@code interval}. {@link #flush} writes at once (before a risky step, or
 * when the application closes).
 *
 * <p><b>Threads.</b> Create it, and call {@link #flush}, {@link #close} and {@link #discard}, on the mask's edit
 * thread. In its change listener (on that thread) the writer re-encodes only the changed axial slices into an
 * immutable per-slice copy (microseconds for a brush segment); the file is written from that copy on the writer's
 * own daemon thread, so the edit thread never waits for the disk. A failed write is kept as {@link #lastFailure()},
 * passed to the failure listener (on the writer's thread), and retried every interval until a write succeeds.
 */
public final class RecoveryWriter implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);

    private final EditableMask mask;
    private final Path file;
    private final String seriesKey;
    private final long intervalNanos;
    private final Consumer<MaskChange> listener = this::changed;
    private final ScheduledExecutorService executor;
    private final Object writeLock = new Object();
    private volatile Consumer<Exception> onFailure = e -> { };

    // guarded by this
    private final byte[][] codes;
    private final int[] counts;
    private boolean dirty;
    private ScheduledFuture<?> pending;
    private long lastWriteNanos;
    private Exception lastFailure;
    private boolean closed;

    public RecoveryWriter(EditableMask mask, Path folder, String seriesKey) {
        this(mask, folder, seriesKey, DEFAULT_INTERVAL);
    }

    /**
     * Starts watching {@code mask}; its recovery file is {@link RecoveryFile#pathFor}(folder, seriesKey). Nothing is
     * written until the first change.
     */
    public RecoveryWriter(EditableMask mask, Path folder, String seriesKey, Duration interval) {
        this.mask = Objects.requireNonNull(mask, "mask");
        this.seriesKey = Objects.requireNonNull(seriesKey, "seriesKey");
        this.file = RecoveryFile.pathFor(folder, seriesKey);
        this.intervalNanos = interval.toNanos();
        int nz = mask.geometry().nz();
        this.codes = new byte[nz][];
        this.counts = new int[nz];
        for (int k = 0; k < nz; k++) {
            encode(k);
        }
        this.lastWriteNanos = System.nanoTime() - intervalNanos;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "roi-recovery-writer");
            t.setDaemon(true);
            return t;
        });
        mask.addChangeListener(listener);
    }

    /** The recovery file. */
    public Path file() {
        return file;
    }

    /** Called on the writer's thread when a write fails. */
    public void onFailure(Consumer<Exception> listener) {
        this.onFailure = Objects.requireNonNull(listener);
    }

    /** The last write's failure, or null when the last write succeeded (or none was needed). */
    public synchronized Exception lastFailure() {
        return lastFailure;
    }

    /** Writes the current mask now if anything changed since the last write. */
    public void flush() throws IOException {
        write();
    }

    /** Writes what is left and stops watching; the file stays (it is the recovery). */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            stop();
        }
    }

    /** Stops watching and deletes the recovery file: the ROI was saved, nothing is left to recover. */
    public void discard() throws IOException {
        stop();
        synchronized (writeLock) {
            Files.deleteIfExists(file);
        }
    }

    private void stop() {
        mask.removeChangeListener(listener);
        synchronized (this) {
            closed = true;
            if (pending != null) {
                pending.cancel(false);
            }
        }
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void changed(MaskChange change) {
        for (int k = change.kMin(); k <= change.kMax(); k++) {
            encode(k);
        }
        dirty = true;
        scheduleWrite();
    }

    private void encode(int k) {
        long[] words = mask.sliceWords(k);
        codes[k] = words == null ? new byte[0] : RunLength.encode(words);
        counts[k] = mask.countInSlice(k);
    }

    private synchronized void scheduleWrite() {
        if (closed || pending != null && !pending.isDone()) {
            return;
        }
        long wait = Math.max(0, lastWriteNanos + intervalNanos - System.nanoTime());
        pending = executor.schedule(this::writeInBackground, wait, TimeUnit.NANOSECONDS);
    }

    private void writeInBackground() {
        try {
            write();
        } catch (IOException | BadInputException e) {
            onFailure.accept(e);
        } finally {
            synchronized (this) {
                // changes that came in during the write (or a failed write) get the next slot
                pending = null;
                if (dirty) {
                    scheduleWrite();
                }
            }
        }
    }

    /** Takes the latest picture and writes it; one write at a time, so the newest picture is always the last. */
    private void write() throws IOException {
        synchronized (writeLock) {
            RecoveryFile.Snapshot snapshot;
            synchronized (this) {
                if (!dirty) {
                    return;
                }
                long count = 0;
                for (int c : counts) {
                    count += c;
                }
                snapshot = new RecoveryFile.Snapshot(seriesKey, mask.geometry(), codes.clone(), count);
                dirty = false;
                lastWriteNanos = System.nanoTime();
            }
            try {
                RecoveryFile.write(file, snapshot);
                synchronized (this) {
                    lastFailure = null;
                }
            } catch (IOException | BadInputException e) {
                synchronized (this) {
                    dirty = true;
                    lastFailure = e;
                }
                throw e;
            }
        }
    }
}
