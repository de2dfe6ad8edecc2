package org.tacerisk.radiomics;

/**
 * A grey level co-occurrence matrix (IBSI-1 LFYI): element (i, j) counts the voxel pairs along one direction
 * m·δ whose first voxel has grey level i and second j, both in the ROI intensity mask. Symmetric by default:
 * M_m = M_{m+} + M_{m+}ᵀ, i.e. each pair also counted in the opposite sense (Haralick). Immutable value object;
 * merging (IBSI's merged aggregations) sums counts.
 */
final class GlcmMatrix implements DirectionalMatrix<GlcmMatrix> {

    private final int greyLevels;
    private final long[] counts;
    private final long total;

    private GlcmMatrix(int greyLevels, long[] counts) {
        this.greyLevels = greyLevels;
        this.counts = counts;
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        this.total = sum;
    }

    /**
     * The matrix of direction {@code m} (unit steps, scaled by {@code distance}) over the pairs whose first voxel
     * lies in ROI slices firstSlice..lastSlice. With firstSlice == lastSlice and an in-plane direction this is one
     * 2D slice matrix; over all slices with any direction it is the 3D matrix. {@code levels} needs a border of at
     * least {@code distance}.
     */
    static GlcmMatrix of(PaddedGreyLevels levels, int[] m, int distance, int firstSlice, int lastSlice,
            boolean symmetric) {
        int ng = levels.greyLevelCount();
        long[] counts = new long[ng * ng];
        int[] a = levels.levels();
        int step = levels.offset(m[0] * distance, m[1] * distance, m[2] * distance);
        int rowLength = levels.rowLength();
        for (int s = firstSlice; s <= lastSlice; s++) {
            for (int row = 0, rows = levels.rows(); row < rows; row++) {
                for (int v = levels.rowStart(s, row), end = v + rowLength; v < end; v++) {
                    int i = a[v];
                    if (i != 0) {
                        int j = a[v + step];
                        if (j != 0) {
                            counts[(i - 1) * ng + (j - 1)]++;
                        }
                    }
                }
            }
        }
        if (symmetric) {
            long[] both = new long[counts.length];
            for (int i = 0; i < ng; i++) {
                for (int j = 0; j < ng; j++) {
                    both[i * ng + j] = counts[i * ng + j] + counts[j * ng + i];
                }
            }
            counts = both;
        }
        return new GlcmMatrix(ng, counts);
    }

    /** Package-private for tests: a matrix with the given counts, row-major N_g × N_g. */
    static GlcmMatrix ofCounts(int greyLevels, long... counts) {
        if (counts.length != greyLevels * greyLevels) {
            throw new IllegalArgumentException("need " + greyLevels * greyLevels + " counts");
        }
        return new GlcmMatrix(greyLevels, counts.clone());
    }

    @Override
    public GlcmMatrix plus(GlcmMatrix other) {
        if (other.greyLevels != greyLevels) {
            throw new IllegalArgumentException("cannot merge GLCMs of " + greyLevels + " and " + other.greyLevels
                    + " grey levels");
        }
        long[] sum = counts.clone();
        for (int n = 0; n < sum.length; n++) {
            sum[n] += other.counts[n];
        }
        return new GlcmMatrix(greyLevels, sum);
    }

    @Override
    public boolean isEmpty() {
        return total == 0;
    }

    /** N_g. */
    int greyLevels() {
        return greyLevels;
    }

    /** Count of grey levels (i, j), both 1-based. */
    long count(int i, int j) {
        return counts[(i - 1) * greyLevels + (j - 1)];
    }

    /** Sum of all counts. */
    long total() {
        return total;
    }

    /** Joint probabilities p_ij = count / total, row-major with 0-based indices. */
    double[] probabilities() {
        double[] p = new double[counts.length];
        for (int n = 0; n < p.length; n++) {
            p[n] = (double) counts[n] / total;
        }
        return p;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("GLCM " + greyLevels + "x" + greyLevels + ":");
        for (int i = 0; i < greyLevels; i++) {
            b.append("\n ");
            for (int j = 0; j < greyLevels; j++) {
                b.append(' ').append(counts[i * greyLevels + j]);
            }
        }
        return b.toString();
    }
}
