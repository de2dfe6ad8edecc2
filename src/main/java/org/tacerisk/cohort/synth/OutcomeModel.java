package org.tacerisk.cohort.synth;

import java.util.SplittableRandom;

/**
 * Draws the clinical variables, the latent image traits and the outcome of one synthetic patient. The clinical
 * distributions and coefficients mirror the R reference cohort ({@code hcc_synth.csv}), with its DL score replaced
 * by the image score the phantom actually renders. Each patient has a random stream of its own, derived from the
 * cohort seed and the patient's index, so a cohort is the same whether patients are drawn one by one, in parallel
 * or without images.
 */
public final class OutcomeModel {

    /**
     * The R cohort's −4.3 gives an expected prevalence of 23 % with these draws; −4.08 gives 25 % over the study's
     * split (mean of plogis(true_lp) over 200 seeds × 475 patients).
     */
    public static final double INTERCEPT = -4.08;
    public static final double B_IMAGE_SCORE = 2.8;
    public static final double B_LOG10_AFP = 0.5;
    public static final double B_SIZE = 0.12;
    public static final double B_NODULES = 0.45;
    public static final double B_EXTERNAL = 0.4;

    /** P(nodules = 1..6), as in the reference cohort. */
    static final double[] NODULE_PROBABILITIES = {0.42, 0.24, 0.14, 0.10, 0.06, 0.04};

    private OutcomeModel() {
    }

    /** Patient {@code index} of the cohort drawn with {@code seed}. */
    public static SyntheticPatient draw(long seed, int index, String cohort) {
        return draw(seed, index, cohort, SiteShift.NONE);
    }

    /** Patient {@code index} of the cohort drawn with {@code seed} at a mis-calibrated site (same draws). */
    public static SyntheticPatient draw(long seed, int index, String cohort, SiteShift site) {
        SplittableRandom r = new SplittableRandom(streamSeed(seed, index, 1));
        // The order of draws is part of the model: changing it changes every cohort for a given seed.
        double size = round1(clamp(Math.exp(Math.log(6) + 0.55 * r.nextGaussian()), 1, 20));
        int nodules = categorical(r.nextDouble());
        double afp = clamp(round1(Math.pow(10, clamp(2 + 1.25 * r.nextGaussian(), 0, 5))), 1, 100000);
        int age = (int) Math.round(clamp(60 + 10 * r.nextGaussian(), 18, 90));
        String sex = r.nextDouble() < 0.8 ? "M" : "F";
        double hetZ = r.nextGaussian();
        double irrZ = r.nextGaussian();
        double imageScore = (hetZ + irrZ) / Math.sqrt(2);
        boolean external = CohortSplit.EXTERNAL.equals(cohort);
        double lp = site.apply(linearPredictor(imageScore, afp, size, nodules, external));
        double p = plogis(lp);
        int outcome = r.nextDouble() < p ? 1 : 0;
        return new SyntheticPatient(index, cohort, size, nodules, afp, age, sex, hetZ, irrZ, imageScore, lp, p,
                outcome, streamSeed(seed, index, 2));
    }

    /** The true log-odds; age and sex are deliberately absent (non-predictive by construction). */
    public static double linearPredictor(double imageScore, double afpNgMl, double sizeCm, int nodules,
            boolean external) {
        return INTERCEPT + B_IMAGE_SCORE * imageScore + B_LOG10_AFP * Math.log10(afpNgMl) + B_SIZE * (sizeCm - 6)
                + B_NODULES * (nodules - 1) + (external ? B_EXTERNAL : 0);
    }

    public static double plogis(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** An independent, well-mixed seed per (cohort seed, patient, purpose): SplitMix64's finaliser. */
    static long streamSeed(long seed, int index, int purpose) {
        long z = seed + 0x9E3779B97F4A7C15L * (1 + (long) index * 4 + purpose);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int categorical(double u) {
        double cumulative = 0;
        for (int n = 0; n < NODULE_PROBABILITIES.length; n++) {
            cumulative += NODULE_PROBABILITIES[n];
            if (u < cumulative) {
                return n + 1;
            }
        }
        return NODULE_PROBABILITIES.length;
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
