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

    /**
     * A predictor entered on its original scale and modelled as log10 (e.g. AFP in ng/mL): ticks are labelled in
     * the original unit (1, 10, 100, ... ng/mL, as clinicians read AFP) and placed at their log10, the term value.
     * Ticks cover [min, max] as {@code pretty} does: whole decades when max/min is at least 100, else the
     * 1-2-5 sequence.
     */
    public static NomogramPredictor log10(String name, double beta, double min, double max) {
        if (!(min > 0) || !(max > min)) {
            throw new IllegalArgumentException(name + ": a log10 axis needs 0 < min < max, got " + min + ", " + max);
        }
        List<Double> ticks = logTicks(min, max);
        double[] values = new double[ticks.size()];
        double[] xb = new double[values.length];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.log10(ticks.get(i));
            xb[i] = beta * values[i];
            labels.add(format(ticks.get(i)));
        }
        return new NomogramPredictor(name, labels, values, xb);
    }

    static List<Double> logTicks(double min, double max) {
        int d0 = (int) Math.floor(Math.log10(min) + 1e-12);
        int d1 = (int) Math.ceil(Math.log10(max) - 1e-12);
        List<Double> out = new ArrayList<>();
        if (Math.log10(max / min) >= 2) {
            for (int k = d0; k <= d1; k++) {
                out.add(decade(k));
            }
            return out;
        }
        List<Double> all = new ArrayList<>();
        for (int k = d0 - 1; k <= d1; k++) {
            for (int m : new int[] {1, 2, 5}) {
                all.add(m * decade(k));
            }
        }
        int first = 0;
        while (first + 1 < all.size() && all.get(first + 1) <= min * (1 + 1e-12)) {
            first++;
        }
        int last = all.size() - 1;
        while (last - 1 >= 0 && all.get(last - 1) >= max * (1 - 1e-12)) {
            last--;
        }
        return new ArrayList<>(all.subList(first, last + 1));
    }

    /** 10^k exactly representable as the decimal a person would type (1e-3 rather than 0.0010000000000000002). */
    private static double decade(int k) {
        return Double.parseDouble("1e" + k);
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
        return org.tacerisk.common.DisplayNumbers.exact(v);
    }
}
