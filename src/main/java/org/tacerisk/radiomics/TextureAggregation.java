package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.tacerisk.common.Progress;

/**
 * The one aggregation engine of the texture families (IBSI-1 "Aggregating features"): every aggregation method is
 * a list of matrices, merged where the method merges, whose feature values are averaged. A family declares its
 * features ({@link TextureFeature}) and builds its matrices; this class turns them into {@link FeatureValue}s, one
 * per aggregation method and feature, in aggregation order then feature order.
 *
 * <p>Directional families (GLCM, GLRLM) have six methods, built by {@link #directional}:
 * <ul>
 * <li>BTW3, 2D averaged: features of every (slice, in-plane direction) matrix, averaged over slices and directions
 * together;</li>
 * <li>SUJT, 2D slice-merged: per slice the 4 directional matrices merged, features averaged over slices;</li>
 * <li>JJUI, 2.5D direction-merged: per direction the slice matrices merged, features averaged over directions;</li>
 * <li>ZW7Z, 2.5D merged: all slice and direction matrices merged into one;</li>
 * <li>ITBB, 3D averaged: features of the 13 volume matrices, averaged;</li>
 * <li>IAZD, 3D merged: the 13 volume matrices merged into one.</li>
 * </ul>
 * The zone and neighbourhood families (GLSZM, GLDZM, NGTDM, NGLDM) have one per approach, built by
 * {@link #perApproach}: 8QNN, 2D: each slice's matrix, features averaged over slices; 62GR, 2.5D: the matrix merged
 * over slices; KOBO, 3D: the volume matrix.
 *
 * <p>A matrix whose features are all undefined ({@link TextureMatrix#undefinedReason()}, e.g. an empty matrix) is
 * left out of every average; when every matrix of a method is, each feature is NaN with the method's reason. A
 * feature undefined for some matrices (NaN, e.g. a correlation with zero variance) is averaged over the matrices
 * where it is defined; it is NaN, with the feature's reason, only when undefined for all.
 *
 * <p>PyRadiomics names: PyRadiomics computes GLCM and GLRLM per 3D direction and averages, so their names go on the
 * 3D averaged (ITBB) values only, and one PyRadiomics column joins to one IBSI row; the zone families carry their
 * names on every approach.
 */
final class TextureAggregation {

    static final String AVERAGED_2D = "BTW3";
    static final String SLICE_MERGED_2D = "SUJT";
    static final String DIRECTION_MERGED_2_5D = "JJUI";
    static final String MERGED_2_5D = "ZW7Z";
    static final String AVERAGED_3D = "ITBB";
    static final String MERGED_3D = "IAZD";
    static final String PER_SLICE_2D = "8QNN";
    static final String SLICES_MERGED_2_5D = "62GR";
    static final String VOLUME_3D = "KOBO";

    /**
     * One aggregation method applied to one ROI.
     *
     * @param code            IBSI aggregation code
     * @param matrices        the matrices whose features are averaged (a single one for the merged methods)
     * @param undefinedReason why every feature is NaN when no matrix is defined
     * @param pyradiomics     whether the values carry the features' PyRadiomics names
     */
    record Aggregate<M>(String code, List<M> matrices, String undefinedReason, boolean pyradiomics) {

        Aggregate {
            matrices = List.copyOf(matrices);
        }
    }

    /** A directional family's in-plane matrix of one ROI slice along one in-plane direction. */
    @FunctionalInterface
    interface InPlaneMatrix<M> {
        M of(int slice, int[] direction);
    }

    private TextureAggregation() {
    }

