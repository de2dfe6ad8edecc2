package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.PredictorTable;

/**
 * Clinical predictor selection on the training cohort, the study's method: every candidate univariably, those with
 * p below the threshold together in a multivariable logistic model, and those still below it there are kept. A
 * candidate the settings force ({@code clinical.force}) enters the multivariable model and is kept whatever its p,
 * and is reported as forced. The odds-ratio tables come from {@link PredictorTable} (complete cases over all
 * candidates).
 *
 * @param candidates   the candidate predictors (with their transforms)
 * @param univariable  univariable p below the threshold
 * @param forced       the candidates forced into the multivariable, clinical and combined models
 * @param selected     multivariable p below the threshold, plus the forced ones (the clinical model's and the
 *                     combined model's inputs, in candidate order)
 * @param table        univariable ORs of every candidate, multivariable ORs of the univariably significant and forced
 *                     ones
 * @param notes        what happened beyond the plan
 */
public record ClinicalSelection(List<PredictorSpec> candidates, List<PredictorSpec> univariable,
        List<PredictorSpec> forced, List<PredictorSpec> selected, PredictorTable table, List<String> notes) {

    public static ClinicalSelection select(DataTable train, String outcome, List<String> columns,
            TrainingConfig config) {
        List<PredictorSpec> candidates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String c : columns) {
            candidates.add(config.transformOf(c).equals("log10") ? PredictorSpec.log10(c) : PredictorSpec.identity(c));
        }
        List<PredictorSpec> forced = candidates.stream().filter(s -> config.clinicalForce().contains(s.column()))
                .toList();
        if (candidates.isEmpty()) {
            notes.add("no clinical columns; the clinical model is skipped");
            return new ClinicalSelection(candidates, List.of(), List.of(), List.of(), null, notes);
        }
        PredictorTable all = PredictorTable.of(train, outcome, candidates, candidates);
        List<PredictorSpec> uni = new ArrayList<>();
        List<PredictorSpec> multivariable = new ArrayList<>();
        for (PredictorSpec s : candidates) {
            boolean significant = row(all, s).univariable().p() < config.clinicalP();
            if (significant) {
                uni.add(s);
            }
            if (significant || forced.contains(s)) {
                multivariable.add(s);
            }
        }
        if (multivariable.isEmpty()) {
            notes.add("no clinical predictor has univariable p < " + config.clinicalP()
                    + "; the clinical model is skipped and the combined model uses the DLR score alone");
            return new ClinicalSelection(candidates, uni, forced, List.of(), all, notes);
        }
        PredictorTable multi = PredictorTable.of(train, outcome, candidates, multivariable);
        List<PredictorSpec> selected = new ArrayList<>();
        for (PredictorSpec s : multivariable) {
            double p = row(multi, s).multivariable().p();
            if (p < config.clinicalP() || forced.contains(s)) {
                selected.add(s);
            }
            if (forced.contains(s)) {
                notes.add(s.label() + " is forced into the clinical and combined models (clinical.force): its"
                        + " multivariable p is " + TrainingReport.pv(p) + (p < config.clinicalP() ? ""
                                : ", it would not have been kept at p < " + config.clinicalP()));
            }
        }
        if (selected.isEmpty()) {
            notes.add("no clinical predictor kept multivariable p < " + config.clinicalP()
                    + "; the clinical model is skipped and the combined model uses the DLR score alone");
        }
        return new ClinicalSelection(candidates, uni, forced, selected, multi, notes);
    }

    private static PredictorTable.Row row(PredictorTable t, PredictorSpec s) {
        return t.rows().stream().filter(r -> r.predictor().equals(s.label())).findFirst().orElseThrow();
    }
}
