package org.tacerisk.cohort.training;

import java.util.List;
import java.util.Map;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.Prediction;

/**
 * Everything {@link CohortTrainer} fitted and computed; the report and the bundle are written from it.
 *
 * @param table               labelled rows plus the {@code dlr_score} column
 * @param train               indexes of the training rows in {@code table}
 * @param clinical            candidate clinical columns
 * @param described           every clinical column of the manifest (candidates first), for the baseline table
 * @param radiomics           radiomics feature columns
 * @param deep                deep_* columns (empty without a deep model)
 * @param dl                  the DL signature, or null (no deep columns, or the DL model is deep_prob itself)
 * @param dlr                 the DLR signature (the Rad signature renamed when there are no deep columns)
 * @param clinicalModel       the multivariable clinical model, or null when no clinical predictor was kept
 * @param combined            logistic(dlr_score + selected clinical predictors)
 * @param combinedPredictions the combined model's prediction for every row of {@code table}
 * @param risks               model name → predicted risk per row of {@code table} (NaN where not computable)
 * @param riskCutoff          the risk-group cut-off: high risk when the combined probability ≥ it
 * @param iccFilter           the reproducibility filter, or null when no repeat segmentation was given
 * @param validation          bootstrap validation and calibration of the combined model in training, or null (B = 0)
 */
public record TrainingResult(TrainingConfig config, DataTable table, int[] train, List<String> clinical,
        List<String> described,
        List<String> radiomics, List<String> deep, FeatureSignature rad, FeatureSignature dl, FeatureSignature dlr,
        ClinicalSelection clinicalSelection, LogisticModel clinicalModel, LogisticModel combined,
        Prediction[] combinedPredictions, Map<String, double[]> risks, TrainingEvaluation evaluation,
        double riskCutoff, List<String> notes, IccFilter iccFilter, TrainingValidation validation) {

    public static final List<String> RISK_LABELS = List.of("low", "high");

    /** This result with the bootstrap validation (or null). */
    public TrainingResult withValidation(TrainingValidation value) {
        return new TrainingResult(config, table, train, clinical, described, radiomics, deep, rad, dl, dlr,
                clinicalSelection, clinicalModel, combined, combinedPredictions, risks, evaluation, riskCutoff, notes,
                iccFilter, value);
    }

    /** Fitted effects against their declared direction, combined model first ({@link DirectionCheck}). */
    public List<org.tacerisk.model.DirectionConflict> directionConflicts() {
        return DirectionCheck.of(config, combined, clinicalModel);
    }

    /** The risk group of row {@code i} of {@link #table}, or "" when the combined model could not predict it. */
    public String riskGroup(int i) {
        double p = risks.get("combined")[i];
        return Double.isNaN(p) ? "" : p >= riskCutoff ? RISK_LABELS.get(1) : RISK_LABELS.get(0);
    }
}
