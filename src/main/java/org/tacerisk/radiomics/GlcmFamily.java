package org.tacerisk.radiomics;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * IBSI-1 grey level co-occurrence features (LFYI): 25 features of {@link GlcmMatrix}, with distance δ and symmetry
 * from {@link FamilyContext#texture()} and N_g from {@link ProcessedRoi#greyLevelCount()}, for every aggregation
 * method of the approaches in {@link FamilyContext#approaches()} ({@link TextureAggregation}). Notation as in the
 * manual (see {@link GlcmMatrix.Probabilities}). Stateless; the directional matrices are built in parallel.
 *
 * <p>PyRadiomics' GLCM features are computed per 3D direction and averaged, so its names are attached to the 3D
 * averaged (ITBB) values only. Sum variance (equal to cluster tendency) and dissimilarity (equal to difference
 * average) were removed from PyRadiomics; its Idn and Idmn normalise by its own grey level count, which need not
 * be IBSI's N_g, so those carry no PyRadiomics name either.
 */
public final class GlcmFamily implements FamilyCalculator {

    private static final String PY = "original_glcm_";

    private static final String SINGLE_LEVEL = "every co-occurrence matrix holds a single grey level"
            + " (zero marginal variance and entropy)";

    /** The 25 GLCM features, in IBSI order. */
    static final List<TextureFeature<GlcmMatrix>> FEATURES = List.of(
            // GYBY: max p_ij
            feature("Joint maximum", "GYBY", "MaximumProbability", GlcmFamily::jointMaximum),
            // 60VM: Σ i p_ij = μ_x
            feature("Joint average", "60VM", "JointAverage", m -> m.probabilities().muX),
            // UR99: Σ (i − μ)² p_ij = σ_x²
            feature("Joint variance", "UR99", "SumSquares", m -> m.probabilities().varX),
            // TU9B: HXY = −Σ p_ij log2 p_ij
            feature("Joint entropy", "TU9B", "JointEntropy", m -> m.probabilities().hxy),
            // TF7R: μ_d = Σ k p_{i−j,k}
            feature("Difference average", "TF7R", "DifferenceAverage", GlcmFamily::differenceAverage),
            // D3YU: Σ (k − μ_d)² p_{i−j,k}
            feature("Difference variance", "D3YU", "DifferenceVariance",
                    m -> GlcmMatrix.Probabilities.variance(m.probabilities().diagonal, 0, differenceAverage(m))),
            // NTRS: −Σ p_{i−j,k} log2 p_{i−j,k}
            feature("Difference entropy", "NTRS", "DifferenceEntropy",
                    m -> GlcmMatrix.Probabilities.entropy(m.probabilities().diagonal)),
            // ZGXS: μ_s = Σ k p_{i+j,k}
            feature("Sum average", "ZGXS", "SumAverage", GlcmFamily::sumAverage),
            // OEEB: Σ (k − μ_s)² p_{i+j,k} (equal to cluster tendency)
            feature("Sum variance", "OEEB", "",
                    m -> GlcmMatrix.Probabilities.variance(m.probabilities().cross, 0, sumAverage(m))),
            // P6QZ: −Σ p_{i+j,k} log2 p_{i+j,k}
            feature("Sum entropy", "P6QZ", "SumEntropy",
                    m -> GlcmMatrix.Probabilities.entropy(m.probabilities().cross)),
            // 8ZQL: Σ p_ij²
            feature("Angular second moment", "8ZQL", "JointEnergy", GlcmFamily::angularSecondMoment),
            // ACUI: Σ (i − j)² p_ij = Σ k² p_{i−j,k}
            feature("Contrast", "ACUI", "Contrast", GlcmFamily::contrast),
            // 8S9J: Σ |i − j| p_ij (equal to difference average)
            feature("Dissimilarity", "8S9J", "", GlcmFamily::differenceAverage),
            // IB1Z: Σ p_{i−j,k} / (1 + k)
            feature("Inverse difference", "IB1Z", "Id", m -> inverseDifference(m, k -> 1.0 + k)),
            // NDRX: Σ p_{i−j,k} / (1 + k / N_g)
            feature("Normalised inverse difference", "NDRX", "",
                    m -> inverseDifference(m, k -> 1.0 + (double) k / m.greyLevels())),
            // WF0Z: Σ p_{i−j,k} / (1 + k²)
            feature("Inverse difference moment", "WF0Z", "Idm", m -> inverseDifference(m, k -> 1.0 + (double) k * k)),
            // 1QCO: Σ p_{i−j,k} / (1 + k² / N_g²)
            feature("Normalised inverse difference moment", "1QCO", "", m -> inverseDifference(m,
                    k -> 1.0 + (double) k * k / ((double) m.greyLevels() * m.greyLevels()))),
            // E8JP: Σ_{k ≥ 1} p_{i−j,k} / k² (k = 0 is left out: its weight is undefined)
            feature("Inverse variance", "E8JP", "InverseVariance", GlcmFamily::inverseVariance),
            // NI2N: Σ (i − μ_x)(j − μ_y) p_ij / (σ_x σ_y); undefined for a single grey level (σ = 0)
            new TextureFeature<>("Correlation", "NI2N", PY + "Correlation", GlcmFamily::correlation, SINGLE_LEVEL),
            // QWB0: Σ i j p_ij
            feature("Autocorrelation", "QWB0", "Autocorrelation", GlcmFamily::autocorrelation),
            // DG8W: Σ (i + j − μ_x − μ_y)² p_ij
            feature("Cluster tendency", "DG8W", "ClusterTendency", m -> clusterMoment(m, 2)),
            // 7NFM: Σ (i + j − μ_x − μ_y)³ p_ij
            feature("Cluster shade", "7NFM", "ClusterShade", m -> clusterMoment(m, 3)),
            // AE86: Σ (i + j − μ_x − μ_y)⁴ p_ij
            feature("Cluster prominence", "AE86", "ClusterProminence", m -> clusterMoment(m, 4)),
            // R8DG: (HXY − HXY1) / max(HX, HY); undefined for a single grey level (HX = HY = 0)
            new TextureFeature<>("Information correlation 1", "R8DG", PY + "Imc1",
                    GlcmFamily::informationCorrelation1, SINGLE_LEVEL),
            // JN9H: √(1 − e^(−2 (HXY2 − HXY)))
            feature("Information correlation 2", "JN9H", "Imc2", GlcmFamily::informationCorrelation2));

    public GlcmFamily() {
    }

    @Override
    public Family family() {
        return Family.GLCM;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        int distance = context.texture().glcmDistance();
        boolean symmetric = context.texture().glcmSymmetric();
        if (distance < 1) {
            return TextureAggregation.undefined(Family.GLCM, FEATURES, context.approaches(),
                    "GLCM distance must be at least 1, was " + distance);
        }
        PaddedGreyLevels levels = PaddedGreyLevels.of(roi, distance);
        return TextureAggregation.directional(Family.GLCM, FEATURES, context, levels.slices(),
                (slice, m) -> GlcmMatrix.of(levels, m, distance, slice, slice, symmetric),
                m -> GlcmMatrix.volume(roi, levels, m, distance, symmetric),
                "no pair of neighbouring ROI voxels at distance " + distance);
    }

    static double jointMaximum(GlcmMatrix m) {
        double max = 0;
        for (double p : m.probabilities().cellP) {
            max = Math.max(max, p);
        }
        return max;
    }

    static double differenceAverage(GlcmMatrix m) {
        return GlcmMatrix.Probabilities.mean(m.probabilities().diagonal, 0);
    }

    static double sumAverage(GlcmMatrix m) {
        return GlcmMatrix.Probabilities.mean(m.probabilities().cross, 0);
    }

    static double angularSecondMoment(GlcmMatrix m) {
        double sum = 0;
        for (double p : m.probabilities().cellP) {
            sum += p * p;
        }
        return sum;
    }

    static double contrast(GlcmMatrix m) {
        double[] diagonal = m.probabilities().diagonal;
        double sum = 0;
        for (int k = 0; k < diagonal.length; k++) {
            sum += (double) k * k * diagonal[k];
        }
        return sum;
    }

    /** Σ_k p_{i−j,k} / divisor(k): the inverse difference features. */
    private static double inverseDifference(GlcmMatrix m, IntToDoubleFunction divisor) {
        double[] diagonal = m.probabilities().diagonal;
        double sum = 0;
        for (int k = 0; k < diagonal.length; k++) {
            sum += diagonal[k] / divisor.applyAsDouble(k);
        }
        return sum;
    }

    static double inverseVariance(GlcmMatrix m) {
        double[] diagonal = m.probabilities().diagonal;
        double sum = 0;
        for (int k = 1; k < diagonal.length; k++) {
            sum += diagonal[k] / ((double) k * k);
        }
        return sum;
    }

    static double correlation(GlcmMatrix m) {
        GlcmMatrix.Probabilities p = m.probabilities();
        double sd = Math.sqrt(p.varX * p.varY);
        if (sd == 0) {
            return Double.NaN;
        }
        double covariance = 0;
        for (int c = 0; c < p.cellP.length; c++) {
            covariance += (p.cellI[c] - p.muX) * (p.cellJ[c] - p.muY) * p.cellP[c];
        }
        return covariance / sd;
    }

    static double autocorrelation(GlcmMatrix m) {
        GlcmMatrix.Probabilities p = m.probabilities();
        double sum = 0;
        for (int c = 0; c < p.cellP.length; c++) {
            sum += p.cellI[c] * p.cellJ[c] * p.cellP[c];
        }
        return sum;
    }

    /** Σ (i + j − μ_x − μ_y)^power p_ij. */
    static double clusterMoment(GlcmMatrix m, int power) {
        GlcmMatrix.Probabilities p = m.probabilities();
        double sum = 0;
        for (int c = 0; c < p.cellP.length; c++) {
            double d = p.cellI[c] + p.cellJ[c] - p.muX - p.muY;
            double term = d * d;
            for (int n = 2; n < power; n++) {
                term *= d;
            }
            sum += term * p.cellP[c];
        }
        return sum;
    }

    /** (HXY − HXY1) / max(HX, HY) with HXY1 = −Σ p_ij log2(p_i. p_.j). */
    static double informationCorrelation1(GlcmMatrix m) {
        GlcmMatrix.Probabilities p = m.probabilities();
        if (Math.max(p.hx, p.hy) == 0) {
            return Double.NaN;
        }
        double hxy1 = 0;
        for (int c = 0; c < p.cellP.length; c++) {
            hxy1 -= p.cellP[c] * Math.log(p.px[p.cellI[c] - 1] * p.py[p.cellJ[c] - 1]) / Math.log(2);
        }
        return (p.hxy - hxy1) / Math.max(p.hx, p.hy);
    }

    /**
     * √(1 − e^(−2 (HXY2 − HXY))), 0 where rounding makes the radicand negative. HXY2 = −Σ_ij p_i. p_.j
     * log2(p_i. p_.j) is the entropy of the product of the marginals, i.e. HX + HY (summing it cell by cell would
     * cost N_g² logarithms per matrix).
     */
    static double informationCorrelation2(GlcmMatrix m) {
        GlcmMatrix.Probabilities p = m.probabilities();
        double hxy2 = p.hx + p.hy;
        return Math.sqrt(Math.max(0, 1 - Math.exp(-2 * (hxy2 - p.hxy))));
    }

    private static TextureFeature<GlcmMatrix> feature(String name, String code, String py,
            ToDoubleFunction<GlcmMatrix> formula) {
        return new TextureFeature<>(name, code, py.isEmpty() ? "" : PY + py, formula);
    }
}
