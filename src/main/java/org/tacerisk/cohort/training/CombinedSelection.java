package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticFit;
import org.tacerisk.stats.LogisticRegression;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.PredictorCoding;
import org.tacerisk.stats.PredictorSpec;

/**
 * The study's last selection step: the combined model is the DLR score with the clinical predictors that stay
 * significant in that multivariable model. Starting from the clinical selection, the clinical predictor with the
 * largest Wald p at or above the threshold is dropped and the model refitted, until every remaining one is below it
 * (backward elimination; a predictor with several terms counts by its smallest p). The DLR score and forced
 * predictors ({@code clinical.force}) always stay. Without this step a clinical predictor that the DLR score
 * explains (tumour size, which the radiomics shape features measure) can stay in the nomogram with an effect that
 * is neither significant nor in the expected direction.
 *
 * @param kept    the clinical predictors of the combined model, in clinical-selection order
 * @param dropped the clinical predictors the step removed, in the order it removed them
 * @param notes   one line per removal with its p
 */
record CombinedSelection(List<PredictorSpec> kept, List<PredictorSpec> dropped, List<String> notes) {

    static CombinedSelection backward(DataTable train, String outcome, PredictorSpec dlr, ClinicalSelection clinical,
            double threshold) {
        List<PredictorSpec> kept = new ArrayList<>(clinical.selected());
        List<PredictorSpec> dropped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        while (true) {
            List<PredictorSpec> specs = new ArrayList<>();
            specs.add(dlr);
            specs.addAll(kept);
            ModelFrame frame = ModelFrame.build(train, outcome, specs);
            LogisticFit fit = LogisticRegression.fit(frame);
            PredictorSpec worst = null;
            double worstP = -1;
            for (PredictorCoding coding : frame.codings()) {
                PredictorSpec spec = coding.spec();
                if (!kept.contains(spec) || clinical.forced().contains(spec)) {
                    continue;
                }
                double p = 1;
                for (String term : coding.termNames()) {
                    p = Math.min(p, fit.p(fit.indexOf(term)));
                }
                if (p >= threshold && p > worstP) {
                    worst = spec;
                    worstP = p;
                }
            }
            if (worst == null) {
                return new CombinedSelection(List.copyOf(kept), List.copyOf(dropped), List.copyOf(notes));
            }
            kept.remove(worst);
            dropped.add(worst);
            notes.add(worst.label() + " is left out of the combined model: with the DLR score its p is "
                    + TrainingReport.pv(worstP) + " (not below " + threshold + "); it stays in the clinical model");
        }
    }
}
