package org.tacerisk.stats;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * DeLong's nonparametric inference for AUCs (DeLong, DeLong and Clarke-Pearson, Biometrics 1988;44:837), as pROC
 * 1.18 reports it: {@code var(r, method = "delong")}, {@code ci.auc(r, method = "delong")} and
 * {@code roc.test(r1, r2, method = "delong", paired = TRUE/FALSE)}. The variances come from
 * {@link DeLongPlacements}.
 */
public final class DeLongTest {

    private DeLongTest() {
    }

    /**
     * An AUC with its DeLong variance and Wald interval {@code auc ± z·se}, clipped to [0, 1] as
     * {@code ci.auc(method = "delong")} does.
     */
    public record AucEstimate(double auc, double variance, double se, double ciLower, double ciUpper) {
    }

    /**
     * {@code roc.test(..., method = "delong", paired = TRUE)}: z = (auc1 − auc2)/√(var1 + var2 − 2·cov),
     * two-sided normal p, and pROC's interval of the difference {@code diff ± z·√(var1 + var2 − 2·cov)} (not
     * clipped).
     */
    public record Paired(double auc1, double auc2, double difference, double variance1, double variance2,
            double covariance, double z, double p, double diffCiLower, double diffCiUpper) {
    }

    /**
     * {@code roc.test(..., method = "delong", paired = FALSE)} for AUCs from independent samples:
     * z = (auc1 − auc2)/√(var1 + var2), two-sided normal p, and the Wald interval of the difference.
     */
    public record Unpaired(double auc1, double auc2, double difference, double variance1, double variance2,
            double z, double p, double diffCiLower, double diffCiUpper) {
    }

    /** The AUC with its 95 % DeLong interval. */
    public static AucEstimate auc(RocCurve roc) {
        return auc(roc, 0.95);
    }

    public static AucEstimate auc(RocCurve roc, double confLevel) {
        DeLongPlacements pl = DeLongPlacements.of(roc);
        double auc = pl.auc();
        double var = pl.variance();
        double se = Math.sqrt(var);
        double z = WilsonInterval.normalQuantile(1 - (1 - confLevel) / 2);
        return new AucEstimate(auc, var, se, Math.max(0, auc - z * se), Math.min(1, auc + z * se));
    }

    /** Two curves on the same observations (same outcomes in the same order), e.g. two models on one cohort. */
    public static Paired paired(RocCurve first, RocCurve second) {
        return paired(first, second, 0.95);
    }

    public static Paired paired(RocCurve first, RocCurve second, double confLevel) {
        if (!Arrays.equals(first.outcomes(), second.outcomes())) {
            throw new IllegalArgumentException("a paired DeLong test needs both curves on the same observations,"
                    + " with the same outcomes in the same order");
        }
        DeLongPlacements a = DeLongPlacements.of(first);
        DeLongPlacements b = DeLongPlacements.of(second);
        double auc1 = a.auc();
        double auc2 = b.auc();
        double v1 = a.variance();
        double v2 = b.variance();
        double cov = a.covariance(b);
        double diff = auc1 - auc2;
        double sd = Math.sqrt(v1 + v2 - 2 * cov);
        double z = diff / sd;
        double q = WilsonInterval.normalQuantile(1 - (1 - confLevel) / 2);
        return new Paired(auc1, auc2, diff, v1, v2, cov, z, twoSidedP(z), diff - q * sd, diff + q * sd);
    }

    /** Two curves on independent samples (e.g. the same model in two centres). */
    public static Unpaired unpaired(RocCurve first, RocCurve second) {
        return unpaired(first, second, 0.95);
    }

    public static Unpaired unpaired(RocCurve first, RocCurve second, double confLevel) {
        AucEstimate a = auc(first);
        AucEstimate b = auc(second);
        double diff = a.auc() - b.auc();
        double sd = Math.sqrt(a.variance() + b.variance());
        double z = diff / sd;
        double q = WilsonInterval.normalQuantile(1 - (1 - confLevel) / 2);
        return new Unpaired(a.auc(), b.auc(), diff, a.variance(), b.variance(), z, twoSidedP(z),
                diff - q * sd, diff + q * sd);
    }

    /** 2·Φ(−|z|), as R's {@code 2 * pnorm(-abs(z))}; erfc keeps full relative precision far in the tail. */
    static double twoSidedP(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }
}
