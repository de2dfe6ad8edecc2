package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.PredictorTable;

/**
 * Clinical predictor selection on the training cohort: every candidate univariably, those with p below the
 * threshold together in a multivariable logistic model, and those still below it there are kept. The odds-ratio
 * tables come from {@link PredictorTable} (complete cases over all candidates).
 *
 * @param candidates   the candidate predictors (with their transforms)
 * @param univariable  univariable p below the threshold
 * @param selected     multivariable p below the threshold (the clinical model's and the combined model's inputs)
 * @param table        univariable ORs of every candidate, multivariable ORs of the univariably significant ones
 * @param notes        what happened beyond the plan
 */
public record ClinicalSelection(List<PredictorSpec> candidates, List<PredictorSpec> univariable,
        List<PredictorSpec> selected, PredictorTable table, List<String> notes) {

    public static ClinicalSelection select(DataTable train, String outcome, List<String> columns,
            TrainingConfig config) {
        List<PredictorSpec> candidates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String c : columns) {
            candidates.add(config.transformOf(c).equals("log10") ? PredictorSpec.log10(c) : PredictorSpec.identity(c));
        }
        if (candidates.isEmpty()) {
            notes.add("no clinical columns; the clinical model is skipped");
            return new ClinicalSelection(candidates, List.of(), List.of(), null, notes);
        }
        PredictorTable all = PredictorTable.of(train, outcome, candidates, candidates);
        List<PredictorSpec> uni = new ArrayList<>();
        for (PredictorSpec s : candidates) {
            if (row(all, s).univariable().p() < config.clinicalP()) {
                uni.add(s);
            }
        }
        if (uni.isEmpty()) {
            notes.add("no clinical predictor has univariable p < " + config.clinicalP()
                    + "; the clinical model is skipped and the combined model uses the DLR score alone");
            return new ClinicalSelection(candidates, uni, List.of(), all, notes);
        }
        PredictorTable multi = PredictorTable.of(train, outcome, candidates, uni);
        List<PredictorSpec> selected = new ArrayList<>();
        for (PredictorSpec s : uni) {
            if (row(multi, s).multivariable().p() < config.clinicalP()) {
                selected.add(s);
            }
        }
        if (selected.isEmpty()) {
            notes.add("no clinical predictor kept multivariable p < " + config.clinicalP()
                    + "; the clinical model is skipped and the combined model uses the DLR score alone");
        }
        return new ClinicalSelection(candidates, uni, selected, multi, notes);
    }

    private static PredictorTable.Row row(PredictorTable t, PredictorSpec s) {
        return t.rows().stream().filter(r -> r.predictor().equals(s.label())).findFirst().orElseThrow();
    }
}
