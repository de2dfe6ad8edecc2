package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.common.Cancelled;
import org.tacerisk.common.Progress;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.ResampleRefit;

/**
 * The data-driven part of {@link CohortTrainer}: on the given training rows, the Rad, DL and DLR signatures
 * ({@link RadSignatureBuilder}: screening, correlation filter, LASSO-CV), the {@code dlr_score} column, the clinical
 * selection ({@link ClinicalSelection}) and the combined logistic model on dlr_score and the selected clinical
 * predictors that stay significant with it ({@link CombinedSelection}). {@link CohortTrainer} fits it once on the training cohort; the procedure bootstrap
 * ({@link #refit}) fits it again on every resample, so the optimism covers every step that looked at the outcome.
 *
 * @param rad           the Rad signature, or null in a resample where it does not feed the combined model
 * @param dl            the DL signature, or null (no deep columns, the DL model is deep_prob, or a resample)
 * @param dlr           the DLR signature (the Rad signature renamed when there are no deep columns)
 * @param dlProbability whether the DL model is the deep model's probability column deep_prob
 * @param dlrScore      the DLR score of every row of the table the procedure was given
 * @param table         that table plus the {@code dlr_score} column
 * @param selection     the clinical selection on the training rows
 * @param combinedSpecs identity(dlr_score) and the clinical predictors of the combined model
 * @param combined      the combined model, or null in a resample (where the bootstrap refits it as rms does)
 * @param notes         what happened beyond the plan, in the order it happened
 */
