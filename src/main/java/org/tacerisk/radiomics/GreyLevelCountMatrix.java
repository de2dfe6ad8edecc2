package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An N_g × N_j count matrix M with elements s_ij: the number of items (zones for GLSZM and GLDZM, neighbourhoods
 * for NGLDM) with discretised grey level i and count j (zone size, zone distance or dependence count, j ≥ 1),
 * together with N_v, the number of intensity-mask voxels it was built from. GLSZM, GLDZM and NGLDM features are
 * the same handful of sums over this matrix (IBSI-1 sections 9SAK, VMDZ, REK0); they are defined here once, with
 * N_s = Σ s_ij, p_ij = s_ij / N_s and the marginals s_i. and s_.j.
 *
 * <p>Stored sparsely (only non-zero elements), since zone sizes can run into the thousands. Immutable.
 */
final class GreyLevelCountMatrix implements TextureMatrix {

    private final int[] entryGrey;
    private final int[] entryCount;
    private final double[] entryN;
    /** s_i. indexed by grey level i (index 0 unused). */
    private final double[] rowSums;
    /** Distinct counts j (ascending) and s_.j. */
    private final int[] columnCount;
    private final double[] columnSums;
    private final double ns;
    private final double nv;

    private GreyLevelCountMatrix(int[] entryGrey, int[] entryCount, double[] entryN, int greyLevelCount, double nv) {
        this.entryGrey = entryGrey;
        this.entryCount = entryCount;
        this.entryN = entryN;
        this.nv = nv;
        this.rowSums = new double[greyLevelCount + 1];
        double total = 0;
        int maxCount = 0;
        for (int e = 0; e < entryN.length; e++) {
            rowSums[entryGrey[e]] += entryN[e];
            total += entryN[e];
            maxCount = Math.max(maxCount, entryCount[e]);
        }
        this.ns = total;
        double[] byCount = new double[maxCount + 1];
        for (int e = 0; e < entryN.length; e++) {
            byCount[entryCount[e]] += entryN[e];
        }
        int distinct = 0;
        for (double c : byCount) {
            distinct += c > 0 ? 1 : 0;
        }
        this.columnCount = new int[distinct];
        this.columnSums = new double[distinct];
        for (int j = 0, n = 0; j < byCount.length; j++) {
            if (byCount[j] > 0) {
                columnCount[n] = j;
                columnSums[n++] = byCount[j];
            }
        }
    }

    /**
     * The matrix of {@code items} items, item t having grey level {@code grey[t]} (1..greyLevelCount) and count
     * {@code count[t]} (≥ 1), built from {@code voxelCount} intensity-mask voxels.
     */
    static GreyLevelCountMatrix of(int[] grey, int[] count, int items, int greyLevelCount, int voxelCount) {
        int maxCount = 0;
        for (int t = 0; t < items; t++) {
            maxCount = Math.max(maxCount, count[t]);
        }
        long cells = (long) (greyLevelCount + 1) * (maxCount + 1);
        return cells <= DENSE_LIMIT ? counted(grey, count, items, greyLevelCount, maxCount, voxelCount)
                : sorted(grey, count, items, greyLevelCount, voxelCount);
    }

    /** Above this many cells the matrix is built by sorting the items rather than in a dense array. */
    private static final long DENSE_LIMIT = 1 << 20;

    private static GreyLevelCountMatrix counted(int[] grey, int[] count, int items, int greyLevelCount, int maxCount,
            int voxelCount) {
        int width = maxCount + 1;
        int[] cells = new int[(greyLevelCount + 1) * width];
        for (int t = 0; t < items; t++) {
            cells[grey[t] * width + count[t]]++;
        }
        int distinct = 0;
        for (int c : cells) {
            distinct += c > 0 ? 1 : 0;
        }
        int[] eg = new int[distinct];
        int[] ec = new int[distinct];
        double[] en = new double[distinct];
        for (int cell = 0, e = 0; cell < cells.length; cell++) {
            if (cells[cell] > 0) {
                eg[e] = cell / width;
                ec[e] = cell % width;
                en[e++] = cells[cell];
            }
        }
        return new GreyLevelCountMatrix(eg, ec, en, greyLevelCount, voxelCount);
    }

    private static GreyLevelCountMatrix sorted(int[] grey, int[] count, int items, int greyLevelCount,
            int voxelCount) {
        long[] keys = new long[items];
        for (int t = 0; t < items; t++) {
            keys[t] = ((long) grey[t] << 32) | count[t];
        }
        Arrays.sort(keys);
        int distinct = 0;
        for (int t = 0; t < items; t++) {
            distinct += (t == 0 || keys[t] != keys[t - 1]) ? 1 : 0;
        }
        int[] eg = new int[distinct];
        int[] ec = new int[distinct];
        double[] en = new double[distinct];
        for (int t = 0, e = -1; t < items; t++) {
            if (t == 0 || keys[t] != keys[t - 1]) {
                e++;
                eg[e] = (int) (keys[t] >>> 32);
                ec[e] = (int) keys[t];
            }
            en[e]++;
        }
        return new GreyLevelCountMatrix(eg, ec, en, greyLevelCount, voxelCount);
    }

