package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * Checks a model frame before fitting, so that a logistic fit fails with a message that names the problem instead of
 * returning nonsense (R's glm would return NA or huge coefficients with at most a warning):
 * <ul>
 * <li>the outcome must take both values (all 0 or all 1: error);</li>
 * <li>no predictor may be constant in the rows used, and a factor needs two levels (error naming it);</li>
 * <li>fewer events (or non-events) than model terms other than the intercept: error, because such a model cannot be
 * estimated reliably and is almost always separated; fewer than 10 per term: a {@code LOW_EVENTS_PER_TERM}
 * warning (the usual events-per-variable rule);</li>
 * <li>the design must have full column rank (a term that is a linear combination of earlier terms: error naming it,
 * where R would report an NA coefficient).</li>
 * </ul>
 */
public final class DesignChecks {

    /** Relative residual norm below which a column counts as a combination of earlier ones (R's lm.fit tol). */
    static final double RANK_TOLERANCE = 1e-7;

    private DesignChecks() {
    }

    /** Throws {@link BadInputException} for an unusable design; returns warnings for a usable but weak one. */
    public static List<Finding> check(ModelFrame frame) {
        double[] y = frame.y();
        double[][] x = frame.x();
        int n = y.length;
        int events = 0;
        for (double v : y) {
            events += (int) v;
        }
        String outcome = frame.outcome();
        if (events == 0 || events == n) {
            throw new BadInputException(null, "the outcome \"" + outcome + "\" is " + (events == 0 ? 0 : 1)
                    + " in all " + n + " rows used; a logistic model needs both outcomes (0 and 1)");
        }
        for (PredictorCoding c : frame.codings()) {
            if (c.spec().categorical() && c.levels().size() < 2) {
                throw new BadInputException(null, "predictor " + c.spec().label() + " has only one level ("
                        + c.levels() + ") in the rows used; remove it from the model");
            }
        }
        List<String> terms = frame.termNames();
        for (int j = 1; j < terms.size(); j++) {
            boolean constant = true;
            for (int i = 1; i < n && constant; i++) {
                constant = x[i][j] == x[0][j];
            }
            if (constant) {
                String predictor = frame.predictorOfTerm(j);
                throw new BadInputException(null, "predictor " + predictor + " is constant (" + x[0][j]
                        + (terms.get(j).equals(predictor) ? "" : " for term " + terms.get(j))
                        + " in every row used), so its effect cannot be estimated; remove it from the model");
            }
        }
        int slopes = terms.size() - 1;
        int minority = Math.min(events, n - events);
        String minorityName = events <= n - events ? "events (" + outcome + " = 1)" : "non-events (" + outcome + " = 0)";
        if (minority < slopes) {
            throw new BadInputException(null, "only " + minority + " " + minorityName + " for " + slopes
                    + " model terms: fewer events than predictors, so the model cannot be estimated reliably;"
                    + " use fewer predictors or more data");
        }
        checkRank(x, terms);
        List<Finding> warnings = new ArrayList<>();
        if (minority < 10 * slopes) {
            warnings.add(Finding.warning("LOW_EVENTS_PER_TERM", String.format(java.util.Locale.ROOT,
                    "%d %s for %d model terms (%.1f per term, fewer than 10)", minority, minorityName, slopes,
                    (double) minority / slopes), "expect optimistic estimates; consider fewer predictors or shrinkage"));
        }
        return warnings;
    }

    /** Modified Gram-Schmidt in term order: a column left with (almost) nothing after projection is aliased. */
    static void checkRank(double[][] x, List<String> terms) {
        int n = x.length;
        int p = terms.size();
        List<double[]> basis = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = x[i][j];
            }
            double norm0 = norm(v);
            for (double[] q : basis) {
                double d = 0;
                for (int i = 0; i < n; i++) {
                    d += q[i] * v[i];
                }
                for (int i = 0; i < n; i++) {
                    v[i] -= d * q[i];
                }
            }
            double norm = norm(v);
            if (!(norm > RANK_TOLERANCE * norm0)) {
                throw new BadInputException(null, "the design is singular: term " + terms.get(j)
                        + " is a linear combination of the terms before it " + terms.subList(0, j)
                        + " (a duplicated or derived column?); remove it from the model");
            }
            for (int i = 0; i < n; i++) {
                v[i] /= norm;
            }
            basis.add(v);
        }
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a * a;
        }
        return Math.sqrt(s);
    }
}
