package org.tacerisk.radiomics;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * IBSI-1 grey level run length features (TP0I): 16 features of {@link GlrlmMatrix} for every aggregation method
 * of the approaches in {@link FamilyContext#approaches()} ({@link TextureAggregation}). Notation as in the manual
 * (see {@link GlrlmMatrix.Runs}): r_ij runs of grey level i and length j, r_i. and r_.j marginal sums, N_s runs,
 * N_v voxels, p_ij = r_ij / N_s. Every feature is defined for a matrix that counts a run. Stateless; the
 * directional matrices are built in parallel.
 *
 * <p>PyRadiomics computes its GLRLM per 3D direction and averages, so its names go on the 3D averaged (ITBB) values
 * only; all 16 features have a PyRadiomics counterpart with the same formula.
 */
public final class GlrlmFamily implements FamilyCalculator {

    private static final double LN2 = Math.log(2);

    /** The 16 GLRLM features, in IBSI order. */
    static final List<TextureFeature<GlrlmMatrix>> FEATURES = List.of(
            // 22OV: (1/N_s) Σ_j r_.j / j²
            feature("Short runs emphasis", "22OV", "ShortRunEmphasis",
                    m -> lengthSum(m, (r, j) -> r / ((double) j * j)) / m.runs().ns),
            // W4KF: (1/N_s) Σ_j j² r_.j
            feature("Long runs emphasis", "W4KF", "LongRunEmphasis",
                    m -> lengthSum(m, (r, j) -> r * j * j) / m.runs().ns),
            // V3SW: (1/N_s) Σ_i r_i. / i²
            feature("Low grey level run emphasis", "V3SW", "LowGrayLevelRunEmphasis",
                    m -> levelSum(m, (r, i) -> r / ((double) i * i)) / m.runs().ns),
            // G3QZ: (1/N_s) Σ_i i² r_i.
            feature("High grey level run emphasis", "G3QZ", "HighGrayLevelRunEmphasis",
                    m -> levelSum(m, (r, i) -> r * i * i) / m.runs().ns),
            // HTZT: (1/N_s) Σ r_ij / (i² j²)
            feature("Short run low grey level emphasis", "HTZT", "ShortRunLowGrayLevelEmphasis",
                    m -> cellSum(m, (r, i2, j2) -> r / (i2 * j2)) / m.runs().ns),
            // GD3A: (1/N_s) Σ i² r_ij / j²
            feature("Short run high grey level emphasis", "GD3A", "ShortRunHighGrayLevelEmphasis",
                    m -> cellSum(m, (r, i2, j2) -> r * i2 / j2) / m.runs().ns),
            // IVPO: (1/N_s) Σ j² r_ij / i²
            feature("Long run low grey level emphasis", "IVPO", "LongRunLowGrayLevelEmphasis",
                    m -> cellSum(m, (r, i2, j2) -> r * j2 / i2) / m.runs().ns),
            // 3KUM: (1/N_s) Σ i² j² r_ij
            feature("Long run high grey level emphasis", "3KUM", "LongRunHighGrayLevelEmphasis",
                    m -> cellSum(m, (r, i2, j2) -> r * i2 * j2) / m.runs().ns),
            // R5YN: (1/N_s) Σ_i r_i.²
            feature("Grey level non-uniformity", "R5YN", "GrayLevelNonUniformity",
                    m -> levelSum(m, (r, i) -> r * r) / m.runs().ns),
            // OVBL: (1/N_s²) Σ_i r_i.²
            feature("Normalised grey level non-uniformity", "OVBL", "GrayLevelNonUniformityNormalized",
                    m -> levelSum(m, (r, i) -> r * r) / (m.runs().ns * m.runs().ns)),
            // W92Y: (1/N_s) Σ_j r_.j²
            feature("Run length non-uniformity", "W92Y", "RunLengthNonUniformity",
                    m -> lengthSum(m, (r, j) -> r * r) / m.runs().ns),
            // IC23: (1/N_s²) Σ_j r_.j²
            feature("Normalised run length non-uniformity", "IC23", "RunLengthNonUniformityNormalized",
                    m -> lengthSum(m, (r, j) -> r * r) / (m.runs().ns * m.runs().ns)),
            // 9ZK5: N_s / N_v (N_v summed over merged matrices)
            feature("Run percentage", "9ZK5", "RunPercentage", m -> m.runs().ns / m.runs().nv),
            // 8CE5: Σ (i − μ_i)² p_ij
            feature("Grey level variance", "8CE5", "GrayLevelVariance", m -> levelSum(m,
                    (r, i) -> (i - m.runs().meanLevel) * (i - m.runs().meanLevel) * r / m.runs().ns)),
            // SXLW: Σ (j − μ_j)² p_ij
            feature("Run length variance", "SXLW", "RunVariance", m -> lengthSum(m,
                    (r, j) -> (j - m.runs().meanLength) * (j - m.runs().meanLength) * r / m.runs().ns)),
            // HJ9O: −Σ p_ij log2 p_ij
            feature("Run entropy", "HJ9O", "RunEntropy", GlrlmFamily::runEntropy));

    public GlrlmFamily() {
    }

    @Override
    public Family family() {
        return Family.GLRLM;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        PaddedGreyLevels levels = PaddedGreyLevels.of(roi, 1);
        int last = levels.slices() - 1;
        return TextureAggregation.directional(Family.GLRLM, FEATURES, context, levels.slices(),
                (slice, m) -> GlrlmMatrix.of(levels, m, slice, slice, levels.sliceVoxelCount(slice)),
                m -> GlrlmMatrix.of(levels, m, 0, last, levels.voxelCount()), "the intensity mask is empty");
    }

    /** A term of a sum over the marginal r_i. (or r_.j) of grey level (or run length) {@code index}. */
    private interface MarginalTerm {
        double of(double r, int index);
    }

    /** A term of a sum over the cells r_ij, given i² and j². */
    private interface CellTerm {
        double of(double r, double i2, double j2);
    }

    /** Σ_i term(r_i., i). */
    private static double levelSum(GlrlmMatrix m, MarginalTerm term) {
        return marginalSum(m.runs().byLevel, term);
    }

    /** Σ_j term(r_.j, j). */
    private static double lengthSum(GlrlmMatrix m, MarginalTerm term) {
        return marginalSum(m.runs().byLength, term);
    }

    /** Σ_k term(marginal_k, k), k counted from 1. */
    private static double marginalSum(double[] marginal, MarginalTerm term) {
        double sum = 0;
        for (int k = 1; k <= marginal.length; k++) {
            sum += term.of(marginal[k - 1], k);
        }
        return sum;
    }

    /** Σ_ij term(r_ij, i², j²) over the occupied cells. */
    private static double cellSum(GlrlmMatrix m, CellTerm term) {
        GlrlmMatrix.Runs runs = m.runs();
        double sum = 0;
        for (int c = 0; c < runs.cellR.length; c++) {
            double i = runs.cellI[c];
            double j = runs.cellJ[c];
            sum += term.of(runs.cellR[c], i * i, j * j);
        }
        return sum;
    }

    static double runEntropy(GlrlmMatrix m) {
        GlrlmMatrix.Runs runs = m.runs();
        double entropy = 0;
        for (double r : runs.cellR) {
            double p = r / runs.ns;
            entropy -= p * Math.log(p) / LN2;
        }
        return entropy;
    }

    private static TextureFeature<GlrlmMatrix> feature(String name, String code, String py,
            ToDoubleFunction<GlrlmMatrix> formula) {
        return new TextureFeature<>(name, code, "original_glrlm_" + py, formula);
    }
}
