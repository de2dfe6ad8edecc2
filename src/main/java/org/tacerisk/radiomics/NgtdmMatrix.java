package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.Progress;

/**
 * The neighbourhood grey tone difference matrix (IBSI-1 IPET): for each grey level i, n_i voxels of level i that
 * have a valid neighbourhood and s_i = Σ |i − X̄_k| over them, where X̄_k is the mean grey level of the voxels
 * within Chebyshev distance δ of voxel k (k itself excluded, in-plane only in 2D) that lie in the intensity mask.
 * A voxel with no such neighbour (W_k = 0) has no valid neighbourhood and is left out. N_v,c = Σ n_i,
 * p_i = n_i / N_v,c, and N_g,p is the number of grey levels with p_i > 0. Immutable.
 */
final class NgtdmMatrix implements TextureMatrix {

    private final double[] n;
    private final double[] s;
    private final double nvc;

    NgtdmMatrix(double[] n, double[] s) {
        this.n = n;
        this.s = s;
        double total = 0;
        for (double c : n) {
            total += c;
        }
        this.nvc = total;
    }

    /** Per-slice NGTDMs (in-plane neighbourhoods) of every slice holding intensity-mask voxels, and their merge. */
    static SliceMatrices<NgtdmMatrix> inPlane(TextureGrid g, int distance, Progress progress) {
        double[][] perVoxel = differences(g, distance, false, progress);
        int levels = g.greyLevelCount + 1;
        List<NgtdmMatrix> slices = new ArrayList<>();
        double[] mergedN = new double[levels];
        double[] mergedS = new double[levels];
        for (int k = 0; k < g.nz; k++) {
            if (g.voxelsPerSlice[k] == 0) {
                continue;
            }
            double[] n = new double[levels];
            double[] s = new double[levels];
            for (int v = k * g.sliceSize, end = v + g.sliceSize; v < end; v++) {
                accumulate(g.grey[v], perVoxel[0][v], perVoxel[1][v], n, s);
            }
            for (int i = 0; i < levels; i++) {
                mergedN[i] += n[i];
                mergedS[i] += s[i];
            }
            slices.add(new NgtdmMatrix(n, s));
        }
        return new SliceMatrices<>(slices, new NgtdmMatrix(mergedN, mergedS));
    }

    /** The volume NGTDM (3D neighbourhoods). */
    static NgtdmMatrix volume(TextureGrid g, int distance, Progress progress) {
        double[][] perVoxel = differences(g, distance, true, progress);
        int levels = g.greyLevelCount + 1;
        double[] n = new double[levels];
        double[] s = new double[levels];
        for (int v = 0; v < g.grey.length; v++) {
            accumulate(g.grey[v], perVoxel[0][v], perVoxel[1][v], n, s);
        }
        return new NgtdmMatrix(n, s);
    }

    /** For each intensity-mask voxel: [0] its neighbourhood size W_k, [1] |i − X̄_k| (0 when W_k = 0). */
    private static double[][] differences(TextureGrid g, int distance, boolean threeD, Progress progress) {
        int[] offsets = g.neighbourOffsets(Math.max(1, distance), threeD);
        double[] w = new double[g.grey.length];
        double[] diff = new double[g.grey.length];
        for (int v = 0; v < g.grey.length; v++) {
            if ((v & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            int level = g.grey[v];
            if (level == 0) {
                continue;
            }
            long sum = 0;
            int count = 0;
            for (int offset : offsets) {
                int neighbour = g.grey[v + offset];
                if (neighbour != 0) {
                    sum += neighbour;
                    count++;
                }
            }
            if (count > 0) {
                w[v] = count;
                diff[v] = Math.abs(level - (double) sum / count);
            }
        }
        return new double[][] {w, diff};
    }

    private static void accumulate(int level, double w, double diff, double[] n, double[] s) {
        if (level != 0 && w > 0) {
            n[level]++;
            s[level] += diff;
        }
    }

    @Override
    public String undefinedReason() {
        return nvc > 0 ? "" : "no intensity-mask voxel has a neighbour in the intensity mask";
    }

    /** n_i (voxels of grey level i with a valid neighbourhood). */
    double count(int i) {
        return n[i];
    }

    /** s_i (summed absolute grey tone differences of grey level i). */
    double difference(int i) {
        return s[i];
    }

    /** N_v,c, the number of voxels with a valid neighbourhood. */
    double validVoxelCount() {
        return nvc;
    }

    /** Number of grey level rows i = 1..N_g. */
    int greyLevelCount() {
        return n.length - 1;
    }

    /** p_i = n_i / N_v,c */
    double probability(int i) {
        return n[i] / nvc;
    }
}
