package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.NumberText;

/**
 * How one predictor enters a model, as the term of an R model formula would say it:
 * <ul>
 * <li>{@code age}: the column as it is (identity);</li>
 * <li>{@code log10(afp_ng_ml)}: the base-10 logarithm (values must be positive); term name {@code log10(afp_ng_ml)}
 * as in R's {@code glm};</li>
 * <li>{@code factor(race)} or {@code factor(race, ref=3)}: categorical, dummy (treatment) coded like R's
 * {@code contr.treatment}; the reference is the first level (sorted as R's {@code factor()} sorts) unless
 * {@code ref=} names one; term names are column + level ({@code race2}, {@code race3});</li>
 * <li>{@code cut(tumor_size_cm, 5, 10)}: cut-points make right-closed intervals as R's
 * {@code cut(x, c(-Inf, 5, 10, Inf))}, {@code (-Inf,5]}, {@code (5,10]}, {@code (10,Inf]}, then coded as a
 * factor with the first interval as reference (or {@code ref=}); term names are column + interval.</li>
 * </ul>
 *
 * @param column         the data column
 * @param transform      how the column becomes model terms
 * @param cutPoints      the cut-points for {@link Transform#CUT} (ascending), else empty
 * @param referenceLevel the declared reference level for factors and cuts, or null for the first
 */
public record PredictorSpec(String column, Transform transform, List<Double> cutPoints, String referenceLevel) {

    /** The declared transform of a predictor. */
    public enum Transform { IDENTITY, LOG10, FACTOR, CUT }

    public PredictorSpec {
        cutPoints = List.copyOf(cutPoints);
        if (column == null || column.isBlank()) {
            throw new BadInputException(null, "a predictor needs a column name");
        }
    }

    public static PredictorSpec identity(String column) {
        return new PredictorSpec(column, Transform.IDENTITY, List.of(), null);
    }

    public static PredictorSpec log10(String column) {
        return new PredictorSpec(column, Transform.LOG10, List.of(), null);
    }

    public static PredictorSpec factor(String column, String reference) {
        return new PredictorSpec(column, Transform.FACTOR, List.of(), reference);
    }

    public static PredictorSpec cut(String column, List<Double> cutPoints, String reference) {
        return new PredictorSpec(column, Transform.CUT, cutPoints, reference);
    }

    public boolean categorical() {
        return transform == Transform.FACTOR || transform == Transform.CUT;
    }

    /** The predictor as written on the command line (and stored in a model file); parses back with {@link #parse}. */
    public String label() {
        String ref = referenceLevel == null ? "" : ", ref=" + referenceLevel;
        return switch (transform) {
            case IDENTITY -> column;
            case LOG10 -> "log10(" + column + ")";
            case FACTOR -> "factor(" + column + ref + ")";
            case CUT -> "cut(" + column + ", " + String.join(", ",
                    cutPoints.stream().map(PredictorSpec::number).toList()) + ref + ")";
        };
    }

    /** Parses a comma-separated list of predictors; commas inside parentheses belong to one predictor. */
    public static List<PredictorSpec> parseList(String text) {
        List<PredictorSpec> specs = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                String part = text.substring(start, i).trim();
                if (!part.isEmpty()) {
                    specs.add(parse(part));
                }
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw new BadInputException(null, "unbalanced parentheses in the predictor list \"" + text + "\"");
        }
        if (specs.isEmpty()) {
            throw new BadInputException(null, "no predictors given; list columns such as age,log10(afp),factor(race)");
        }
        return specs;
    }

    /** Parses one predictor: {@code col}, {@code log10(col)}, {@code factor(col[, ref=L])}, {@code cut(col, c1, ...)}. */
    public static PredictorSpec parse(String text) {
        String t = text.trim();
        int open = t.indexOf('(');
        if (open < 0) {
            return identity(t);
        }
        if (!t.endsWith(")")) {
            throw new BadInputException(null, "cannot read predictor \"" + t + "\": expected name(column, ...)");
        }
        String function = t.substring(0, open).trim();
        List<String> args = new ArrayList<>();
        for (String a : t.substring(open + 1, t.length() - 1).split(",")) {
            args.add(a.trim());
        }
        String column = args.get(0);
        String ref = null;
        List<Double> cuts = new ArrayList<>();
        for (String a : args.subList(1, args.size())) {
            if (a.startsWith("ref=")) {
                ref = a.substring(4).trim();
            } else if (function.equals("cut")) {
                cuts.add(NumberText.parse(a).orElseThrow(() -> new BadInputException(null, "cut-point \"" + a
                        + "\" of \"" + t + "\" is not a number")));
            } else {
                throw new BadInputException(null, "unexpected argument \"" + a + "\" in predictor \"" + t + "\"");
            }
        }
        return switch (function) {
            case "log10" -> {
                if (args.size() != 1) {
                    throw new BadInputException(null, "log10() takes one column: \"" + t + "\"");
                }
                yield log10(column);
            }
            case "factor" -> factor(column, ref);
            case "cut" -> {
                if (cuts.isEmpty()) {
                    throw new BadInputException(null, "cut() needs at least one cut-point: \"" + t + "\"");
                }
                for (int i = 1; i < cuts.size(); i++) {
                    if (!(cuts.get(i) > cuts.get(i - 1))) {
                        throw new BadInputException(null, "cut-points must increase: \"" + t + "\"");
                    }
                }
                yield cut(column, cuts, ref);
            }
            default -> throw new BadInputException(null, "unknown transform \"" + function + "\" in \"" + t
                    + "\"; use log10(col), factor(col[, ref=level]) or cut(col, c1, c2, ...)");
        };
    }

    /** A number as R prints it in labels: integers without ".0". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