record ModelProcedure(FeatureSignature rad, FeatureSignature dl, FeatureSignature dlr, boolean dlProbability,
        double[] dlrScore, DataTable table, ClinicalSelection selection, List<PredictorSpec> combinedSpecs,
        LogisticModel combined, List<String> notes) {

    /** The name under which a clinical predictor appears in a refit's selection (apart from feature names). */
    static final String CLINICAL_PREFIX = "clinical:";

    /**
     * The whole procedure as the real training runs it.
     *
     * @param base      every labelled row (rows other than {@code train} influence nothing)
     * @param train     indexes of the training rows in {@code base} (duplicates allowed: a bootstrap resample)
     * @param y         the outcome of each training row, in {@code train} order
     * @param radiomics radiomics candidate columns
     * @param deep      deep_* candidate columns (may be empty)
     * @param clinical  candidate clinical columns
     * @param cancel    checked between the steps and inside each signature's LASSO cross-validation
     * @throws Cancelled when {@code cancel} is cancelled
     */
    static ModelProcedure fit(DataTable base, int[] train, double[] y, List<String> radiomics, List<String> deep,
            List<String> clinical, TrainingConfig config, Progress cancel) {
        return run(base, train, y, radiomics, deep, clinical, config, true, cancel);
    }

    private static ModelProcedure run(DataTable base, int[] train, double[] y, List<String> radiomics,
            List<String> deep, List<String> clinical, TrainingConfig config, boolean full, Progress cancel) {
        List<String> notes = new ArrayList<>();
        FeatureSignature rad = null;
        FeatureSignature dl = null;
        FeatureSignature dlr;
        boolean dlProbability = false;
        if (deep.isEmpty()) {
            rad = RadSignatureBuilder.build("rad", base, train, y, radiomics, config, cancel);
            notes.add("no deep_* columns: the DL signature is skipped and the DLR signature is the Rad signature");
            dlr = CohortTrainer.rename(rad, "dlr");
        } else {
            if (full) {
                rad = RadSignatureBuilder.build("rad", base, train, y, radiomics, config, cancel);
            }
            if (config.dlSignature().equals("probability") && base.hasColumn("deep_prob")) {
                dlProbability = true;
                notes.add("the DL model is the deep model's probability deep_prob");
            } else if (full) {
                dl = RadSignatureBuilder.build("dl", base, train, y, deep, config, cancel);
            }
            List<String> both = new ArrayList<>(radiomics);
            both.addAll(deep);
            dlr = RadSignatureBuilder.build("dlr", base, train, y, both, config, cancel);
        }
        cancel.checkCancelled();
        double[] dlrScore = dlr.score(base);
        DataTable table = CohortTrainer.withColumn(base, CohortTrainer.DLR_SCORE, dlrScore);
        DataTable trainTable = table.select(train);
        ClinicalSelection selection = ClinicalSelection.select(trainTable, CohortTrainer.OUTCOME, clinical, config);
        notes.addAll(selection.notes());
        cancel.checkCancelled();
        PredictorSpec dlrSpec = PredictorSpec.identity(CohortTrainer.DLR_SCORE);
        CombinedSelection combinedSelection = CombinedSelection.backward(trainTable, CohortTrainer.OUTCOME, dlrSpec,
                selection, config.clinicalP());
        notes.addAll(combinedSelection.notes());
        cancel.checkCancelled();
        List<PredictorSpec> combinedSpecs = new ArrayList<>();
        combinedSpecs.add(dlrSpec);
        combinedSpecs.addAll(combinedSelection.kept());
        LogisticModel combined = full
                ? LogisticModel.fit(trainTable, CohortTrainer.OUTCOME, combinedSpecs, List.of())
                : null;
        return new ModelProcedure(rad, dl, dlr, dlProbability, dlrScore, table, selection, List.copyOf(combinedSpecs),
                combined, List.copyOf(notes));
    }

    /**
     * The procedure bootstrap's refit: for a resample of the training rows (indexes 0..n−1 into {@code train},
     * with duplicates), the whole procedure on the resample, then the combined model's linear predictor on the
     * resample rows and on the original training rows (NaN where a selected clinical predictor is missing).
     *
     * <p>What is repeated is what the combined model depends on: the DLR signature (the Rad signature when there
     * are no deep columns) with its screening, correlation filter and LASSO-CV, and the clinical selection. The Rad
     * signature (with deep columns) and the DL signature do not feed the combined model and are not rebuilt. The
     * combined model itself is refitted as rms refits a model in a resample ({@link ResampleRefit#lrm}: lrm.fit's
     * stopping rule, a separated resample is kept with its inflated coefficients), as the final_model bootstrap
     * refits it, so the two modes differ only in the steps before. The refit's selection lists the DLR features
     * by name and the clinical predictors as {@link #CLINICAL_PREFIX} + label, for selection stability.
     *
     * <p>Only the training rows are kept ({@code base.select(train)}), so each resample reads n rows, not all. A
     * refit takes about a second on the demo cohort, so it checks {@code cancel} as {@link #fit} does.
     */
    static ResampleRefit refit(DataTable base, int[] train, double[] y, List<String> radiomics, List<String> deep,
            List<String> clinical, TrainingConfig config, Progress cancel) {
        DataTable trainBase = base.select(train);
        List<String> rad = List.copyOf(radiomics);
        List<String> dl = List.copyOf(deep);
        List<String> cl = List.copyOf(clinical);
        double[] outcome = y.clone();
        return rows -> {
            double[] yb = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                yb[i] = outcome[rows[i]];
            }
            ModelProcedure p = run(trainBase, rows, yb, rad, dl, cl, config, false, cancel);
            DataTable resample = p.table().select(rows);
            ModelFrame frame = ModelFrame.build(resample, CohortTrainer.OUTCOME, p.combinedSpecs());
            double[][] xb = ModelFrame.design(frame.codings(), resample);
            double[][] xo = ModelFrame.design(frame.codings(), p.table());
            List<String> selected = new ArrayList<>(p.dlr().features());
            for (PredictorSpec s : p.combinedSpecs().subList(1, p.combinedSpecs().size())) {
                selected.add(CLINICAL_PREFIX + s.label());
            }
            return ResampleRefit.lrm(xb, yb, xo).withSelected(selected);
        };
    }
}
