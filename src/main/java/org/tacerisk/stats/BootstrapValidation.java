package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;

/**
 * Bootstrap validation of a logistic model as {@code rms::validate(fit, B, method = "boot")} (rms 6.5-0,
 * {@code validate.lrm}) computes it: the optimism-corrected indexes of {@link OptimismBootstrap}. Each index of a
 * linear predictor lp against n outcomes y, as validate.lrm's {@code discrim} defines it:
 * <ul>
 * <li>{@code Dxy}: Somers' rank correlation, exact ({@code Hmisc::somers2}, unbinned), = 2·AUC − 1;</li>
 * <li>{@code Intercept}, {@code Slope}: the recalibration fit logit P(y = 1) = a + b·lp ({@code lrm.fit(lp, y)});
 * 0 and 1 where lp comes from a fit to these rows (index_orig, training);</li>
 * <li>with L0 the intercept-only deviance and LR = L0 − deviance of that fit (lp's own, or the recalibration's):
 * {@code R2} = (1 − e^(−LR/n))/(1 − e^(−L0/n)) (Nagelkerke, as lrm), {@code D} = (LR − 1)/n;</li>
 * <li>{@code U} = (deviance(lp) − deviance(recalibration) − 2)/n, which is −2/n for a model's own fit;
 * {@code Q} = D − U;</li>
 * <li>{@code B}: Brier score mean (plogis(lp) − y)², lp not recalibrated;</li>
 * <li>{@code g} = GiniMd(b·lp), {@code gp} = GiniMd(plogis(a + b·lp)) ({@link GiniMeanDifference}; lrm's g and gp
 * for a model's own fit);</li>
 * <li>{@code Emax}: the largest |p − plogis(a + b·logit p)| over p = 0, 0.0005, ..., 1 with a, b the corrected
 * Intercept and Slope, reported as (0, 0, Emax, Emax, Emax), as validate.lrm does;</li>
 * <li>{@code C_from_Dxy} = 0.5 + Dxy/2 (its optimism is Dxy's over 2): not an rms row, but the C statistic.</li>
 * </ul>
 *
 * @param indexes   rows in rms's order, then C_from_Dxy
 * @param resamples B
 * @param seed      the seed of the resampling (SplittableRandom; R's draws cannot be reproduced)
 * @param failed    resamples skipped because their {@link LrmFit} refit failed as lrm.fit fails (no convergence,
 *                  singular information, constant outcome; separation alone is not a failure), or, in
 *                  {@link #ofProcedure}, because the procedure's refit failed
 */
public record BootstrapValidation(List<Index> indexes, int resamples, long seed, int failed) {

    /** The rms names of the indexes, in rms's row order. */
    public static final List<String> NAMES = List.of("Dxy", "R2", "Intercept", "Slope", "Emax", "D", "U", "Q", "B",
            "g", "gp", "C_from_Dxy");

    /** One row of validate's matrix. */
    public record Index(String name, double indexOrig, double training, double test, double optimism,
            double indexCorrected, int n) {
    }

    public BootstrapValidation {
        indexes = List.copyOf(indexes);
    }

    /** validate(fit, B) of the model specified by {@code frame}, refitted on each resample. */
    public static BootstrapValidation of(ModelFrame frame, int resamples, long seed) {
        return of(frame.x(), frame.y(), resamples, seed);
    }

    /** validate(fit, B) of the logistic model with design matrix {@code x} (intercept column first). */
    public static BootstrapValidation of(double[][] x, double[] y, int resamples, long seed) {
        return of(OptimismBootstrap.run(x, y, resamples, seed, BootstrapValidation::discrim), seed);
    }

    /**
     * validate of a whole modelling procedure: the indexes of {@code apparentLp} (the procedure fitted to all rows)
     * corrected by the optimism of the procedure's refits in {@code refits} (computed once, shared with
     * {@link BootstrapCalibration#ofProcedure}). Rows whose linear predictor is NaN are left out of each
     * evaluation. With {@link ResampleRefit#logistic} as the refit this is {@link #of(double[][], double[], int,
     * long)} exactly.
     *
     * @param apparentLp the linear predictor of the model fitted to all n rows, in row order
     * @param y          the n 0/1 outcomes
     */
    public static BootstrapValidation ofProcedure(double[] apparentLp, double[] y, Resamples refits) {
        return of(OptimismBootstrap.evaluate(apparentLp, y, refits, BootstrapValidation::discrim), refits.seed());
    }

