package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Detects complete or quasi-complete separation, for which the logistic maximum-likelihood estimate does not exist
 * (Albert &amp; Anderson 1984): some direction b != 0 with {@code s_i x_i'b >= 0} for every row, where
 * {@code s_i = +1} for events and {@code -1} for non-events, and {@code > 0} for at least one row. R's glm then
 * only warns "fitted probabilities numerically 0 or 1 occurred" and returns huge coefficients; R's
 * {@code detectseparation} package decides it by linear programming, as here (Konis 2007):
 * maximise {@code sum_i s_i x_i'b} subject to {@code s_i x_i'b >= 0} and {@code -1 <= b_j <= 1}. A positive optimum
 * means separation, and the non-intercept terms with non-zero b_j are the ones that separate. Columns are centred
 * and scaled first (which changes neither the answer nor which slopes are non-zero) so that the LP is well scaled.
 */
public final class SeparationCheck {

    private static final double DIRECTION_TOLERANCE = 1e-7;

    private SeparationCheck() {
    }

    /** The separating terms (excluding the intercept), or an empty list when the MLE exists. */
    public static List<String> separatingTerms(double[][] x, double[] y, List<String> terms) {
        int n = x.length;
        int p = terms.size();
        double[][] z = standardised(x);
        double[] objective = new double[p];
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double s = y[i] == 1 ? 1 : -1;
            double[] row = new double[p];
            for (int j = 0; j < p; j++) {
                row[j] = s * z[i][j];
                objective[j] += row[j];
            }
            constraints.add(new LinearConstraint(row, Relationship.GEQ, 0));
        }
        for (int j = 0; j < p; j++) {
            double[] unit = new double[p];
            unit[j] = 1;
            constraints.add(new LinearConstraint(unit, Relationship.LEQ, 1));
            constraints.add(new LinearConstraint(unit, Relationship.GEQ, -1));
        }
        PointValuePair best = new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(100_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), GoalType.MAXIMIZE,
                new NonNegativeConstraint(false));
        List<String> separating = new ArrayList<>();
        if (best.getValue() <= 1e-6) {
            return separating;
        }
        double[] b = best.getPoint();
        for (int j = 0; j < p; j++) {
            if (!terms.get(j).equals(ModelFrame.INTERCEPT) && Math.abs(b[j]) > DIRECTION_TOLERANCE) {
                separating.add(terms.get(j));
            }
        }
        return separating;
    }

    /** Each non-constant column centred and divided by its standard deviation; constant columns kept as 1. */
    private static double[][] standardised(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        double[][] z = new double[n][p];
        for (int j = 0; j < p; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= n;
            double ss = 0;
            for (double[] row : x) {
                ss += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(ss / n);
            for (int i = 0; i < n; i++) {
                z[i][j] = sd > 0 ? (x[i][j] - mean) / sd : 1;
            }
        }
        return z;
    }
}
