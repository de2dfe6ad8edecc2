package org.tacerisk.nomogram;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.stats.PrettyBreaks;

/**
 * One predictor of a nomogram: its axis values (labels and, for numeric predictors, the values on the term scale)
 * and the effect of each on the linear predictor ({@code Xbeta}). Built as rms builds axes from a
 * {@code datadist}: a numeric predictor with at most 10 distinct values gets those values, any other numeric
 * predictor {@code pretty(c(Low, High), 10)} of its full training range; a categorical predictor gets its levels.
 *
 * @param name   the predictor as labelled on the axis
 * @param labels tick labels
 * @param values numeric tick values (NaN for categorical levels)
 * @param xbeta  effect of each tick on the linear predictor
 */
public record NomogramPredictor(String name, List<String> labels, double[] values, double[] xbeta) {

    public NomogramPredictor {
        labels = List.copyOf(labels);
        values = values.clone();
        xbeta = xbeta.clone();
    }

    /** A numeric predictor with coefficient {@code beta} and the given axis values. */
    public static NomogramPredictor numeric(String name, double beta, double[] values) {
        double[] xb = new double[values.length];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            xb[i] = beta * values[i];
            labels.add(format(values[i]));
        }
        return new NomogramPredictor(name, labels, values, xb);
    }

    /** A numeric predictor's axis values from its training data: distinct values (at most 10) or pretty(range). */
    public static double[] axisValues(double min, double max, List<Double> distinctValues) {
        if (!distinctValues.isEmpty()) {
            return distinctValues.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return PrettyBreaks.of(min, max, 10);
    }

    /** A categorical predictor: levels (reference first, effect 0) and the coefficients of the other levels. */
    public static NomogramPredictor categorical(String name, List<String> levels, double[] nonReferenceBetas) {
        double[] xb = new double[levels.size()];
        double[] values = new double[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            values[i] = Double.NaN;
            xb[i] = i == 0 ? 0 : nonReferenceBetas[i - 1];
        }
        return new NomogramPredictor(name, levels, values, xb);
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
