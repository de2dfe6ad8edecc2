package org.tacerisk.roi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo of mask edits as compact deltas ({@link MaskDelta}: per changed axial slice, XOR + run-length).
 * Holds at most {@code maxSteps} undo steps and at most {@code memoryCap} bytes for undo and redo together; when
 * either is exceeded the oldest undo steps go first. The newest step is always kept, even when it alone is larger
 * than the cap, so the last action can always be undone. A new edit clears the redo steps. Same thread rule as
 * the mask.
 */
public final class UndoHistory {

    /** The issue asks for at least 100 steps. */
    public static final int MIN_STEPS = 100;
    public static final int DEFAULT_MAX_STEPS = 500;
    public static final long DEFAULT_MEMORY_CAP = 64L << 20;

    /** What the history holds now, for the status bar. */
    public record Usage(long bytes, int undoSteps, int redoSteps, long capBytes, int droppedSteps) {
    }

    private final int maxSteps;
    private final long memoryCap;
    private final Deque<MaskDelta> undo = new ArrayDeque<>();
    private final Deque<MaskDelta> redo = new ArrayDeque<>();
    private long bytes;
    private int dropped;

    public UndoHistory() {
        this(DEFAULT_MAX_STEPS, DEFAULT_MEMORY_CAP);
    }

    public UndoHistory(int maxSteps, long memoryCap) {
        if (maxSteps < MIN_STEPS) {
            throw new IllegalArgumentException("an undo history keeps at least " + MIN_STEPS + " steps, not " + maxSteps);
        }
        if (memoryCap <= 0) {
            throw new IllegalArgumentException("the undo memory cap must be positive: " + memoryCap);
        }
        this.maxSteps = maxSteps;
        this.memoryCap = memoryCap;
    }

    /** Records a finished edit; the redo steps are dropped. */
    public void record(MaskDelta delta) {
        for (MaskDelta r : redo) {
            bytes -= r.bytes();
        }
        redo.clear();
        undo.addLast(delta);
        bytes += delta.bytes();
        while (undo.size() > 1 && (undo.size() > maxSteps || bytes > memoryCap)) {
            bytes -= undo.removeFirst().bytes();
            dropped++;
        }
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The action the next undo reverts. */
    public Optional<RoiAction> nextUndo() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peekLast().action());
    }

    /** The action the next redo repeats. */
    public Optional<RoiAction> nextRedo() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peekLast().action());
    }

    /** Reverts the newest step on {@code mask}; false when there is none. */
    public boolean undo(EditableMask mask) {
        if (undo.isEmpty()) {
            return false;
        }
        MaskDelta delta = undo.peekLast();
        mask.apply(delta);
        redo.addLast(undo.removeLast());
        return true;
    }

    /** Repeats the newest undone step on {@code mask}; false when there is none. */
    public boolean redo(EditableMask mask) {
        if (redo.isEmpty()) {
            return false;
        }
        MaskDelta delta = redo.peekLast();
        mask.apply(delta);
        undo.addLast(redo.removeLast());
        return true;
    }

    /** Forgets every step (a new mask was loaded). */
    public void clear() {
        undo.clear();
        redo.clear();
        bytes = 0;
    }

    public Usage usage() {
        return new Usage(bytes, undo.size(), redo.size(), memoryCap, dropped);
    }
}
