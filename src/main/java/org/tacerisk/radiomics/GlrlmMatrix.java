package org.tacerisk.radiomics;

/**
 * A grey level run length matrix (IBSI-1 TP0I): element (i, j) counts the runs of grey level i and length j along
 * one direction, a run being a maximal line of consecutive ROI voxels with the same grey level (voxels outside the
 * intensity mask end a run). Carries N_v, the number of ROI voxels the runs were taken from, because run percentage
 * needs it and IBSI sums it when merging. Immutable value object.
 *
 * <p>The sums the 16 features share (the occupied cells, the marginals r_i. and r_.j, the mean grey level and run
 * length) are computed once per matrix, when a feature first asks ({@link #runs()}).
 */
final class GlrlmMatrix implements DirectionalMatrix<GlrlmMatrix> {

    private final int greyLevels;
    private final int maxRunLength;
    private final long[] counts;
    private final long voxelCount;
    private final long runCount;
    private volatile Runs runs;

    private GlrlmMatrix(int greyLevels, int maxRunLength, long[] counts, long voxelCount) {
        this.greyLevels = greyLevels;
        this.maxRunLength = maxRunLength;
        this.counts = counts;
        this.voxelCount = voxelCount;
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        this.runCount = sum;
    }

    /**
     * The runs along direction {@code m} that start in ROI slices firstSlice..lastSlice: one slice with an in-plane
     * direction gives a 2D slice matrix, all slices with any direction the 3D matrix. {@code voxelCount} is the N_v
     * of those slices. {@code levels} needs a border of at least 1.
     */
    static GlrlmMatrix of(PaddedGreyLevels levels, int[] m, int firstSlice, int lastSlice, long voxelCount) {
        int ng = levels.greyLevelCount();
        int maxRun = Math.max(1, levels.longestLine());
        long[] counts = new long[ng * maxRun];
        int[] a = levels.levels();
        int step = levels.offset(m[0], m[1], m[2]);
        int rowLength = levels.rowLength();
        for (int s = firstSlice; s <= lastSlice; s++) {
            for (int row = 0, rows = levels.rows(); row < rows; row++) {
                for (int v = levels.rowStart(s, row), end = v + rowLength; v < end; v++) {
                    int g = a[v];
                    // a run starts where the previous voxel along m differs (or lies outside the ROI)
                    if (g != 0 && a[v - step] != g) {
                        int length = 1;
                        while (a[v + length * step] == g) {
                            length++;
                        }
                        counts[(g - 1) * maxRun + (length - 1)]++;
                    }
                }
            }
        }
        return new GlrlmMatrix(ng, maxRun, counts, voxelCount);
    }

    /** Package-private for tests: a matrix with the given counts, row-major N_g × maxRunLength. */
    static GlrlmMatrix ofCounts(int greyLevels, int maxRunLength, long voxelCount, long... counts) {
        if (counts.length != greyLevels * maxRunLength) {
            throw new IllegalArgumentException("need " + greyLevels * maxRunLength + " counts");
        }
        return new GlrlmMatrix(greyLevels, maxRunLength, counts.clone(), voxelCount);
    }

    @Override
    public GlrlmMatrix plus(GlrlmMatrix other) {
        if (other.greyLevels != greyLevels || other.maxRunLength != maxRunLength) {
            throw new IllegalArgumentException("cannot merge GLRLMs of different sizes");
        }
        long[] sum = counts.clone();
        for (int n = 0; n < sum.length; n++) {
            sum[n] += other.counts[n];
        }
        return new GlrlmMatrix(greyLevels, maxRunLength, sum, voxelCount + other.voxelCount);
    }

    @Override
    public boolean isEmpty() {
        return runCount == 0;
    }

    int greyLevels() {
        return greyLevels;
    }

    /** N_r, the number of run-length columns. */
    int maxRunLength() {
        return maxRunLength;
    }

    /** Runs of grey level i with length j, both 1-based; 0 beyond the matrix. */
    long count(int i, int j) {
        return j > maxRunLength ? 0 : counts[(i - 1) * maxRunLength + (j - 1)];
    }

    /** N_s, the number of runs. */
    long runCount() {
        return runCount;
    }

    /** N_v (summed over merged matrices). */
    long voxelCount() {
        return voxelCount;
    }

    /** The shared sums of a non-empty matrix, computed on first use. */
    Runs runs() {
        Runs r = runs;
        if (r == null) {
            // a race computes the same value twice at worst
            r = new Runs(this);
            runs = r;
        }
        return r;
    }

    /**
     * What the GLRLM features are sums over, in the manual's notation: the occupied cells (i, j, r_ij) in row-major
     * order, the marginals r_i. (index i − 1) and r_.j (index j − 1), N_s runs, N_v voxels, and with
     * p_ij = r_ij / N_s the means μ_i = Σ i p_ij and μ_j = Σ j p_ij.
     */
    static final class Runs {
        final int[] cellI;
        final int[] cellJ;
        final double[] cellR;
        final double[] byLevel;
        final double[] byLength;
        final double ns;
        final double nv;
        final double meanLevel;
        final double meanLength;

        private Runs(GlrlmMatrix m) {
            int ng = m.greyLevels;
            int nr = m.maxRunLength;
            int occupied = 0;
            for (long c : m.counts) {
                occupied += c != 0 ? 1 : 0;
            }
            cellI = new int[occupied];
            cellJ = new int[occupied];
            cellR = new double[occupied];
            byLevel = new double[ng];
            byLength = new double[nr];
            ns = m.runCount;
            nv = m.voxelCount;
            double muLevel = 0;
            double muLength = 0;
            for (int i = 1, n = 0; i <= ng; i++) {
                for (int j = 1; j <= nr; j++) {
                    double r = m.count(i, j);
                    if (r == 0) {
                        continue;
                    }
                    cellI[n] = i;
                    cellJ[n] = j;
                    cellR[n++] = r;
                    byLevel[i - 1] += r;
                    byLength[j - 1] += r;
                    double p = r / ns;
                    muLevel += i * p;
                    muLength += j * p;
                }
            }
            meanLevel = muLevel;
            meanLength = muLength;
        }
    }
}