    /**
     * In-plane matrices from items that each lie in one slice ({@code slice[t]}): one matrix per slice holding
     * intensity-mask voxels (N_v of that slice) and the merged matrix (all items, all voxels).
     */
    static SliceMatrices<GreyLevelCountMatrix> inPlane(TextureGrid g, int[] grey, int[] count, int[] slice,
            int items) {
        int[] start = new int[g.nz + 1];
        for (int t = 0; t < items; t++) {
            start[slice[t] + 1]++;
        }
        for (int k = 0; k < g.nz; k++) {
            start[k + 1] += start[k];
        }
        int[] next = Arrays.copyOf(start, g.nz);
        int[] sortedGrey = new int[items];
        int[] sortedCount = new int[items];
        for (int t = 0; t < items; t++) {
            int at = next[slice[t]]++;
            sortedGrey[at] = grey[t];
            sortedCount[at] = count[t];
        }
        List<GreyLevelCountMatrix> slices = new ArrayList<>();
        for (int k = 0; k < g.nz; k++) {
            if (g.voxelsPerSlice[k] > 0) {
                slices.add(of(Arrays.copyOfRange(sortedGrey, start[k], start[k + 1]),
                        Arrays.copyOfRange(sortedCount, start[k], start[k + 1]), start[k + 1] - start[k],
                        g.greyLevelCount, g.voxelsPerSlice[k]));
            }
        }
        return new SliceMatrices<>(slices, of(grey, count, items, g.greyLevelCount, g.voxelCount));
    }

    @Override
    public String undefinedReason() {
        return ns > 0 ? "" : "the intensity mask is empty";
    }

    /** s_ij (0 when absent). */
    double count(int i, int j) {
        for (int e = 0; e < entryN.length; e++) {
            if (entryGrey[e] == i && entryCount[e] == j) {
                return entryN[e];
            }
        }
        return 0;
    }

    /** The dense matrix, rows i = 1..greyLevelCount, columns j = 1..max j (for tests and display). */
    double[][] toDense() {
        int maxJ = columnCount.length == 0 ? 0 : columnCount[columnCount.length - 1];
        double[][] dense = new double[rowSums.length - 1][maxJ];
        for (int e = 0; e < entryN.length; e++) {
            dense[entryGrey[e] - 1][entryCount[e] - 1] = entryN[e];
        }
        return dense;
    }

    /** N_s, the number of items. */
    double itemCount() {
        return ns;
    }

    /** N_v, the number of voxels. */
    double voxelCount() {
        return nv;
    }

    /** (1/N_s) Σ_ij i^a j^b s_ij: the emphasis features (a, b ∈ {−2, 0, 2}). */
    double emphasis(int greyPower, int countPower) {
        double sum = 0;
        for (int e = 0; e < entryN.length; e++) {
            sum += Math.pow(entryGrey[e], greyPower) * Math.pow(entryCount[e], countPower) * entryN[e];
        }
        return sum / ns;
    }

    /** (1/N_s) Σ_i s_i.² */
    double greyLevelNonUniformity() {
        return sumOfSquares(rowSums) / ns;
    }

    /** (1/N_s²) Σ_i s_i.² */
    double normalisedGreyLevelNonUniformity() {
        return sumOfSquares(rowSums) / (ns * ns);
    }

    /** (1/N_s) Σ_j s_.j² */
    double countNonUniformity() {
        return sumOfSquares(columnSums) / ns;
    }

    /** (1/N_s²) Σ_j s_.j² */
    double normalisedCountNonUniformity() {
        return sumOfSquares(columnSums) / (ns * ns);
    }

    /** N_s / N_v */
    double percentage() {
        return ns / nv;
    }

    /** Σ_ij (i − μ)² p_ij with μ = Σ_ij i p_ij */
    double greyLevelVariance() {
        double mean = 0;
        for (int e = 0; e < entryN.length; e++) {
            mean += entryGrey[e] * entryN[e] / ns;
        }
        double var = 0;
        for (int e = 0; e < entryN.length; e++) {
            var += (entryGrey[e] - mean) * (entryGrey[e] - mean) * entryN[e] / ns;
        }
        return var;
    }

    /** Σ_ij (j − μ)² p_ij with μ = Σ_ij j p_ij */
    double countVariance() {
        double mean = 0;
        for (int e = 0; e < entryN.length; e++) {
            mean += entryCount[e] * entryN[e] / ns;
        }
        double var = 0;
        for (int e = 0; e < entryN.length; e++) {
            var += (entryCount[e] - mean) * (entryCount[e] - mean) * entryN[e] / ns;
        }
        return var;
    }

    /** −Σ_ij p_ij log₂ p_ij */
    double entropy() {
        double sum = 0;
        for (double n : entryN) {
            double p = n / ns;
            sum -= p * Math.log(p) / Math.log(2);
        }
        return sum;
    }

    /** Σ_ij p_ij² */
    double energy() {
        return sumOfSquares(entryN) / (ns * ns);
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }
}