    /**
     * A directional family's values: the in-plane matrices of every slice (for 2D and 2.5D) and the volume matrices
     * of the 13 directions (for 3D) are built in parallel, checking for cancellation per slice and per direction.
     *
     * @param slices     the ROI's slices (in-plane matrices are asked for slices 0 .. slices − 1)
     * @param emptyReason why a method whose matrices are all empty has no values
     */
    static <M extends DirectionalMatrix<M>> List<FeatureValue> directional(Family family,
            List<TextureFeature<M>> features, FamilyContext context, int slices, InPlaneMatrix<M> inPlane,
            Function<int[], M> volume, String emptyReason) {
        Set<Approach> approaches = context.approaches();
        Progress progress = context.progress();
        List<Aggregate<M>> aggregates = new ArrayList<>();
        if (approaches.contains(Approach.TWO_D) || approaches.contains(Approach.TWO_AND_HALF_D)) {
            // slices.get(s).get(d): slice s, in-plane direction d
            List<List<M>> bySlice = IntStream.range(0, slices).parallel().mapToObj(s -> {
                progress.checkCancelled();
                List<M> directions = new ArrayList<>(NeighbourDirections.IN_PLANE.length);
                for (int[] m : NeighbourDirections.IN_PLANE) {
                    directions.add(inPlane.of(s, m));
                }
                return directions;
            }).toList();
            if (approaches.contains(Approach.TWO_D)) {
                List<M> each = new ArrayList<>();
                List<M> perSlice = new ArrayList<>();
                for (List<M> directions : bySlice) {
                    each.addAll(directions);
                    addMerged(perSlice, directions);
                }
                aggregates.add(new Aggregate<>(AVERAGED_2D, each, emptyReason, false));
                aggregates.add(new Aggregate<>(SLICE_MERGED_2D, perSlice, emptyReason, false));
            }
            if (approaches.contains(Approach.TWO_AND_HALF_D)) {
                List<M> perDirection = new ArrayList<>();
                for (int d = 0; d < NeighbourDirections.IN_PLANE.length; d++) {
                    List<M> sameDirection = new ArrayList<>();
                    for (List<M> slice : bySlice) {
                        sameDirection.add(slice.get(d));
                    }
                    addMerged(perDirection, sameDirection);
                }
                List<M> all = new ArrayList<>();
                addMerged(all, perDirection);
                aggregates.add(new Aggregate<>(DIRECTION_MERGED_2_5D, perDirection, emptyReason, false));
                aggregates.add(new Aggregate<>(MERGED_2_5D, all, emptyReason, false));
            }
        }
        if (approaches.contains(Approach.THREE_D)) {
            List<M> directions = IntStream.range(0, NeighbourDirections.VOLUME.length).parallel().mapToObj(d -> {
                progress.checkCancelled();
                return volume.apply(NeighbourDirections.VOLUME[d]);
            }).toList();
            List<M> merged = new ArrayList<>();
            addMerged(merged, directions);
            aggregates.add(new Aggregate<>(AVERAGED_3D, directions, emptyReason, true));
            aggregates.add(new Aggregate<>(MERGED_3D, merged, emptyReason, false));
        }
        return values(family, features, aggregates, progress);
    }

    /**
     * A zone or neighbourhood family's values; {@code inPlane} is asked for only with 2D or 2.5D, {@code volume}
     * only with 3D.
     */
    static <M extends TextureMatrix> List<FeatureValue> perApproach(Family family, List<TextureFeature<M>> features,
            FamilyContext context, Supplier<SliceMatrices<M>> inPlane, Supplier<M> volume) {
        Set<Approach> approaches = context.approaches();
        List<Aggregate<M>> aggregates = new ArrayList<>();
        if (approaches.contains(Approach.TWO_D) || approaches.contains(Approach.TWO_AND_HALF_D)) {
            SliceMatrices<M> slices = inPlane.get();
            if (approaches.contains(Approach.TWO_D)) {
                List<M> each = slices.slices();
                String reason = each.isEmpty() ? "the intensity mask is empty" : each.get(0).undefinedReason();
                aggregates.add(new Aggregate<>(PER_SLICE_2D, each, "in every slice: " + reason, true));
            }
            if (approaches.contains(Approach.TWO_AND_HALF_D)) {
                aggregates.add(whole(SLICES_MERGED_2_5D, slices.merged()));
            }
        }
        if (approaches.contains(Approach.THREE_D)) {
            aggregates.add(whole(VOLUME_3D, volume.get()));
        }
        return values(family, features, aggregates, context.progress());
    }

