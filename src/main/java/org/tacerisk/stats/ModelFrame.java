package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.Finding;

/**
 * The data a logistic model is fitted to, as R's {@code model.frame}/{@code model.matrix} make it: the outcome, the
 * design matrix (intercept first, then each predictor's terms) and the term names.
 *
 * <p>Missing values: like R's default {@code na.action = na.omit}, a row with a missing outcome or a missing value
 * in any predictor is left out of the fit. How many were left out is reported ({@link #droppedMissing()} and a
 * {@code ROWS_WITH_MISSING_VALUES} warning), never silently.
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
        double[] outcomeAll = table.numeric(outcome);
        boolean[] drop = new boolean[table.rowCount()];
        for (int r = 0; r < drop.length; r++) {
            drop[r] = Double.isNaN(outcomeAll[r]);
        }
        for (PredictorSpec s : specs) {
            boolean[] m = table.missing(s.column());
            for (int r = 0; r < drop.length; r++) {
                drop[r] |= m[r];
            }
        }
        int kept = 0;
        for (boolean d : drop) {
            kept += d ? 0 : 1;
        }
        int[] rows = new int[kept];
        for (int r = 0, k = 0; r < drop.length; r++) {
            if (!drop[r]) {
                rows[k++] = r;
            }
        }
        int dropped = drop.length - kept;
        if (kept == 0) {
            throw new BadInputException(table.source(), "no row has the outcome and every predictor present ("
                    + dropped + " rows with missing values)");
        }
        double[] y = new double[kept];
        for (int i = 0; i < kept; i++) {
            y[i] = outcomeAll[rows[i]];
            if (y[i] != 0 && y[i] != 1) {
                throw new BadInputException(table.source(), "row " + (rows[i] + 1) + ": the outcome \"" + outcome
                        + "\" must be 0 or 1, got " + table.text(rows[i], outcome));
            }
        }
        List<PredictorCoding> codings = new ArrayList<>();
        for (PredictorSpec s : specs) {
            codings.add(PredictorCoding.learn(s, table, rows));
        }
        List<String> terms = new ArrayList<>();
        terms.add(INTERCEPT);
        codings.forEach(c -> terms.addAll(c.termNames()));
        double[][] full = design(codings, table);
        double[][] x = new double[kept][];
        for (int i = 0; i < kept; i++) {
            x[i] = full[rows[i]];
        }
        List<Finding> findings = new ArrayList<>();
        if (dropped > 0) {
            findings.add(Finding.warning("ROWS_WITH_MISSING_VALUES", dropped + " of " + table.rowCount()
                    + " rows have a missing outcome or predictor and were left out of the fit",
                    "check the data, or impute the missing values before fitting"));
        }
        return new ModelFrame(outcome, codings, terms, rows, y, x, dropped, findings);
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
