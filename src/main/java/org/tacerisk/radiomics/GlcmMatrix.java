package org.tacerisk.radiomics;

/**
 * A grey level co-occurrence matrix (IBSI-1 LFYI): element (i, j) counts the voxel pairs along one direction
 * m·δ whose first voxel has grey level i and second j, both in the ROI intensity mask. Symmetric by default:
 * M_m = M_{m+} + M_{m+}ᵀ, i.e. each pair also counted in the opposite sense (Haralick). Immutable value object;
 * merging (IBSI's merged aggregations) sums counts.
 *
 * <p>The quantities the 25 features share (joint probabilities, marginals, diagonal and cross-diagonal
 * probabilities, marginal means, variances and entropies) are computed once per matrix, when a feature first asks
 * ({@link #probabilities()}); a matrix that is only merged never computes them.
 */
final class GlcmMatrix implements DirectionalMatrix<GlcmMatrix> {

    private final int greyLevels;
    private final long[] counts;
    private final long total;
    private volatile Probabilities probabilities;

    private GlcmMatrix(int greyLevels, long[] counts) {
        this.greyLevels = greyLevels;
        this.counts = counts;
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        this.total = sum;
    }

    /** Key of a whole-volume matrix kept with its ROI. */
    private record VolumeKey(int dx, int dy, int dz, int distance, boolean symmetric) {
    }

    /**
     * The whole-volume matrix of direction {@code m} ({@link #of} over all slices), computed once per ROI and shared:
     * the GLCM family and PyRadiomics' MCC both need the 13 of them.
     */
    static GlcmMatrix volume(ProcessedRoi roi, PaddedGreyLevels levels, int[] m, int distance, boolean symmetric) {
        return roi.shared(new VolumeKey(m[0], m[1], m[2], distance, symmetric),
                () -> of(levels, m, distance, 0, levels.slices() - 1, symmetric));
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

    /** The shared probabilities of a non-empty matrix, computed on first use. */
    Probabilities probabilities() {
        Probabilities p = probabilities;
        if (p == null) {
            // a race computes the same value twice at worst
            p = new Probabilities(this);
            probabilities = p;
        }
        return p;
    }

    /**
     * What the GLCM features are sums over, in the manual's notation: the occupied cells (i, j, p_ij) in row-major
     * order (most cells of a co-occurrence matrix are empty and add nothing to any sum), the marginals p_i. and
     * p_.j, the diagonal probabilities p_{i−j,k} (k = 0 .. N_g − 1) and cross-diagonal probabilities p_{i+j,k}
     * (index k = 2 .. 2N_g), the marginal means μ_x, μ_y and variances σ_x², σ_y² (kept apart, although IBSI's
     * symmetric GLCM has them equal), the marginal entropies HX, HY and the joint entropy HXY. Grey levels i, j are
     * counted from 1; logarithms are base 2.
     */
    static final class Probabilities {
        final int greyLevels;
        final int[] cellI;
        final int[] cellJ;
        final double[] cellP;
        final double[] px;
        final double[] py;
        final double[] diagonal;
        final double[] cross;
        final double muX;
        final double muY;
        final double varX;
        final double varY;
        final double hx;
        final double hy;
        final double hxy;

        private Probabilities(GlcmMatrix m) {
            int ng = m.greyLevels;
            greyLevels = ng;
            int occupied = 0;
            for (long c : m.counts) {
                occupied += c != 0 ? 1 : 0;
            }
            cellI = new int[occupied];
            cellJ = new int[occupied];
            cellP = new double[occupied];
            px = new double[ng];
            py = new double[ng];
            diagonal = new double[ng];
            cross = new double[2 * ng + 1];
            double jointEntropy = 0;
            for (int i = 1, n = 0; i <= ng; i++) {
                for (int j = 1; j <= ng; j++) {
                    long c = m.counts[(i - 1) * ng + (j - 1)];
                    if (c == 0) {
                        continue;
                    }
                    double pij = (double) c / m.total;
                    cellI[n] = i;
                    cellJ[n] = j;
                    cellP[n++] = pij;
                    px[i - 1] += pij;
                    py[j - 1] += pij;
                    diagonal[Math.abs(i - j)] += pij;
                    cross[i + j] += pij;
                    jointEntropy -= xlog2x(pij);
                }
            }
            muX = mean(px, 1);
            muY = mean(py, 1);
            varX = variance(px, 1, muX);
            varY = variance(py, 1, muY);
            hx = entropy(px);
            hy = entropy(py);
            hxy = jointEntropy;
        }

        /** Σ k q_k over the distribution q (index n stands for k = n + first). */
        static double mean(double[] q, int first) {
            double sum = 0;
            for (int n = 0; n < q.length; n++) {
                sum += (n + first) * q[n];
            }
            return sum;
        }

        /** Σ (k − mean)² q_k. */
        static double variance(double[] q, int first, double mean) {
            double sum = 0;
            for (int n = 0; n < q.length; n++) {
                double d = n + first - mean;
                sum += d * d * q[n];
            }
            return sum;
        }

        /** −Σ q_k log2 q_k. */
        static double entropy(double[] q) {
            double h = 0;
            for (double v : q) {
                h -= xlog2x(v);
            }
            return h;
        }

        /** x log2 x, with 0 log 0 = 0. */
        static double xlog2x(double x) {
            return x > 0 ? x * Math.log(x) / LN2 : 0;
        }

        private static final double LN2 = Math.log(2);
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
