package org.tacerisk.roi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.tacerisk.image.ImageGeometry;
import org.tacerisk.image.Mask;

/**
 * The tumour mask while it is being edited, on the CT's {@link ImageGeometry}.
 *
 * <p><b>Storage.</b> One bit per voxel, one bit set per axial slice (i fastest, then j), and no storage at all for an
 * empty slice. A 512 × 512 × 500 series needs 16.4 MB when every slice holds some tumour and about 2 MB for a
 * 100 mL tumour, against 131 MB for a byte per voxel; that keeps the workstation within "peak heap ≤ 3 × the CT's
 * voxel bytes". Axial slices are bit ranges (rows are runs, so fills and undo work word by word); coronal and
 * sagittal planes are read across the slices ({@link #copyPlane}).
 *
 * <p><b>Edits.</b> Every change happens between {@link #beginEdit} and {@link #endEdit}: the first write to an axial
 * slice keeps a copy of it, and {@code endEdit} turns the copies into a {@link MaskDelta} (one undo step);
 * {@link #abortEdit} puts them back. A change outside an edit is refused, so nothing escapes undo or the
 * listeners.
 *
 * <p><b>Listeners.</b> {@link #publish} (called by {@code endEdit}, {@code abortEdit}, undo, redo, and by a brush
 * after each stroke segment) tells every listener the box of voxels changed since the previous notice.
 *
 * <p><b>Threads.</b> Not thread-safe: create it anywhere, then read and edit it on one thread (the workstation's UI
 * thread); listeners run on that thread, synchronously. Work for another thread (the recovery writer) must copy
 * what it needs inside its listener.
 */
public final class EditableMask {

    /** Marks "the slice had no storage (was empty)" among the copies taken before an edit. */
    private static final long[] WAS_EMPTY = new long[0];

    private final ImageGeometry geometry;
    private final int nx;
    private final int sliceBits;
    private final long[][] slices;
    private final List<Consumer<MaskChange>> listeners = new CopyOnWriteArrayList<>();

    private RoiAction editAction;
    private final long[][] before;
    private final List<Integer> touched = new ArrayList<>();
    private final IndexBox dirty = new IndexBox();

