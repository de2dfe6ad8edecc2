package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * The data a logistic model is fitted to, as R's {@code model.frame}/{@code model.matrix} make it: the outcome, the
 * design matrix (intercept first, then each predictor's terms) and the term names.
 *
 * <p>Missing values and the 0/1 outcome: {@link CompleteCases}, the rule every statistic here shares (R's
 * {@code na.omit}; how many rows were left out is reported: {@link #droppedMissing()} and a
 * {@code ROWS_WITH_MISSING_VALUES} warning).
 */
public final class ModelFrame {

    /** R's name for the intercept term of a glm. */
    public static final String INTERCEPT = "(Intercept)";

    private final String outcome;
    private final List<PredictorCoding> codings;
    private final List<String> termNames;
    private final int[] rows;
    private final double[] y;
    private final double[][] x;
    private final int droppedMissing;
    private final List<Finding> findings;

    private ModelFrame(String outcome, List<PredictorCoding> codings, List<String> termNames, int[] rows, double[] y,
            double[][] x, int droppedMissing, List<Finding> findings) {
        this.outcome = outcome;
        this.codings = List.copyOf(codings);
        this.termNames = List.copyOf(termNames);
        this.rows = rows;
        this.y = y;
        this.x = x;
        this.droppedMissing = droppedMissing;
        this.findings = List.copyOf(findings);
    }

    /** Builds the frame from a table: drops incomplete rows, learns factor levels and ranges from the rest. */
    public static ModelFrame build(DataTable table, String outcome, List<PredictorSpec> specs) {
        if (specs.isEmpty()) {
            throw new BadInputException(table.source(), "a model needs at least one predictor");
        }
        List<String> seenColumns = new ArrayList<>();
        for (PredictorSpec s : specs) {
            if (s.column().equals(outcome)) {
                throw new BadInputException(table.source(), "the outcome \"" + outcome + "\" cannot also be a predictor");
            }
            if (seenColumns.contains(s.column())) {
                throw new BadInputException(table.source(), "column \"" + s.column() + "\" is listed twice as a predictor");
            }
            seenColumns.add(s.column());
        }
        CompleteCases cases = CompleteCases.of(table, outcome, seenColumns);
        int[] rows = cases.rows();
        double[] y = cases.outcomes();
        List<PredictorCoding> codings = new ArrayList<>();
        for (PredictorSpec s : specs) {
            codings.add(PredictorCoding.learn(s, table, rows));
        }
        List<String> terms = new ArrayList<>();
        terms.add(INTERCEPT);
        codings.forEach(c -> terms.addAll(c.termNames()));
        double[][] full = design(codings, table);
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = full[rows[i]];
        }
        return new ModelFrame(outcome, codings, terms, rows, y, x, cases.leftOut(), cases.findings());
    }

    /**
     * The design matrix (one row per table row, intercept first) of new data under learned codings; rows with a
     * missing predictor hold NaN.
     */
    public static double[][] design(List<PredictorCoding> codings, DataTable table) {
        int n = table.rowCount();
        List<double[][]> blocks = new ArrayList<>();
        int p = 1;
        for (PredictorCoding c : codings) {
            double[][] cols = c.designColumns(table);
            blocks.add(cols);
            p += cols.length;
        }
        double[][] x = new double[n][p];
        for (int r = 0; r < n; r++) {
            x[r][0] = 1;
            int j = 1;
            for (double[][] cols : blocks) {
                for (double[] col : cols) {
                    x[r][j++] = col[r];
                }
            }
        }
        return x;
    }

    public String outcome() {
        return outcome;
    }

    public List<PredictorCoding> codings() {
        return codings;
    }

    public List<String> termNames() {
        return termNames;
    }

    /** Indexes (into the source table) of the rows used. */
    public int[] rows() {
        return rows.clone();
    }

    public double[] y() {
        return y.clone();
    }

    /** The design matrix of the rows used (a copy). */
    public double[][] x() {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    public int droppedMissing() {
        return droppedMissing;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The predictor each term belongs to (the intercept belongs to none: null). */
    public String predictorOfTerm(int term) {
        int j = 1;
        for (PredictorCoding c : codings) {
            j += c.termNames().size();
            if (term < j && term > 0) {
                return c.spec().label();
            }
        }
        return null;
    }
}
