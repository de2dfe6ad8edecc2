package org.tacerisk.cohort.synth;

import java.util.Locale;

/**
 * One synthetic patient before any image exists: the clinical variables of the manifest, the latent image traits
 * the CT will show, and the outcome drawn from them ({@link OutcomeModel}).
 *
 * @param index          0-based position in the cohort
 * @param heterogeneityZ standard-normal latent texture heterogeneity of the index tumour
 * @param irregularityZ  standard-normal latent shape irregularity of the index tumour
 * @param imageScore     (heterogeneityZ + irregularityZ) / √2: standard normal, what radiomics or DL can see
 * @param trueLp         the generating linear predictor (log-odds of metastasis)
 * @param probability    plogis(trueLp)
 * @param outcome        distant metastasis, 1 = yes
 * @param imageSeed      seed of the random stream that draws everything else about this patient's CT
 */
public record SyntheticPatient(int index, String cohort, double tumourSizeCm, int nodules, double afpNgMl, int age,
        String sex, double heterogeneityZ, double irregularityZ, double imageScore, double trueLp, double probability,
        int outcome, long imageSeed) {

    /** SYN-0001, SYN-0002, ... (four digits or more). */
    public String patientId() {
        return String.format(Locale.ROOT, "SYN-%04d", index + 1);
    }

    public boolean external() {
        return CohortSplit.EXTERNAL.equals(cohort);
    }

    /**
     * Standard deviation (HU) of the smooth texture field inside the index tumour: 18 HU at z = 0, about 7.5 HU at
     * z = −2.5 and 43 HU at z = +2.5, so that the low end hides in scanner noise and the high end does not.
     */
    public double heterogeneityHu() {
        return 18.0 * Math.exp(0.35 * heterogeneityZ);
    }

    /**
     * Relative size (standard deviation over directions) of the low-order radial bumps of the index tumour's
     * surface: 0.05 (nearly a sphere) to 0.30 (lobulated).
     */
    public double irregularity() {
        return 0.05 + 0.25 / (1 + Math.exp(-1.3 * irregularityZ));
    }

    /** Necrotic core radius as a fraction of the tumour radius; heterogeneous tumours are more necrotic. */
    public double necrosisFraction() {
        return Math.max(0.1, Math.min(0.6, 0.32 + 0.07 * heterogeneityZ));
    }
}
