package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * IBSI-1 grey level run length features (TP0I): 16 features for every aggregation method of the approaches in
 * {@link FamilyContext#approaches()} (see {@link TextureAggregation}). Stateless; the directional matrices are
 * built in parallel.
 *
 * <p>PyRadiomics computes its GLRLM per 3D direction and averages, so its names go on the 3D averaged (ITBB) values
 * only; all 16 features have a PyRadiomics counterpart with the same formula.
 */
public final class GlrlmFamily implements FamilyCalculator {

    private static final Family F = Family.GLRLM;
    private static final String PY = "original_glrlm_";

    static final List<FeatureSpec> SPECS = List.of(
            new FeatureSpec(F, "Short runs emphasis", "22OV", PY + "ShortRunEmphasis"),
            new FeatureSpec(F, "Long runs emphasis", "W4KF", PY + "LongRunEmphasis"),
            new FeatureSpec(F, "Low grey level run emphasis", "V3SW", PY + "LowGrayLevelRunEmphasis"),
            new FeatureSpec(F, "High grey level run emphasis", "G3QZ", PY + "HighGrayLevelRunEmphasis"),
            new FeatureSpec(F, "Short run low grey level emphasis", "HTZT", PY + "ShortRunLowGrayLevelEmphasis"),
            new FeatureSpec(F, "Short run high grey level emphasis", "GD3A", PY + "ShortRunHighGrayLevelEmphasis"),
            new FeatureSpec(F, "Long run low grey level emphasis", "IVPO", PY + "LongRunLowGrayLevelEmphasis"),
            new FeatureSpec(F, "Long run high grey level emphasis", "3KUM", PY + "LongRunHighGrayLevelEmphasis"),
            new FeatureSpec(F, "Grey level non-uniformity", "R5YN", PY + "GrayLevelNonUniformity"),
            new FeatureSpec(F, "Normalised grey level non-uniformity", "OVBL",
                    PY + "GrayLevelNonUniformityNormalized"),
            new FeatureSpec(F, "Run length non-uniformity", "W92Y", PY + "RunLengthNonUniformity"),
            new FeatureSpec(F, "Normalised run length non-uniformity", "IC23",
                    PY + "RunLengthNonUniformityNormalized"),
            new FeatureSpec(F, "Run percentage", "9ZK5", PY + "RunPercentage"),
            new FeatureSpec(F, "Grey level variance", "8CE5", PY + "GrayLevelVariance"),
            new FeatureSpec(F, "Run length variance", "SXLW", PY + "RunVariance"),
            new FeatureSpec(F, "Run entropy", "HJ9O", PY + "RunEntropy"));

    private static final double LN2 = Math.log(2);

    public GlrlmFamily() {
    }

    @Override
    public Family family() {
        return F;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        PaddedGreyLevels levels = PaddedGreyLevels.of(roi, 1);
        int n = SPECS.size();
        List<TextureAggregation.Aggregated> results = new ArrayList<>();
        if (context.approaches().contains(Approach.TWO_D)
                || context.approaches().contains(Approach.TWO_AND_HALF_D)) {
            List<List<GlrlmMatrix>> slices = IntStream.range(0, levels.slices()).parallel()
                    .mapToObj(s -> inPlane(levels, s)).toList();
            if (context.approaches().contains(Approach.TWO_D)) {
                results.addAll(TextureAggregation.twoD(slices, GlrlmFamily::features, n));
            }
            if (context.approaches().contains(Approach.TWO_AND_HALF_D)) {
                results.addAll(TextureAggregation.twoAndHalfD(slices, GlrlmFamily::features, n));
            }
        }
        if (context.approaches().contains(Approach.THREE_D)) {
            int last = levels.slices() - 1;
            List<GlrlmMatrix> volume = IntStream.range(0, NeighbourDirections.VOLUME.length).parallel()
                    .mapToObj(d -> GlrlmMatrix.of(levels, NeighbourDirections.VOLUME[d], 0, last,
                            levels.voxelCount()))
                    .toList();
            results.addAll(TextureAggregation.threeD(volume, GlrlmFamily::features, n));
        }
        // every feature is defined for a non-empty matrix; only an empty ROI leaves them undefined
        return TextureFeatureValues.of(SPECS, results, f -> "", "the intensity mask is empty");
    }

    private static List<GlrlmMatrix> inPlane(PaddedGreyLevels levels, int slice) {
        List<GlrlmMatrix> out = new ArrayList<>(NeighbourDirections.IN_PLANE.length);
        for (int[] m : NeighbourDirections.IN_PLANE) {
            out.add(GlrlmMatrix.of(levels, m, slice, slice, levels.sliceVoxelCount(slice)));
        }
        return out;
    }

    /**
     * The 16 features of one non-empty matrix, in {@link #SPECS} order. Notation as in the manual: r_ij runs of grey
     * level i and length j, r_i. and r_.j marginal sums, N_s runs, N_v voxels, p_ij = r_ij / N_s.
     */
    static double[] features(GlrlmMatrix m) {
        int ng = m.greyLevels();
        int nr = m.maxRunLength();
        double ns = m.runCount();
        double[] byLevel = new double[ng];
        double[] byLength = new double[nr];
        double srlge = 0;
        double srhge = 0;
        double lrlge = 0;
        double lrhge = 0;
        double muLevel = 0;
        double muLength = 0;
        double entropy = 0;
        for (int i = 1; i <= ng; i++) {
            for (int j = 1; j <= nr; j++) {
                double r = m.count(i, j);
                if (r == 0) {
                    continue;
                }
                double i2 = (double) i * i;
                double j2 = (double) j * j;
                byLevel[i - 1] += r;
                byLength[j - 1] += r;
                srlge += r / (i2 * j2);
                srhge += r * i2 / j2;
                lrlge += r * j2 / i2;
                lrhge += r * i2 * j2;
                double p = r / ns;
                muLevel += i * p;
                muLength += j * p;
                entropy -= p * Math.log(p) / LN2;
            }
        }
        double sre = 0;
        double lre = 0;
        double rlnu = 0;
        double lengthVariance = 0;
        for (int j = 1; j <= nr; j++) {
            double r = byLength[j - 1];
            sre += r / ((double) j * j);
            lre += r * j * j;
            rlnu += r * r;
            lengthVariance += (j - muLength) * (j - muLength) * r / ns;
        }
        double lgre = 0;
        double hgre = 0;
        double glnu = 0;
        double levelVariance = 0;
        for (int i = 1; i <= ng; i++) {
            double r = byLevel[i - 1];
            lgre += r / ((double) i * i);
            hgre += r * i * i;
            glnu += r * r;
            levelVariance += (i - muLevel) * (i - muLevel) * r / ns;
        }
        return new double[] {
            sre / ns,                     // 22OV  (1/N_s) Σ_j r_.j / j²
            lre / ns,                     // W4KF  (1/N_s) Σ_j j² r_.j
            lgre / ns,                    // V3SW  (1/N_s) Σ_i r_i. / i²
            hgre / ns,                    // G3QZ  (1/N_s) Σ_i i² r_i.
            srlge / ns,                   // HTZT  (1/N_s) Σ r_ij / (i² j²)
            srhge / ns,                   // GD3A  (1/N_s) Σ i² r_ij / j²
            lrlge / ns,                   // IVPO  (1/N_s) Σ j² r_ij / i²
            lrhge / ns,                   // 3KUM  (1/N_s) Σ i² j² r_ij
            glnu / ns,                    // R5YN  (1/N_s) Σ_i r_i.²
            glnu / (ns * ns),             // OVBL  (1/N_s²) Σ_i r_i.²
            rlnu / ns,                    // W92Y  (1/N_s) Σ_j r_.j²
            rlnu / (ns * ns),             // IC23  (1/N_s²) Σ_j r_.j²
            ns / m.voxelCount(),          // 9ZK5  N_s / N_v (N_v summed over merged matrices)
            levelVariance,                // 8CE5  Σ (i − μ_i)² p_ij
            lengthVariance,               // SXLW  Σ (j − μ_j)² p_ij
            entropy};                     // HJ9O  −Σ p_ij log2 p_ij
    }
}
