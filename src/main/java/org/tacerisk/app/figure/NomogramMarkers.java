package org.tacerisk.app.figure;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.nomogram.NomogramScale;

/**
 * The logic of the interactive nomogram (no JavaFX types): each predictor's value as entered, its points on the
 * {@link NomogramScale}, and back from a dragged position in points to a value. A numeric axis maps the value
 * linearly ({@code xbeta = beta * value}), a log10 axis through its log10 ({@code xbeta = beta * log10(value)}), an
 * integer axis rounds a dragged value to a whole number, and a categorical axis snaps to the nearest level, whose
 * value is the level's code. Total points and probability are the scale's own ({@code probabilityOfTotal}).
 */
public final class NomogramMarkers {

    /** How an axis maps a value to its effect on the linear predictor. */
    public enum Kind {
        NUMERIC, INTEGER, LOG10, CATEGORICAL
    }

    /**
     * One axis: its kind and, for a categorical axis, the code of each level in tick order (ignored otherwise).
     */
    public record AxisMapping(Kind kind, double[] levelCodes) {
        public AxisMapping {
            levelCodes = levelCodes == null ? new double[0] : levelCodes.clone();
        }

        public static AxisMapping of(Kind kind) {
            return new AxisMapping(kind, null);
        }
    }

    private final NomogramScale scale;
    private final List<AxisMapping> mappings;
    private final double[] beta;
    private final double[] values;

    public NomogramMarkers(NomogramScale scale, List<AxisMapping> mappings) {
        if (mappings.size() != scale.axes().size()) {
            throw new IllegalArgumentException(mappings.size() + " mappings for " + scale.axes().size() + " axes");
        }
        this.scale = scale;
        this.mappings = List.copyOf(mappings);
        this.beta = new double[mappings.size()];
        this.values = new double[mappings.size()];
        for (int k = 0; k < beta.length; k++) {
            List<NomogramScale.Tick> ticks = scale.axes().get(k).ticks();
            AxisMapping m = mappings.get(k);
            if (m.kind() == Kind.CATEGORICAL) {
                if (m.levelCodes().length != ticks.size()) {
                    throw new IllegalArgumentException("axis " + k + ": " + m.levelCodes().length + " level codes for "
                            + ticks.size() + " levels");
                }
                values[k] = m.levelCodes()[0];
            } else {
                // the ticks' values are on the term scale (log10 for a LOG10 axis): beta is their common slope
                NomogramScale.Tick first = ticks.get(0);
                NomogramScale.Tick last = ticks.get(ticks.size() - 1);
                beta[k] = last.value() == first.value() ? 0
                        : (last.xbeta() - first.xbeta()) / (last.value() - first.value());
                values[k] = m.kind() == Kind.LOG10 ? Math.pow(10, first.value()) : first.value();
            }
        }
    }

    /** The mappings of a bundle's combined model, in nomogram axis order. */
    public static NomogramMarkers of(BundlePredictor predictor) {
        List<AxisMapping> mappings = new ArrayList<>();
        for (PredictorSpecification p : predictor.predictors()) {
            if (p.categorical()) {
                mappings.add(new AxisMapping(Kind.CATEGORICAL,
                        p.levels().stream().mapToDouble(PredictorSpecification.Level::value).toArray()));
            } else if (p.transform() == PredictorSpecification.Transform.LOG10) {
                mappings.add(AxisMapping.of(Kind.LOG10));
            } else if (p.type() == PredictorSpecification.Type.INTEGER) {
                mappings.add(AxisMapping.of(Kind.INTEGER));
            } else {
                mappings.add(AxisMapping.of(Kind.NUMERIC));
            }
        }
        return new NomogramMarkers(predictor.nomogram(), mappings);
    }

    public NomogramScale scale() {
        return scale;
    }

    public int axisCount() {
        return values.length;
    }

    public Kind kind(int k) {
        return mappings.get(k).kind();
    }

    /** The effect of {@code value} of predictor {@code k} on the linear predictor. */
    public double xbeta(int k, double value) {
        AxisMapping m = mappings.get(k);
        return switch (m.kind()) {
            case CATEGORICAL -> scale.axes().get(k).ticks().get(levelIndex(k, value)).xbeta();
            case LOG10 -> beta[k] * Math.log10(value);
            case NUMERIC, INTEGER -> beta[k] * value;
        };
    }

    /** The points of {@code value} of predictor {@code k}. */
    public double pointsOf(int k, double value) {
        return scale.points(k, xbeta(k, value));
    }

    /**
     * The value whose points are {@code points} on axis {@code k}, kept within the axis's ticks: a categorical
     * axis gives the nearest level's code, an integer axis the nearest whole number.
     */
    public double valueAtPoints(int k, double points) {
        List<NomogramScale.Tick> ticks = scale.axes().get(k).ticks();
        AxisMapping m = mappings.get(k);
        if (m.kind() == Kind.CATEGORICAL) {
            int best = 0;
            for (int i = 1; i < ticks.size(); i++) {
                if (Math.abs(ticks.get(i).points() - points) < Math.abs(ticks.get(best).points() - points)) {
                    best = i;
                }
            }
            return m.levelCodes()[best];
        }
        double lo = Math.min(ticks.get(0).value(), ticks.get(ticks.size() - 1).value());
        double hi = Math.max(ticks.get(0).value(), ticks.get(ticks.size() - 1).value());
        if (beta[k] == 0) {
            return values[k];
        }
        double xbeta = points / scale.sc() + scale.axes().get(k).xbetaMin();
        double term = Math.max(lo, Math.min(hi, xbeta / beta[k]));
        return switch (m.kind()) {
            case LOG10 -> Math.pow(10, term);
            case INTEGER -> Math.rint(term);
            default -> term;
        };
    }

    /** Sets every predictor's value (categorical: the level's code). */
    public void setValues(double[] newValues) {
        if (newValues.length != values.length) {
            throw new IllegalArgumentException(newValues.length + " values for " + values.length + " axes");
        }
        for (int k = 0; k < values.length; k++) {
            setValue(k, newValues[k]);
        }
    }

    public void setValue(int k, double value) {
        if (mappings.get(k).kind() == Kind.CATEGORICAL) {
            levelIndex(k, value);
        }
        values[k] = value;
    }

    public double value(int k) {
        return values[k];
    }

    public double[] values() {
        return values.clone();
    }

    /** The points of predictor {@code k}'s current value. */
    public double points(int k) {
        return pointsOf(k, values[k]);
    }

    public double totalPoints() {
        double total = 0;
        for (int k = 0; k < values.length; k++) {
            total += points(k);
        }
        return total;
    }

    public double probability() {
        return scale.probabilityOfTotal(totalPoints());
    }

    /** The tick index of a categorical value's level. */
    public int levelIndex(int k, double code) {
        double[] codes = mappings.get(k).levelCodes();
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == code) {
                return i;
            }
        }
        throw new IllegalArgumentException("axis " + k + ": " + code + " is not one of the level codes "
                + java.util.Arrays.toString(codes));
    }
}
