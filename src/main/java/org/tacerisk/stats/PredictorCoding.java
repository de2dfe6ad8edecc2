package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.NumberText;

/**
 * A predictor as learned from the training rows: its spec, its levels (categorical predictors: reference first, as
 * R's {@code contr.treatment} codes a factor) and, for numeric predictors, the range and the distinct values of the
 * term value (after the transform). The range is what {@code rms::datadist} stores as {@code Low}/{@code High}; the
 * nomogram builds its axes from it. Immutable.
 *
 * @param spec           the declared predictor
 * @param levels         categorical: all levels, reference first; numeric: empty
 * @param min            numeric: smallest term value in the training rows; categorical: NaN
 * @param max            numeric: largest term value; categorical: NaN
 * @param distinctValues numeric with at most 10 distinct term values: those values sorted, else empty
 */
public record PredictorCoding(PredictorSpec spec, List<String> levels, double min, double max,
        List<Double> distinctValues) {

    /** rms/Hmisc {@code datadist(n.unique = 10)}: predictors with this many distinct values or fewer keep them. */
    public static final int MAX_DISTINCT_KEPT = 10;

    public PredictorCoding {
        levels = List.copyOf(levels);
        distinctValues = List.copyOf(distinctValues);
    }

    /** Learns the coding from the given rows of the training table (rows with missing values already removed). */
    public static PredictorCoding learn(PredictorSpec spec, DataTable table, int[] rows) {
        if (!spec.categorical()) {
            double[] v = termValues(spec, table);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            Set<Double> distinct = new TreeSet<>();
            for (int r : rows) {
                lo = Math.min(lo, v[r]);
                hi = Math.max(hi, v[r]);
                if (distinct.size() <= MAX_DISTINCT_KEPT) {
                    distinct.add(v[r]);
                }
            }
            List<Double> kept = distinct.size() <= MAX_DISTINCT_KEPT ? new ArrayList<>(distinct) : List.of();
            return new PredictorCoding(spec, List.of(), lo, hi, kept);
        }
        String[] cells = levelsOfRows(spec, table);
        Set<String> seen = new LinkedHashSet<>();
        for (int r : rows) {
            seen.add(cells[r]);
        }
        List<String> levels = new ArrayList<>();
        if (spec.transform() == PredictorSpec.Transform.CUT) {
            levels.addAll(intervalLabels(spec.cutPoints()));
            for (String level : levels) {
                if (!seen.contains(level)) {
                    throw new BadInputException(table.source(), spec.label() + ": no rows fall in the interval "
                            + level + "; choose other cut-points");
                }
            }
        } else {
            levels.addAll(seen);
            levels.sort(factorOrder(levels));
        }
        String ref = spec.referenceLevel();
        if (ref != null) {
            if (!levels.remove(ref)) {
                throw new BadInputException(table.source(), spec.label() + ": reference level \"" + ref
                        + "\" does not occur; the levels are " + levels);
            }
            levels.add(0, ref);
        }
        return new PredictorCoding(spec, levels, Double.NaN, Double.NaN, List.of());
    }

    /** The model terms (columns of the design matrix) this predictor makes, named as R names them. */
    public List<String> termNames() {
        return switch (spec.transform()) {
            case IDENTITY -> List.of(spec.column());
            case LOG10 -> List.of("log10(" + spec.column() + ")");
            case FACTOR, CUT -> levels.subList(1, levels.size()).stream().map(l -> spec.column() + l).toList();
        };
    }

    /** The predictor's design columns for every row of {@code table}; NaN where the value is missing. */
    public double[][] designColumns(DataTable table) {
        int n = table.rowCount();
        List<String> terms = termNames();
        double[][] cols = new double[terms.size()][n];
        if (!spec.categorical()) {
            cols[0] = termValues(spec, table);
            return cols;
        }
        String[] cells = levelsOfRows(spec, table);
        for (int r = 0; r < n; r++) {
            if (cells[r] == null) {
                for (double[] c : cols) {
                    c[r] = Double.NaN;
                }
                continue;
            }
            int k = levels.indexOf(cells[r]);
            if (k < 0) {
                throw new BadInputException(table.source(), "row " + (r + 1) + ": " + spec.label() + " has level \""
                        + cells[r] + "\", which the model was not fitted with; its levels are " + levels);
            }
            if (k > 0) {
                cols[k - 1][r] = 1;
            }
        }
        return cols;
    }

    /** The term value (identity or log10 of the column); NaN where missing. Log of a non-positive value is bad input. */
    static double[] termValues(PredictorSpec spec, DataTable table) {
        double[] v = table.numeric(spec.column());
        if (spec.transform() == PredictorSpec.Transform.LOG10) {
            for (int r = 0; r < v.length; r++) {
                if (Double.isNaN(v[r])) {
                    continue;
                }
                if (!(v[r] > 0) || Double.isInfinite(v[r])) {
                    throw new BadInputException(table.source(), "row " + (r + 1) + ", column \"" + spec.column()
                            + "\": log10 needs a positive finite value, got " + v[r]);
                }
                v[r] = Math.log10(v[r]);
            }
        } else {
            for (int r = 0; r < v.length; r++) {
                if (Double.isInfinite(v[r])) {
                    throw new BadInputException(table.source(), "row " + (r + 1) + ", column \"" + spec.column()
                            + "\": the value is infinite");
                }
            }
        }
        return v;
    }

    /** Per row: the factor level (the cell text) or the cut interval label; null where missing. */
    private static String[] levelsOfRows(PredictorSpec spec, DataTable table) {
        int n = table.rowCount();
        String[] out = new String[n];
        if (spec.transform() == PredictorSpec.Transform.CUT) {
            double[] v = table.numeric(spec.column());
            List<String> labels = intervalLabels(spec.cutPoints());
            for (int r = 0; r < n; r++) {
                if (Double.isNaN(v[r])) {
                    continue;
                }
                int k = 0;
                while (k < spec.cutPoints().size() && v[r] > spec.cutPoints().get(k)) {
                    k++;
                }
                out[r] = labels.get(k);
            }
        } else {
            boolean[] missing = table.missing(spec.column());
            for (int r = 0; r < n; r++) {
                out[r] = missing[r] ? null : table.text(r, spec.column());
            }
        }
        return out;
    }

    /** R's {@code cut(x, c(-Inf, cuts, Inf), right = TRUE)} labels: {@code (-Inf,5]}, {@code (5,10]}, {@code (10,Inf]}. */
    static List<String> intervalLabels(List<Double> cuts) {
        List<String> labels = new ArrayList<>();
        String lower = "-Inf";
        for (double c : cuts) {
            String upper = PredictorSpec.number(c);
            labels.add("(" + lower + "," + upper + "]");
            lower = upper;
        }
        labels.add("(" + lower + ",Inf]");
        return labels;
    }

    /** R's {@code factor()} sorts numeric codes as numbers, text alphabetically. */
    private static Comparator<String> factorOrder(List<String> levels) {
        boolean numeric = levels.stream().allMatch(PredictorCoding::isNumber);
        return numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder();
    }

    private static boolean isNumber(String s) {
        return NumberText.isDecimal(s);
    }

    @Override
    public String toString() {
        return spec.label() + (levels.isEmpty() ? " [" + min + ", " + max + "]" : " " + levels)
                + (distinctValues.isEmpty() ? "" : " values " + Arrays.toString(distinctValues.toArray()));
    }
}
