package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * IBSI-1's six ways to turn directional GLCMs or GLRLMs into one feature value ("Aggregating features" of the
 * GLCM and GLRLM sections). Merging sums matrices; averaging takes the mean of the feature over the matrices.
 *
 * <ul>
 * <li>BTW3, 2D averaged: features of every (slice, in-plane direction) matrix, averaged over slices and directions
 * together;</li>
 * <li>SUJT, 2D slice-merged: per slice the 4 directional matrices merged, features averaged over slices;</li>
 * <li>JJUI, 2.5D direction-merged: per direction the slice matrices merged, features averaged over directions;</li>
 * <li>ZW7Z, 2.5D merged: all slice and direction matrices merged into one;</li>
 * <li>ITBB, 3D averaged: features of the 13 volume matrices, averaged;</li>
 * <li>IAZD, 3D merged: the 13 volume matrices merged into one.</li>
 * </ul>
 *
 * <p>Empty matrices (a slice with no voxel pair along a direction) carry no information and are left out of every
 * average and merge. A feature undefined for some matrices (NaN, e.g. a correlation with zero variance) is averaged
 * over the matrices where it is defined; it is NaN only when undefined for all.
 */
final class TextureAggregation {

    static final String AVERAGED_2D = "BTW3";
    static final String SLICE_MERGED_2D = "SUJT";
    static final String DIRECTION_MERGED_2_5D = "JJUI";
    static final String MERGED_2_5D = "ZW7Z";
    static final String AVERAGED_3D = "ITBB";
    static final String MERGED_3D = "IAZD";

    /**
     * Feature values of one aggregation method.
     *
     * @param code   IBSI aggregation code
     * @param values one value per feature; all NaN when {@code empty}
     * @param empty  true when every underlying matrix was empty (no feature can be defined)
     */
    record Aggregated(String code, double[] values, boolean empty) {
    }

    private TextureAggregation() {
    }

    /** BTW3 and SUJT from {@code slices.get(s).get(d)}: slice s, in-plane direction d. */
    static <M extends DirectionalMatrix<M>> List<Aggregated> twoD(List<List<M>> slices, Function<M, double[]> features,
            int featureCount) {
        List<double[]> perMatrix = new ArrayList<>();
        List<double[]> perSlice = new ArrayList<>();
        for (List<M> directions : slices) {
            for (M m : directions) {
                if (!m.isEmpty()) {
                    perMatrix.add(features.apply(m));
                }
            }
            M merged = merge(directions);
            if (merged != null) {
                perSlice.add(features.apply(merged));
            }
        }
        return List.of(average(AVERAGED_2D, perMatrix, featureCount),
                average(SLICE_MERGED_2D, perSlice, featureCount));
    }

    /** JJUI and ZW7Z from the same per-slice, per-direction matrices. */
    static <M extends DirectionalMatrix<M>> List<Aggregated> twoAndHalfD(List<List<M>> slices,
            Function<M, double[]> features, int featureCount) {
        List<M> perDirection = new ArrayList<>();
        int directions = slices.isEmpty() ? 0 : slices.get(0).size();
        for (int d = 0; d < directions; d++) {
            List<M> sameDirection = new ArrayList<>();
            for (List<M> slice : slices) {
                sameDirection.add(slice.get(d));
            }
            M merged = merge(sameDirection);
            if (merged != null) {
                perDirection.add(merged);
            }
        }
        return List.of(average(DIRECTION_MERGED_2_5D, apply(perDirection, features), featureCount),
                single(MERGED_2_5D, merge(perDirection), features, featureCount));
    }

    /** ITBB and IAZD from the 13 volume matrices. */
    static <M extends DirectionalMatrix<M>> List<Aggregated> threeD(List<M> directions, Function<M, double[]> features,
            int featureCount) {
        List<M> nonEmpty = new ArrayList<>();
        for (M m : directions) {
            if (!m.isEmpty()) {
                nonEmpty.add(m);
            }
        }
        return List.of(average(AVERAGED_3D, apply(nonEmpty, features), featureCount),
                single(MERGED_3D, merge(nonEmpty), features, featureCount));
    }

    /** Sum of the non-empty matrices, or null when all are empty. */
    static <M extends DirectionalMatrix<M>> M merge(List<M> matrices) {
        M sum = null;
        for (M m : matrices) {
            if (!m.isEmpty()) {
                sum = sum == null ? m : sum.plus(m);
            }
        }
        return sum;
    }

    private static <M> List<double[]> apply(List<M> matrices, Function<M, double[]> features) {
        List<double[]> out = new ArrayList<>();
        for (M m : matrices) {
            out.add(features.apply(m));
        }
        return out;
    }

    private static <M> Aggregated single(String code, M merged, Function<M, double[]> features, int featureCount) {
        if (merged == null) {
            return emptyResult(code, featureCount);
        }
        return new Aggregated(code, features.apply(merged), false);
    }

    /** Mean of each feature over the rows where it is defined. */
    static Aggregated average(String code, List<double[]> rows, int featureCount) {
        if (rows.isEmpty()) {
            return emptyResult(code, featureCount);
        }
        double[] mean = new double[featureCount];
        for (int f = 0; f < featureCount; f++) {
            double sum = 0;
            int count = 0;
            for (double[] row : rows) {
                if (!Double.isNaN(row[f])) {
                    sum += row[f];
                    count++;
                }
            }
            mean[f] = count == 0 ? Double.NaN : sum / count;
        }
        return new Aggregated(code, mean, false);
    }

    private static Aggregated emptyResult(String code, int featureCount) {
        double[] nan = new double[featureCount];
        Arrays.fill(nan, Double.NaN);
        return new Aggregated(code, nan, true);
    }
}