    /** Every feature of every directional aggregation method of {@code approaches}, undefined for {@code reason}. */
    static <M extends DirectionalMatrix<M>> List<FeatureValue> undefined(Family family,
            List<TextureFeature<M>> features, Set<Approach> approaches, String reason) {
        List<String> codes = new ArrayList<>();
        if (approaches.contains(Approach.TWO_D)) {
            codes.addAll(List.of(AVERAGED_2D, SLICE_MERGED_2D));
        }
        if (approaches.contains(Approach.TWO_AND_HALF_D)) {
            codes.addAll(List.of(DIRECTION_MERGED_2_5D, MERGED_2_5D));
        }
        if (approaches.contains(Approach.THREE_D)) {
            codes.addAll(List.of(AVERAGED_3D, MERGED_3D));
        }
        List<Aggregate<M>> aggregates = new ArrayList<>();
        for (String code : codes) {
            aggregates.add(new Aggregate<>(code, List.of(), reason, code.equals(AVERAGED_3D)));
        }
        return values(family, features, aggregates, Progress.NONE);
    }

    /** The engine: per aggregation method, each feature averaged over the method's defined matrices. */
    static <M extends TextureMatrix> List<FeatureValue> values(Family family, List<TextureFeature<M>> features,
            List<Aggregate<M>> aggregates, Progress progress) {
        List<FeatureValue> out = new ArrayList<>(features.size() * aggregates.size());
        for (Aggregate<M> aggregate : aggregates) {
            List<double[]> rows = new ArrayList<>();
            for (M m : aggregate.matrices()) {
                if (m.undefinedReason().isEmpty()) {
                    progress.checkCancelled();
                    double[] row = new double[features.size()];
                    for (int f = 0; f < row.length; f++) {
                        row[f] = features.get(f).formula().applyAsDouble(m);
                    }
                    rows.add(row);
                }
            }
            for (int f = 0; f < features.size(); f++) {
                TextureFeature<M> feature = features.get(f);
                String py = aggregate.pyradiomics() ? feature.pyradiomicsName() : "";
                String reason = rows.isEmpty() ? aggregate.undefinedReason()
                        : feature.undefinedReason().isEmpty() ? "undefined for every matrix"
                        : feature.undefinedReason();
                double value = mean(rows, f);
                out.add(Double.isNaN(value)
                        ? FeatureValue.undefined(family, feature.name(), feature.ibsiCode(), aggregate.code(), py,
                                reason)
                        : FeatureValue.of(family, feature.name(), feature.ibsiCode(), aggregate.code(), py, value));
            }
        }
        return out;
    }

    /** Mean of column f over the rows where it is defined; NaN when it is defined in none. */
    private static double mean(List<double[]> rows, int f) {
        double sum = 0;
        int count = 0;
        for (double[] row : rows) {
            if (!Double.isNaN(row[f])) {
                sum += row[f];
                count++;
            }
        }
        // a single value is itself (not 0 + value, which would turn −0 into +0)
        return count == 0 ? Double.NaN : count == 1 ? onlyDefined(rows, f) : sum / count;
    }

    private static double onlyDefined(List<double[]> rows, int f) {
        for (double[] row : rows) {
            if (!Double.isNaN(row[f])) {
                return row[f];
            }
        }
        return Double.NaN;
    }

    private static <M extends TextureMatrix> Aggregate<M> whole(String code, M matrix) {
        return new Aggregate<>(code, List.of(matrix), matrix.undefinedReason(), true);
    }

    /** Adds the sum of the non-empty {@code matrices}, if there is one. */
    private static <M extends DirectionalMatrix<M>> void addMerged(List<M> out, List<M> matrices) {
        M sum = null;
        for (M m : matrices) {
            if (!m.isEmpty()) {
                sum = sum == null ? m : sum.plus(m);
            }
        }
        if (sum != null) {
            out.add(sum);
        }
    }
}