    private static BootstrapValidation of(OptimismBootstrap.Result r, long seed) {
        int resamples = r.resamples();
        List<Index> rows = new ArrayList<>();
        String[] measured = {"Dxy", "R2", "Intercept", "Slope", "D", "U", "Q", "B", "g", "gp"};
        for (int k = 0; k < measured.length; k++) {
            rows.add(new Index(measured[k], r.indexOrig()[k], r.training()[k], r.test()[k], r.optimism()[k],
                    r.indexCorrected()[k], r.n()[k]));
            if (measured[k].equals("Slope")) {
                double e = emax(r.indexCorrected()[2], r.indexCorrected()[3]);
                rows.add(new Index("Emax", 0, 0, e, e, e, r.n()[0]));
            }
        }
        Index dxy = rows.get(0);
        rows.add(new Index("C_from_Dxy", 0.5 + dxy.indexOrig() / 2, 0.5 + dxy.training() / 2,
                0.5 + dxy.test() / 2, dxy.optimism() / 2, 0.5 + dxy.indexCorrected() / 2, dxy.n()));
        return new BootstrapValidation(rows, resamples, seed, r.failed());
    }

    public Index index(String name) {
        return indexes.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no index " + name + "; the indexes are " + NAMES));
    }

    /** validate.lrm's {@code discrim}: Dxy, R2, Intercept, Slope, D, U, Q, B, g, gp. */
    static double[] discrim(double[] lp, double[] y, boolean ownFit) {
        int n = y.length;
        int[] outcomes = new int[n];
        for (int i = 0; i < n; i++) {
            outcomes[i] = (int) y[i];
        }
        double dxy = Concordance.dxy(Concordance.exact(outcomes, lp));
        double l0 = LogisticRegression.nullDeviance(y);
        double l01 = LogisticRegression.deviance(y, lp);
        double a = 0;
        double b = 1;
        double deviance = l01;
        if (!ownFit) {
            double[][] design = new double[n][];
            for (int i = 0; i < n; i++) {
                design[i] = new double[] {1, lp[i]};
            }
            try {
                LogisticFit recal = LogisticRegression.fit(design, y);
                a = recal.estimate(0);
                b = recal.estimate(1);
                deviance = recal.deviance();
            } catch (BadInputException e) {
                double[] undefined = new double[10];
                java.util.Arrays.fill(undefined, Double.NaN);
                return undefined;
            }
        }
        double lr = l0 - deviance;
        double r2 = (1 - Math.exp(-lr / n)) / (1 - Math.exp(-l0 / n));
        double d = (lr - 1) / n;
        double u = ownFit ? -2.0 / n : (l01 - deviance - 2) / n;
        double brier = 0;
        double[] slopeLp = new double[n];
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            double p = LogisticRegression.plogis(lp[i]);
            brier += (p - y[i]) * (p - y[i]);
            slopeLp[i] = b * lp[i];
            risk[i] = LogisticRegression.plogis(a + b * lp[i]);
        }
        return new double[] {dxy, r2, a, b, d, u, d - u, brier / n, GiniMeanDifference.of(slopeLp),
            GiniMeanDifference.of(risk)};
    }

    /**
     * validate.lrm's Emax of a recalibration (a, b): max |p − plogis(a + b·log(p/(1 − p)))| over
     * {@code p = seq(0, 1, 0.0005)} (at p = 0 and 1 the curve is 0 and 1 for b &gt; 0).
     */
    static double emax(double a, double b) {
        double max = 0;
        for (int k = 0; k <= 2000; k++) {
            double p = k * 0.0005;
            double l = Math.log(p / (1 - p));
            double e = Math.abs(p - 1 / (1 + Math.exp(-(a + b * l))));
            if (e > max) {
                max = e;
            }
        }
        return max;
    }
}