    public EditableMask(ImageGeometry geometry) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.nx = geometry.nx();
        this.sliceBits = geometry.sliceSize();
        this.slices = new long[geometry.nz()][];
        this.before = new long[geometry.nz()][];
    }

    /** An editable copy of {@code mask}, on its grid. */
    public static EditableMask of(Mask mask) {
        EditableMask m = new EditableMask(mask.geometry());
        for (int k = 0, n = 0; k < m.slices.length; k++) {
            long[] words = null;
            for (int bit = 0; bit < m.sliceBits; bit++, n++) {
                if (mask.contains(n)) {
                    if (words == null) {
                        words = SliceBits.allocate(m.sliceBits);
                    }
                    SliceBits.set(words, bit);
                }
            }
            m.slices[k] = words;
        }
        return m;
    }

    /** The mask as an immutable {@link Mask} (one byte per voxel: for export and radiomics, not while editing). */
    public Mask toMask() {
        byte[] voxels = new byte[geometry.voxelCount()];
        for (int k = 0; k < slices.length; k++) {
            long[] words = slices[k];
            if (words == null) {
                continue;
            }
            int offset = k * sliceBits;
            for (int n = SliceBits.nextSetBit(words, 0); n >= 0; n = SliceBits.nextSetBit(words, n + 1)) {
                voxels[offset + n] = 1;
            }
        }
        return Mask.of(geometry, voxels);
    }

    public ImageGeometry geometry() {
        return geometry;
    }

    public boolean contains(int i, int j, int k) {
        long[] words = slices[k];
        return words != null && SliceBits.get(words, i + nx * j);
    }

    /** Voxels inside. */
    public long count() {
        long count = 0;
        for (long[] words : slices) {
            if (words != null) {
                count += SliceBits.count(words);
            }
        }
        return count;
    }

    /** Voxels inside axial slice k. */
    public int countInSlice(int k) {
        long[] words = slices[k];
        return words == null ? 0 : SliceBits.count(words);
    }

    public boolean isEmpty() {
        for (long[] words : slices) {
            if (words != null && !SliceBits.isEmpty(words)) {
                return false;
            }
        }
        return true;
    }

    /** {iMin, jMin, kMin, iMax, jMax, kMax} (inclusive) of the voxels inside, or null when empty. */
    public int[] boundingBox() {
        IndexBox box = new IndexBox();
        for (int k = 0; k < slices.length; k++) {
            long[] words = slices[k];
            if (words == null) {
                continue;
            }
            for (int from = SliceBits.nextSetBit(words, 0); from >= 0; ) {
                int to = Math.min(SliceBits.nextClearBit(words, from), sliceBits);
                box.addRun(k, from, to, nx);
                from = SliceBits.nextSetBit(words, to);
            }
        }
        return box.toArray();
    }

    /** True when the plane holds no voxel of the mask. */
    public boolean isEmpty(SlicePlane plane) {
        Planes.require(geometry, plane);
        if (plane.orientation() == Orientation.AXIAL) {
            return countInSlice(plane.index()) == 0;
        }
        byte[] values = new byte[plane.orientation().width(geometry) * plane.orientation().height(geometry)];
        copyPlane(plane, values);
        for (byte v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies a plane into {@code target} (1 inside, 0 outside), u fastest: axial (i, j), coronal (i, k), sagittal
     * (j, k). {@code target} holds at least width × height values of the orientation.
     */
    public void copyPlane(SlicePlane plane, byte[] target) {
        Planes.require(geometry, plane);
        int index = plane.index();
        switch (plane.orientation()) {
            case AXIAL -> copyRows(slices[index], 0, sliceBits, target, 0);
            case CORONAL -> {
                for (int k = 0; k < slices.length; k++) {
                    copyRows(slices[k], nx * index, nx, target, k * nx);
                }
            }
            case SAGITTAL -> {
                int ny = geometry.ny();
                for (int k = 0; k < slices.length; k++) {
                    long[] words = slices[k];
                    for (int j = 0; j < ny; j++) {
                        target[k * ny + j] = (byte) (words != null && SliceBits.get(words, index + nx * j) ? 1 : 0);
                    }
                }
            }
        }
    }

    private static void copyRows(long[] words, int from, int length, byte[] target, int offset) {
        if (words == null) {
            java.util.Arrays.fill(target, offset, offset + length, (byte) 0);
            return;
        }
        for (int n = 0; n < length; n++) {
            int bit = from + n;
            target[offset + n] = (byte) ((words[bit >>> 6] >>> bit) & 1);
        }
    }

    /** True when every voxel agrees with {@code other} (same grid size assumed). */
    public boolean sameVoxels(EditableMask other) {
        if (other.slices.length != slices.length || other.sliceBits != sliceBits) {
            return false;
        }
        for (int k = 0; k < slices.length; k++) {
            long[] a = slices[k];
            long[] b = other.slices[k];
            boolean aEmpty = a == null || SliceBits.isEmpty(a);
            boolean bEmpty = b == null || SliceBits.isEmpty(b);
            if (aEmpty != bEmpty || !aEmpty && !java.util.Arrays.equals(a, b)) {
                return false;
            }
        }
        return true;
    }

    /** An independent copy with no listeners. */
    public EditableMask copy() {
        EditableMask copy = new EditableMask(geometry);
        for (int k = 0; k < slices.length; k++) {
            copy.slices[k] = slices[k] == null ? null : slices[k].clone();
        }
        return copy;
    }

    /** Heap bytes of the voxel storage (slices with tumour plus the slice table). */
    public long memoryBytes() {
        long bytes = 16 + 8L * slices.length;
        for (long[] words : slices) {
            if (words != null) {
                bytes += 16 + 8L * words.length;
            }
        }
        return bytes;
    }

    // ---- listeners ----

    public void addChangeListener(Consumer<MaskChange> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeChangeListener(Consumer<MaskChange> listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners what changed since the last notice; nothing when nothing changed. */
    public void publish() {
        if (dirty.isEmpty()) {
            return;
        }
        MaskChange change = dirty.toChange();
        dirty.reset();
        for (Consumer<MaskChange> listener : listeners) {
            listener.accept(change);
        }
    }

    // ---- edits ----

    /** Starts one user action (one undo step). */
    public void beginEdit(RoiAction action) {
        if (editAction != null) {
            throw new IllegalStateException("an edit (" + editAction + ") is still open; end it before " + action);
        }
        editAction = Objects.requireNonNull(action, "action");
    }

    public boolean isEditing() {
        return editAction != null;
    }

    /**
     * Ends the action: publishes the last changes and returns them as one undo step, or empty when the action
     * changed no voxel.
     */
    public Optional<MaskDelta> endEdit() {
        RoiAction action = requireEditing();
        publish();
        List<Integer> changedSlices = new ArrayList<>();
        List<byte[]> codes = new ArrayList<>();
        long changed = 0;
        touched.sort(null);
        for (int k : touched) {
            long[] old = before[k];
            long[] now = slices[k];
            long[] xor = now.clone();
            if (old != WAS_EMPTY) {
                for (int w = 0; w < xor.length; w++) {
                    xor[w] ^= old[w];
                }
            }
            if (SliceBits.isEmpty(now)) {
                slices[k] = null;
            }
            before[k] = null;
            if (!SliceBits.isEmpty(xor)) {
                changedSlices.add(k);
                codes.add(RunLength.encode(xor));
                changed += SliceBits.count(xor);
            }
        }
        touched.clear();
        editAction = null;
        if (changedSlices.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MaskDelta(action, changedSlices.stream().mapToInt(Integer::intValue).toArray(),
                codes.toArray(new byte[0][]), changed));
    }

    /** Ends the action by putting back every slice it changed (a tool that refused half way). */
    public void abortEdit() {
        requireEditing();
        for (int k : touched) {
            slices[k] = before[k] == WAS_EMPTY ? null : before[k];
            before[k] = null;
            dirty.addRun(k, 0, sliceBits, nx);
        }
        touched.clear();
        editAction = null;
        publish();
    }

    public void set(int i, int j, int k) {
        requireInside(i, j, k);
        SliceBits.set(writable(k), i + nx * j);
        dirty.add(i, j, k);
    }

    public void clear(int i, int j, int k) {
        requireInside(i, j, k);
        if (slices[k] == null) {
            requireEditing();
            return;
        }
        SliceBits.clear(writable(k), i + nx * j);
        dirty.add(i, j, k);
    }

    public void set(int i, int j, int k, boolean inside) {
        if (inside) {
            set(i, j, k);
        } else {
            clear(i, j, k);
        }
    }

    /** Sets or clears voxels i0 … i1 (inclusive) of row j of slice k. */
    public void setRow(int j, int k, int i0, int i1, boolean inside) {
        if (i0 > i1) {
            return;
        }
        requireInside(i0, j, k);
        requireInside(i1, j, k);
        int from = nx * j + i0;
        int to = nx * j + i1 + 1;
        if (inside) {
            SliceBits.setRange(writable(k), from, to);
        } else if (slices[k] != null) {
            SliceBits.clearRange(writable(k), from, to);
        } else {
            requireEditing();
            return;
        }
        dirty.addRun(k, from, to, nx);
    }

    /** Empties the whole mask. */
    public void clearAll() {
        requireEditing();
        for (int k = 0; k < slices.length; k++) {
            if (slices[k] != null) {
                java.util.Arrays.fill(writable(k), 0L);
                dirty.addRun(k, 0, sliceBits, nx);
            }
        }
    }

    /**
     * Makes this mask equal to {@code mask} (an imported RTSTRUCT, SEG or NIfTI mask, a restored recovery), inside an
     * edit, so the import is one undo step.
     *
     * @throws RoiToolException when {@code mask} is on another grid
     */
    public void replaceWith(Mask mask) {
        requireEditing();
        Planes.requireSameGrid(mask.geometry(), geometry);
        for (int k = 0, n = 0; k < slices.length; k++, n += sliceBits) {
            long[] words = null;
            for (int bit = 0; bit < sliceBits; bit++) {
                if (mask.contains(n + bit)) {
                    if (words == null) {
                        words = SliceBits.allocate(sliceBits);
                    }
                    SliceBits.set(words, bit);
                }
            }
            replaceSlice(k, words);
        }
    }

    /** Makes this mask equal to {@code other} (same grid size), inside an edit. */
    public void replaceWith(EditableMask other) {
        requireEditing();
        Planes.requireSameGrid(other.geometry, geometry);
        for (int k = 0; k < slices.length; k++) {
            replaceSlice(k, other.slices[k]);
        }
    }

    private void replaceSlice(int k, long[] words) {
        long[] now = slices[k];
        boolean nowEmpty = now == null || SliceBits.isEmpty(now);
        boolean newEmpty = words == null || SliceBits.isEmpty(words);
        if (nowEmpty && newEmpty || !nowEmpty && !newEmpty && java.util.Arrays.equals(now, words)) {
            return;
        }
        long[] target = writable(k);
        if (newEmpty) {
            java.util.Arrays.fill(target, 0L);
        } else {
            System.arraycopy(words, 0, target, 0, target.length);
        }
        dirty.addRun(k, 0, sliceBits, nx);
    }

    /** Axial slice k's bits for reading (null when empty); callers must not change it. */
    long[] sliceWords(int k) {
        return slices[k];
    }

    int sliceBits() {
        return sliceBits;
    }

    /** Applies an undo/redo delta (XOR) and publishes the change. */
    void apply(MaskDelta delta) {
        if (editAction != null) {
            throw new IllegalStateException("cannot undo or redo while an edit (" + editAction + ") is open");
        }
        for (int n = 0; n < delta.sliceCount(); n++) {
            int k = delta.slice(n);
            long[] words = slices[k] != null ? slices[k] : SliceBits.allocate(sliceBits);
            RunLength.forEachRun(delta.code(n), (from, to) -> {
                SliceBits.flipRange(words, from, to);
                dirty.addRun(k, from, to, nx);
            });
            slices[k] = SliceBits.isEmpty(words) ? null : words;
        }
        publish();
    }

    /** Replaces axial slice k with the bits of a run-length code (the recovery file's reader). */
    void restoreSlice(int k, byte[] code) {
        slices[k] = code.length == 0 ? null : RunLength.decode(code, sliceBits);
    }

    private long[] writable(int k) {
        requireEditing();
        if (before[k] == null) {
            before[k] = slices[k] == null ? WAS_EMPTY : slices[k].clone();
            touched.add(k);
        }
        if (slices[k] == null) {
            slices[k] = SliceBits.allocate(sliceBits);
        }
        return slices[k];
    }

    private void requireInside(int i, int j, int k) {
        if (!geometry.contains(i, j, k)) {
            throw new IndexOutOfBoundsException("voxel (" + i + ", " + j + ", " + k + ") is outside the grid "
                    + geometry.nx() + "x" + geometry.ny() + "x" + geometry.nz());
        }
    }

    private RoiAction requireEditing() {
        if (editAction == null) {
            throw new IllegalStateException("the mask changes only inside beginEdit … endEdit (one undo step)");
        }
        return editAction;
    }
}
