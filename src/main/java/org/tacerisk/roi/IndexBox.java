package org.tacerisk.roi;

/** A growing inclusive index box (empty until the first voxel), for change notices and bounding boxes. */
final class IndexBox {

    private int iMin;
    private int jMin;
    private int kMin;
    private int iMax;
    private int jMax;
    private int kMax;

    IndexBox() {
        reset();
    }

    void reset() {
        iMin = jMin = kMin = Integer.MAX_VALUE;
        iMax = jMax = kMax = -1;
    }

    boolean isEmpty() {
        return iMax < 0;
    }

    void add(int i, int j, int k) {
        iMin = Math.min(iMin, i);
        jMin = Math.min(jMin, j);
        kMin = Math.min(kMin, k);
        iMax = Math.max(iMax, i);
        jMax = Math.max(jMax, j);
        kMax = Math.max(kMax, k);
    }

    /** Adds the bits {@code [from, to)} of slice k of a grid {@code nx} wide. */
    void addRun(int k, int from, int to, int nx) {
        if (from >= to) {
            return;
        }
        int jFrom = from / nx;
        int jTo = (to - 1) / nx;
        if (jFrom == jTo) {
            add(from % nx, jFrom, k);
            add((to - 1) % nx, jTo, k);
        } else {
            // the run wraps from the end of one row to the start of the next: it spans every column
            add(0, jFrom, k);
            add(nx - 1, jTo, k);
        }
    }

    MaskChange toChange() {
        return new MaskChange(iMin, jMin, kMin, iMax, jMax, kMax);
    }

    /** {iMin, jMin, kMin, iMax, jMax, kMax}, or null when empty. */
    int[] toArray() {
        return isEmpty() ? null : new int[] {iMin, jMin, kMin, iMax, jMax, kMax};
    }
}
