package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Turns the aggregated values of a directional texture family (GLCM, GLRLM) into {@link FeatureValue}s: one per
 * feature and aggregation method, in aggregation order then feature order.
 *
 * <p>The PyRadiomics name goes on the 3D averaged (ITBB) value only: PyRadiomics computes these families per 3D
 * direction and averages, and one PyRadiomics column must join to one IBSI row.
 */
final class TextureFeatureValues {

    private TextureFeatureValues() {
    }

    /**
     * @param featureReason   why feature f can be NaN for a non-empty matrix
     * @param emptyReason     why every matrix of an aggregation can be empty
     */
    static List<FeatureValue> of(List<FeatureSpec> specs, List<TextureAggregation.Aggregated> results,
            IntFunction<String> featureReason, String emptyReason) {
        List<FeatureValue> out = new ArrayList<>(specs.size() * results.size());
        for (TextureAggregation.Aggregated result : results) {
            for (int f = 0; f < specs.size(); f++) {
                FeatureSpec spec = forAggregation(specs.get(f), result.code());
                String reason = result.empty() ? emptyReason : featureReason.apply(f);
                out.add(spec.value(result.code(), "", result.values()[f], reason));
            }
        }
        return out;
    }

    /** Every feature of every aggregation of {@code approaches}, undefined for {@code reason}. */
    static List<FeatureValue> allUndefined(List<FeatureSpec> specs, Set<Approach> approaches, String reason) {
        List<FeatureValue> out = new ArrayList<>();
        for (String code : codes(approaches)) {
            for (FeatureSpec spec : specs) {
                out.add(forAggregation(spec, code).undefined(code, "", reason));
            }
        }
        return out;
    }

    /** Aggregation codes of the approaches, in the order the families emit them. */
    static List<String> codes(Set<Approach> approaches) {
        List<String> codes = new ArrayList<>();
        if (approaches.contains(Approach.TWO_D)) {
            codes.add(TextureAggregation.AVERAGED_2D);
            codes.add(TextureAggregation.SLICE_MERGED_2D);
        }
        if (approaches.contains(Approach.TWO_AND_HALF_D)) {
            codes.add(TextureAggregation.DIRECTION_MERGED_2_5D);
            codes.add(TextureAggregation.MERGED_2_5D);
        }
        if (approaches.contains(Approach.THREE_D)) {
            codes.add(TextureAggregation.AVERAGED_3D);
            codes.add(TextureAggregation.MERGED_3D);
        }
        return codes;
    }

    private static FeatureSpec forAggregation(FeatureSpec spec, String code) {
        if (code.equals(TextureAggregation.AVERAGED_3D) || spec.pyradiomicsName().isEmpty()) {
            return spec;
        }
        return new FeatureSpec(spec.family(), spec.name(), spec.code(), "");
    }
}
