package org.tacerisk.radiomics;

import java.util.ArrayList;
import java.util.List;

/**
 * PyRadiomics' GLCM maximal correlation coefficient (MCC), which IBSI does not define; computed only in
 * {@link Conventions#PYRADIOMICS} conventions. Per 3D direction with at least one pair (PyRadiomics drops empty
 * angles), over the grey levels present in the ROI: Q_ij = Σ_k p_ik p_jk / (p_i. p_.k + ε) with ε NumPy's spacing
 * of 1 (2⁻⁵², which only keeps empty rows finite); MCC = √λ₂ with λ₂ the second largest eigenvalue of Q; the
 * directions' mean (NaN ones left out).
 * A single grey level gives 1 (PyRadiomics: a flat region).
 */
final class PyRadiomicsMcc implements FamilyCalculator {

    static final String NAME = "original_glcm_MCC";

    private static final double EPS = Math.ulp(1.0);

    @Override
    public Family family() {
        return Family.GLCM;
    }

    @Override
    public List<FeatureValue> compute(ProcessedRoi roi, FamilyContext context) {
        int distance = context.texture().glcmDistance();
        PaddedGreyLevels levels = PaddedGreyLevels.of(roi, distance);
        boolean[] present = new boolean[roi.greyLevelCount() + 1];
        int[] grey = roi.greyLevels();
        byte[] mask = roi.intensityMask();
        for (int n = 0; n < grey.length; n++) {
            if (mask[n] != 0) {
                present[grey[n]] = true;
            }
        }
        double sum = 0;
        int count = 0;
        for (int[] m : NeighbourDirections.VOLUME) {
            context.progress().checkCancelled();
            GlcmMatrix glcm = GlcmMatrix.volume(roi, levels, m, distance, context.texture().glcmSymmetric());
            if (glcm.isEmpty()) {
                continue;
            }
            double v = mcc(glcm, present);
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        double value = count == 0 ? Double.NaN : sum / count;
        return List.of(new FeatureValue(Family.GLCM, "Maximal correlation coefficient (PyRadiomics)", "",
                TextureAggregation.AVERAGED_3D, "", NAME, value, count == 0 ? "no direction has a voxel pair" : ""));
    }

    /** MCC of one direction's matrix over the grey levels present in the ROI. */
    static double mcc(GlcmMatrix glcm, boolean[] present) {
        List<Integer> keep = new ArrayList<>();
        for (int g = 1; g < present.length && g <= glcm.greyLevels(); g++) {
            if (present[g]) {
                keep.add(g);
            }
        }
        int n = keep.size();
        if (n < 2) {
            return 1;
        }
        double total = glcm.total();
        double[][] p = new double[n][n];
        double[] px = new double[n];
        double[] py = new double[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                p[a][b] = glcm.count(keep.get(a), keep.get(b)) / total;
                px[a] += p[a][b];
                py[b] += p[a][b];
            }
        }
        // Q = D⁻¹ P Dy⁻¹ Pᵀ is similar to the symmetric S = D^(−1/2) P Dy⁻¹ Pᵀ D^(−1/2): same eigenvalues, and a
        // symmetric eigen solver converges where the general one fails; ε only guards empty rows (S_ij = 0 there)
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                double scale = Math.sqrt(px[i] * px[j]);
                for (int k = 0; k < n; k++) {
                    s += p[i][k] * p[j][k] / (scale * py[k] + EPS);
                }
                q[i][j] = s;
                q[j][i] = s;
            }
        }
        double[] eigen = SymmetricEigenvalues.of(q);
        double second = eigen[eigen.length - 2];
        return second < 0 ? Double.NaN : Math.sqrt(second);
    }
}
