package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Feature aggregation for the zone and neighbourhood families (GLSZM, GLDZM, NGTDM, NGLDM), IBSI-1 "Aggregating
 * features": 2D (8QNN) computes the features of each slice's matrix and averages them over slices; 2.5D (62GR)
 * computes them from the matrix merged over slices; 3D (KOBO) from the one volume matrix. Values come out per
 * requested approach (in {@link Approach} order), then per feature in registry order.
 *
 * <p>In 2D, a slice whose matrix is undefined (e.g. no voxel of the slice has a neighbour) is left out of the
 * average; when every slice is, the feature is NaN with the first slice's reason.
 */
final class ApproachAggregation {

    private ApproachAggregation() {
    }

    static String code(Approach approach) {
        return switch (approach) {
            case TWO_D -> "8QNN";
            case TWO_AND_HALF_D -> "62GR";
            case THREE_D -> "KOBO";
        };
    }

    static <M extends TextureMatrix> List<FeatureValue> compute(Family family, List<TextureFeature<M>> features,
            Set<Approach> approaches, Supplier<SliceMatrices<M>> inPlane, Supplier<M> volume) {
        List<FeatureValue> out = new ArrayList<>();
        SliceMatrices<M> slices = approaches.contains(Approach.TWO_D)
                || approaches.contains(Approach.TWO_AND_HALF_D) ? inPlane.get() : null;
        for (Approach approach : Approach.values()) {
            if (!approaches.contains(approach)) {
                continue;
            }
            String code = code(approach);
            switch (approach) {
                case TWO_D -> averaged(family, features, slices.slices(), code, out);
                case TWO_AND_HALF_D -> single(family, features, slices.merged(), code, out);
                case THREE_D -> single(family, features, volume.get(), code, out);
            }
        }
        return out;
    }

    private static <M extends TextureMatrix> void single(Family family, List<TextureFeature<M>> features, M matrix,
            String code, List<FeatureValue> out) {
        String reason = matrix.undefinedReason();
        for (TextureFeature<M> f : features) {
            out.add(reason.isEmpty()
                    ? FeatureValue.of(family, f.name(), f.ibsiCode(), code, f.pyradiomicsName(),
                            f.formula().applyAsDouble(matrix))
                    : FeatureValue.undefined(family, f.name(), f.ibsiCode(), code, f.pyradiomicsName(), reason));
        }
    }

    private static <M extends TextureMatrix> void averaged(Family family, List<TextureFeature<M>> features,
            List<M> slices, String code, List<FeatureValue> out) {
        String reason = slices.isEmpty() ? "the intensity mask is empty" : slices.get(0).undefinedReason();
        for (TextureFeature<M> f : features) {
            double sum = 0;
            int n = 0;
            for (M slice : slices) {
                if (slice.undefinedReason().isEmpty()) {
                    double value = f.formula().applyAsDouble(slice);
                    if (!Double.isNaN(value)) {
                        sum += value;
                        n++;
                    }
                }
            }
            out.add(n > 0
                    ? FeatureValue.of(family, f.name(), f.ibsiCode(), code, f.pyradiomicsName(), sum / n)
                    : FeatureValue.undefined(family, f.name(), f.ibsiCode(), code, f.pyradiomicsName(),
                            reason.isEmpty() ? "undefined in every slice" : "in every slice: " + reason));
        }
    }
}
