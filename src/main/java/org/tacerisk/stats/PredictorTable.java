package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.Finding;

/**
 * A paper's "Table 2": for each candidate predictor term, the univariable odds ratio (one model per predictor) and
 * the multivariable one (all chosen predictors together), each with its Wald 95 % CI
 * ({@code exp(confint.default(fit))}) and Wald p-value ({@code summary(glm)}), plus the profile-likelihood CI.
 *
 * <p>All models use the same rows: those with the outcome and every candidate present (complete cases over the
 * candidates), so that univariable and multivariable columns describe the same patients; how many rows were left
 * out is reported in the findings.
 *
 * @param rows     one row per term of every candidate predictor, in candidate order
 * @param n        rows used by every model
 * @param events   events among them
 * @param findings warnings (missing rows left out, few events per term)
 */
public record PredictorTable(List<Row> rows, int n, int events, List<Finding> findings) {

    /** An odds ratio with its Wald CI, Wald p-value and profile-likelihood CI. */
    public record Effect(double oddsRatio, double ciLow, double ciHigh, double p, double profileLow,
            double profileHigh) {
    }

    /**
     * One term's row.
     *
     * @param predictor     the predictor as declared
     * @param term          the term (R's name)
     * @param univariable   its effect alone
     * @param multivariable its effect adjusted for the other multivariable predictors, or null when the predictor
     *                      is not in the multivariable model
     */
    public record Row(String predictor, String term, Effect univariable, Effect multivariable) {
    }

    public PredictorTable {
        rows = List.copyOf(rows);
        findings = List.copyOf(findings);
    }

    /**
     * Builds the table.
     *
     * @param candidates     predictors for the univariable column
     * @param multivariable  predictors of the multivariable model (a subset of the candidates; empty: all)
     */
    public static PredictorTable of(DataTable table, String outcome, List<PredictorSpec> candidates,
            List<PredictorSpec> multivariable) {
        List<PredictorSpec> multi = multivariable.isEmpty() ? candidates : multivariable;
        // complete cases over all candidates (the frame of the model with every candidate)
        ModelFrame all = ModelFrame.build(table, outcome, candidates);
        DataTable rows = table.select(all.rows());
        List<Finding> findings = new ArrayList<>(all.findings());
        LogisticModel multiModel = LogisticModel.fit(rows, outcome, multi, List.of());
        findings.addAll(multiModel.fit().findings());
        List<Row> out = new ArrayList<>();
        for (PredictorSpec spec : candidates) {
            LogisticModel uni = LogisticModel.fit(rows, outcome, List.of(spec), List.of());
            boolean inMulti = multi.stream().anyMatch(s -> s.label().equals(spec.label()));
            for (int j = 1; j < uni.fit().terms(); j++) {
                String term = uni.termNames().get(j);
                Effect m = inMulti ? effect(multiModel, multiModel.fit().indexOf(term)) : null;
                out.add(new Row(spec.label(), term, effect(uni, j), m));
            }
        }
        return new PredictorTable(out, all.y().length, multiModel.fit().events(), findings);
    }

    private static Effect effect(LogisticModel model, int j) {
        LogisticFit f = model.fit();
        ProfileLikelihoodInterval ci = model.profile().get(j);
        return new Effect(f.oddsRatio(j), f.oddsRatioWaldLow(j), f.oddsRatioWaldHigh(j), f.p(j),
                ci.oddsRatioLower(), ci.oddsRatioUpper());
    }
}
