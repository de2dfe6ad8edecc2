package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * IBSI-1 grey level co-occurrence features (LFYI): 25 features for every aggregation method of the approaches in
 * {@link FamilyContext#approaches()} (see {@link TextureAggregation}), with distance δ and symmetry from
 * {@link FamilyContext#texture()} and N_g from {@link ProcessedRoi#greyLevelCount()}. Stateless; the directional
 * matrices are built in parallel.
 *
 * <p>PyRadiomics' GLCM features are computed per 3D direction and averaged, so its names are attached to the 3D
 * averaged (ITBB) values only. Sum variance (equal to cluster tendency) and dissimilarity (equal to difference
 * average) were removed from PyRadiomics; its Idn and Idmn normalise by its own grey level count, which need not
 * be IBSI's N_g, so those carry no PyRadiomics name either.
 */
public final class GlcmFamily implements FamilyCalculator {

    private static final Family F = Family.GLCM;
    private static final String PY = "original_glcm_";

    static final List<FeatureSpec> SPECS = List.of(
            new FeatureSpec(F, "Joint maximum", "GYBY", PY + "MaximumProbability"),
            new FeatureSpec(F, "Joint average", "60VM", PY + "JointAverage"),
            new FeatureSpec(F, "Joint variance", "UR99", PY + "SumSquares"),
            new FeatureSpec(F, "Joint entropy", "TU9B", PY + "JointEntropy"),
            new FeatureSpec(F, "Difference average", "TF7R", PY + "DifferenceAverage"),
            new FeatureSpec(F, "Difference variance", "D3YU", PY + "DifferenceVariance"),
            new FeatureSpec(F, "Difference entropy", "NTRS", PY + "DifferenceEntropy"),
            new FeatureSpec(F, "Sum average", "ZGXS", PY + "SumAverage"),
            new FeatureSpec(F, "Sum variance", "OEEB", ""),
            new FeatureSpec(F, "Sum entropy", "P6QZ", PY + "SumEntropy"),
            new FeatureSpec(F, "Angular second moment", "8ZQL", PY + "JointEnergy"),
            new FeatureSpec(F, "Contrast", "ACUI", PY + "Contrast"),
            new FeatureSpec(F, "Dissimilarity", "8S9J", ""),
            new FeatureSpec(F, "Inverse difference", "IB1Z", PY + "Id"),
            new FeatureSpec(F, "Normalised inverse difference", "NDRX", ""),
            new FeatureSpec(F, "Inverse difference moment", "WF0Z", PY + "Idm"),
            new FeatureSpec(F, "Normalised inverse difference moment", "1QCO", ""),
            new FeatureSpec(F, "Inverse variance", "E8JP", PY + "InverseVariance"),
            new FeatureSpec(F, "Correlation", "NI2N", PY + "Correlation"),
            new FeatureSpec(F, "Autocorrelation", "QWB0", PY + "Autocorrelation"),
            new FeatureSpec(F, "Cluster tendency", "DG8W", PY + "ClusterTendency"),
            new FeatureSpec(F, "Cluster shade", "7NFM", PY + "ClusterShade"),
            new FeatureSpec(F, "Cluster prominence", "AE86", PY + "ClusterProminence"),
            new FeatureSpec(F, "Information correlation 1", "R8DG", PY + "Imc1"),
            new FeatureSpec(F, "Information correlation 2", "JN9H", PY + "Imc2"));

    private static final String SINGLE_LEVEL = "every co-occurrence matrix holds a single grey level"
            + " (zero marginal variance and entropy)";
    private static final double LN2 = Math.log(2);

    public GlcmFamily() {
    }

    @Override
    public Family family() {
        return F;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        int distance = context.texture().glcmDistance();
        boolean symmetric = context.texture().glcmSymmetric();
        if (distance < 1) {
            return TextureFeatureValues.allUndefined(SPECS, context.approaches(),
                    "GLCM distance must be at least 1, was " + distance);
        }
        PaddedGreyLevels levels = PaddedGreyLevels.of(roi, distance);
        int n = SPECS.size();
        List<TextureAggregation.Aggregated> results = new ArrayList<>();
        if (context.approaches().contains(Approach.TWO_D)
                || context.approaches().contains(Approach.TWO_AND_HALF_D)) {
            List<List<GlcmMatrix>> slices = IntStream.range(0, levels.slices()).parallel()
                    .mapToObj(s -> inPlane(levels, distance, s, symmetric)).toList();
            if (context.approaches().contains(Approach.TWO_D)) {
                results.addAll(TextureAggregation.twoD(slices, GlcmFamily::features, n));
            }
            if (context.approaches().contains(Approach.TWO_AND_HALF_D)) {
                results.addAll(TextureAggregation.twoAndHalfD(slices, GlcmFamily::features, n));
            }
        }
        if (context.approaches().contains(Approach.THREE_D)) {
            int last = levels.slices() - 1;
            List<GlcmMatrix> volume = IntStream.range(0, NeighbourDirections.VOLUME.length).parallel()
                    .mapToObj(d -> GlcmMatrix.of(levels, NeighbourDirections.VOLUME[d], distance, 0, last, symmetric))
                    .toList();
            results.addAll(TextureAggregation.threeD(volume, GlcmFamily::features, n));
        }
        // only correlation and information correlation 1 can be undefined for a non-empty matrix
        return TextureFeatureValues.of(SPECS, results, f -> SINGLE_LEVEL,
                "no pair of neighbouring ROI voxels at distance " + distance);
    }

    private static List<GlcmMatrix> inPlane(PaddedGreyLevels levels, int distance, int slice, boolean symmetric) {
        List<GlcmMatrix> out = new ArrayList<>(NeighbourDirections.IN_PLANE.length);
        for (int[] m : NeighbourDirections.IN_PLANE) {
            out.add(GlcmMatrix.of(levels, m, distance, slice, slice, symmetric));
        }
        return out;
    }

    /**
     * The 25 features of one non-empty matrix, in {@link #SPECS} order. Notation as in the manual: p_ij joint
     * probabilities, p_i. and p_.j marginals, p_{i−j,k} diagonal and p_{i+j,k} cross-diagonal probabilities, grey
     * levels i, j counted from 1. The marginal means and deviations are kept separately (μ_x, μ_y), which for the
     * symmetric GLCM IBSI assumes are equal.
     */
    static double[] features(GlcmMatrix matrix) {
        int ng = matrix.greyLevels();
        double[] p = matrix.probabilities();
        double[] px = new double[ng];
        double[] py = new double[ng];
        double[] diagonal = new double[ng];
        double[] cross = new double[2 * ng + 1];
        double max = 0;
        double jointEntropy = 0;
        double asm = 0;
        double autocorrelation = 0;
        for (int i = 1; i <= ng; i++) {
            for (int j = 1; j <= ng; j++) {
                double pij = p[(i - 1) * ng + (j - 1)];
                if (pij == 0) {
                    continue;   // sparse matrices: most cells are empty and add nothing to any sum
                }
                px[i - 1] += pij;
                py[j - 1] += pij;
                diagonal[Math.abs(i - j)] += pij;
                cross[i + j] += pij;
                max = Math.max(max, pij);
                jointEntropy -= xlog2x(pij);
                asm += pij * pij;
                autocorrelation += i * j * pij;
            }
        }
        double muX = mean(px, 1);
        double muY = mean(py, 1);
        double varX = variance(px, 1, muX);
        double varY = variance(py, 1, muY);
        double diffAverage = mean(diagonal, 0);
        double sumAverage = mean(cross, 0);
        double contrast = 0;
        double inverseDifference = 0;
        double normalisedInverseDifference = 0;
        double inverseDifferenceMoment = 0;
        double normalisedInverseDifferenceMoment = 0;
        double inverseVariance = 0;
        for (int k = 0; k < ng; k++) {
            double d = diagonal[k];
            contrast += (double) k * k * d;
            inverseDifference += d / (1.0 + k);
            normalisedInverseDifference += d / (1.0 + (double) k / ng);
            inverseDifferenceMoment += d / (1.0 + (double) k * k);
            normalisedInverseDifferenceMoment += d / (1.0 + (double) k * k / ((double) ng * ng));
            if (k > 0) {
                inverseVariance += d / ((double) k * k);
            }
        }
        double covariance = 0;
        double tendency = 0;
        double shade = 0;
        double prominence = 0;
        double hxy1 = 0;
        for (int i = 1; i <= ng; i++) {
            for (int j = 1; j <= ng; j++) {
                double pij = p[(i - 1) * ng + (j - 1)];
                if (pij == 0) {
                    continue;
                }
                double c = i + j - muX - muY;
                covariance += (i - muX) * (j - muY) * pij;
                tendency += c * c * pij;
                shade += c * c * c * pij;
                prominence += c * c * c * c * pij;
                hxy1 -= pij * Math.log(px[i - 1] * py[j - 1]) / LN2;
            }
        }
        double hx = entropy(px);
        double hy = entropy(py);
        // HXY2 = −Σ_ij p_i. p_.j log2(p_i. p_.j) is the entropy of the product of the marginals, i.e. HX + HY;
        // summing it cell by cell would cost N_g² logarithms per matrix
        double hxy2 = hx + hy;
        double sd = Math.sqrt(varX * varY);
        return new double[] {
            max,                                                   // GYBY  max p_ij
            muX,                                                   // 60VM  Σ i p_ij
            varX,                                                  // UR99  Σ (i − μ)² p_ij
            jointEntropy,                                          // TU9B  −Σ p_ij log2 p_ij
            diffAverage,                                           // TF7R  Σ k p_{i−j,k}
            variance(diagonal, 0, diffAverage),                    // D3YU  Σ (k − μ_d)² p_{i−j,k}
            entropy(diagonal),                                     // NTRS  −Σ p_{i−j,k} log2 p_{i−j,k}
            sumAverage,                                            // ZGXS  Σ k p_{i+j,k}
            variance(cross, 0, sumAverage),                        // OEEB  Σ (k − μ_s)² p_{i+j,k}
            entropy(cross),                                        // P6QZ  −Σ p_{i+j,k} log2 p_{i+j,k}
            asm,                                                   // 8ZQL  Σ p_ij²
            contrast,                                              // ACUI  Σ (i − j)² p_ij
            diffAverage,                                           // 8S9J  Σ |i − j| p_ij
            inverseDifference,                                     // IB1Z  Σ p_ij / (1 + |i − j|)
            normalisedInverseDifference,                           // NDRX  Σ p_ij / (1 + |i − j| / N_g)
            inverseDifferenceMoment,                               // WF0Z  Σ p_ij / (1 + (i − j)²)
            normalisedInverseDifferenceMoment,                     // 1QCO  Σ p_ij / (1 + (i − j)² / N_g²)
            inverseVariance,                                       // E8JP  Σ_{k≥1} p_{i−j,k} / k²
            sd == 0 ? Double.NaN : covariance / sd,                // NI2N  Σ (i − μ_x)(j − μ_y) p_ij / (σ_x σ_y)
            autocorrelation,                                       // QWB0  Σ i j p_ij
            tendency,                                              // DG8W  Σ (i + j − μ_x − μ_y)² p_ij
            shade,                                                 // 7NFM  Σ (i + j − μ_x − μ_y)³ p_ij
            prominence,                                            // AE86  Σ (i + j − μ_x − μ_y)⁴ p_ij
            Math.max(hx, hy) == 0 ? Double.NaN                     // R8DG  (HXY − HXY1) / max(HX, HY)
                    : (jointEntropy - hxy1) / Math.max(hx, hy),
            Math.sqrt(Math.max(0, 1 - Math.exp(-2 * (hxy2 - jointEntropy))))};  // JN9H  √(1 − e^(−2(HXY2 − HXY)))
    }

    /** Σ k q_k over k = first.. (q indexed from 0, value k = index when first is 0, index + 1 when 1). */
    private static double mean(double[] q, int first) {
        double sum = 0;
        for (int n = 0; n < q.length; n++) {
            sum += (n + first) * q[n];
        }
        return sum;
    }

    private static double variance(double[] q, int first, double mean) {
        double sum = 0;
        for (int n = 0; n < q.length; n++) {
            double d = n + first - mean;
            sum += d * d * q[n];
        }
        return sum;
    }

    private static double entropy(double[] q) {
        double h = 0;
        for (double v : q) {
            h -= xlog2x(v);
        }
        return h;
    }

    /** x log2 x, with 0 log 0 = 0. */
    private static double xlog2x(double x) {
        return x > 0 ? x * Math.log(x) / LN2 : 0;
    }
}
