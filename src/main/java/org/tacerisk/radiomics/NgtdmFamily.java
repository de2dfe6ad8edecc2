package org.tacerisk.radiomics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Neighbourhood grey tone difference matrix features (IBSI-1 IPET) over {@link NgtdmMatrix} with neighbourhood
 * distance δ = {@code ngtdmDistance}; sums over grey levels run over levels with p_i > 0. Aggregation: 2D (8QNN),
 * 2.5D (62GR), 3D (KOBO). The five features equal PyRadiomics' ngtdm ones. Stateless and thread-safe.
 */
public final class NgtdmFamily implements FamilyCalculator {

    /** Coarseness when Σ p_i s_i = 0 (IBSI-1: an arbitrary maximum of 10⁶). */
    static final double MAX_COARSENESS = 1e6;

    /** The 5 NGTDM features, in IBSI order. */
    static final List<TextureFeature<NgtdmMatrix>> FEATURES = List.of(
            feature("Coarseness", "QCDE", "Coarseness", NgtdmFamily::coarseness),
            feature("Contrast", "65HE", "Contrast", NgtdmFamily::contrast),
            feature("Busyness", "NQ30", "Busyness", NgtdmFamily::busyness),
            feature("Complexity", "HDEZ", "Complexity", NgtdmFamily::complexity),
            feature("Strength", "1X9X", "Strength", NgtdmFamily::strength));

    public NgtdmFamily() {
    }

    @Override
    public Family family() {
        return Family.NGTDM;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        int distance = context.texture().ngtdmDistance();
        TextureGrid grid = TextureGrid.of(roi, distance);
        return TextureAggregation.perApproach(Family.NGTDM, FEATURES, context,
                () -> NgtdmMatrix.inPlane(grid, distance, context.progress()),
                () -> NgtdmMatrix.volume(grid, distance, context.progress()));
    }

    /** QCDE: 1 / Σ_i p_i s_i; 10⁶ when the sum is 0 (a perfectly homogeneous ROI). */
    static double coarseness(NgtdmMatrix m) {
        double sum = 0;
        for (int i = 1; i <= m.greyLevelCount(); i++) {
            sum += m.probability(i) * m.difference(i);
        }
        return sum == 0 ? MAX_COARSENESS : 1 / sum;
    }

    /**
     * 65HE: [1/(N_g,p (N_g,p − 1)) Σ_i1 Σ_i2 p_i1 p_i2 (i1 − i2)²] · [(1/N_v,c) Σ_i s_i]; 0 when N_g,p = 1.
     */
    static double contrast(NgtdmMatrix m) {
        int ngp = presentLevels(m);
        if (ngp <= 1) {
            return 0;
        }
        double spread = 0;
        double sumS = 0;
        for (int a = 1; a <= m.greyLevelCount(); a++) {
            sumS += m.difference(a);
            for (int b = 1; b <= m.greyLevelCount(); b++) {
                spread += m.probability(a) * m.probability(b) * (a - b) * (a - b);
            }
        }
        return spread / ((double) ngp * (ngp - 1)) * sumS / m.validVoxelCount();
    }

    /**
     * NQ30: Σ_i p_i s_i / Σ_i1 Σ_i2 |i1 p_i1 − i2 p_i2| over p ≠ 0; 0 when N_g,p = 1 (and, as in PyRadiomics,
     * when the denominator is otherwise 0).
     */
    static double busyness(NgtdmMatrix m) {
        double numerator = 0;
        double denominator = 0;
        for (int a = 1; a <= m.greyLevelCount(); a++) {
            if (m.count(a) == 0) {
                continue;
            }
            numerator += m.probability(a) * m.difference(a);
            for (int b = 1; b <= m.greyLevelCount(); b++) {
                if (m.count(b) != 0) {
                    denominator += Math.abs(a * m.probability(a) - b * m.probability(b));
                }
            }
        }
        return presentLevels(m) <= 1 || denominator == 0 ? 0 : numerator / denominator;
    }

    /** HDEZ: (1/N_v,c) Σ_i1 Σ_i2 |i1 − i2| (p_i1 s_i1 + p_i2 s_i2) / (p_i1 + p_i2) over p ≠ 0. */
    static double complexity(NgtdmMatrix m) {
        double sum = 0;
        for (int a = 1; a <= m.greyLevelCount(); a++) {
            for (int b = 1; b <= m.greyLevelCount(); b++) {
                if (m.count(a) != 0 && m.count(b) != 0) {
                    double pa = m.probability(a);
                    double pb = m.probability(b);
                    sum += Math.abs(a - b) * (pa * m.difference(a) + pb * m.difference(b)) / (pa + pb);
                }
            }
        }
        return sum / m.validVoxelCount();
    }

    /** 1X9X: Σ_i1 Σ_i2 (p_i1 + p_i2)(i1 − i2)² / Σ_i s_i over p ≠ 0; 0 when Σ_i s_i = 0. */
    static double strength(NgtdmMatrix m) {
        double numerator = 0;
        double sumS = 0;
        for (int a = 1; a <= m.greyLevelCount(); a++) {
            sumS += m.difference(a);
            for (int b = 1; b <= m.greyLevelCount(); b++) {
                if (m.count(a) != 0 && m.count(b) != 0) {
                    numerator += (m.probability(a) + m.probability(b)) * (a - b) * (a - b);
                }
            }
        }
        return sumS == 0 ? 0 : numerator / sumS;
    }

    private static int presentLevels(NgtdmMatrix m) {
        int ngp = 0;
        for (int i = 1; i <= m.greyLevelCount(); i++) {
            ngp += m.count(i) > 0 ? 1 : 0;
        }
        return ngp;
    }

    private static TextureFeature<NgtdmMatrix> feature(String name, String code, String py,
            ToDoubleFunction<NgtdmMatrix> formula) {
        return new TextureFeature<>(name, code, "original_ngtdm_" + py, formula);
    }
}
