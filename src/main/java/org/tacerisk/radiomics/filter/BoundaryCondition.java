package org.tacerisk.radiomics.filter;

/**
 * How a filter sees voxels beyond the image edge (IBSI-2, "boundary conditions"): zero padding, nearest value,
 * periodic (wrap) or mirror (symmetric, the edge voxel repeated: ... c b a | a b c ... | c b a ...).
 */
public enum BoundaryCondition {
    ZERO,
    NEAREST,
    PERIODIC,
    MIRROR;

    /**
     * The index in [0, n) whose value stands at position {@code i} (which may lie outside), or −1 where the value
     * is zero (ZERO padding outside the image).
     */
    public int resolve(int i, int n) {
        if (i >= 0 && i < n) {
            return i;
        }
        switch (this) {
            case ZERO:
                return -1;
            case NEAREST:
                return i < 0 ? 0 : n - 1;
            case PERIODIC:
                return Math.floorMod(i, n);
            case MIRROR:
            default:
                int period = 2 * n;
                int m = Math.floorMod(i, period);
                return m < n ? m : period - 1 - m;
        }
    }
}
