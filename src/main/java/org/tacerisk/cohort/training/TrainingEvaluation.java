package org.tacerisk.cohort.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.stats.CalibrationDeciles;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.DeLongTest;
import org.tacerisk.stats.DiagnosticAccuracy;
import org.tacerisk.stats.ModelEvaluation;
import org.tacerisk.stats.RocCurve;

/**
 * Every model evaluated in every cohort with the existing statistics ({@link ModelEvaluation}: AUC with DeLong
 * CI, val.prob calibration, decision curve), plus accuracy, sensitivity, specificity, PPV and NPV at the model's
 * <em>training</em> Youden cut-off, and the paired DeLong test of the reference (combined) model against each
 * other model on the rows both predict.
 */
public record TrainingEvaluation(List<String> cohorts, List<Entry> entries, Map<String, Double> cutoffs,
        List<String> problems) {

    /**
     * One model in one cohort.
     *
     * @param evaluation      the full evaluation (its own Youden point is the cohort's, not used for the table)
     * @param atTrainingCutoff the 2 × 2 table at the training Youden cut-off
     * @param versusReference paired DeLong test reference vs this model, or null for the reference itself
     * @param calibrationGroups the calibration plot's groups, as many as the cohort's size allows, none empty
     *                          ({@link CalibrationDeciles#adaptive}); the bundle and the figure show these
     */
    public record Entry(String model, String cohort, ModelEvaluation evaluation, DiagnosticAccuracy atTrainingCutoff,
            DeLongTest.Paired versusReference, List<CalibrationDeciles.Bin> calibrationGroups) {
    }

    public static TrainingEvaluation of(DataTable table, int[] train, Map<String, double[]> risks, String reference) {
        List<String> cohorts = new ArrayList<>();
        cohorts.add("train");
        for (String c : List.of("test", "external")) {
            for (int i = 0; i < table.rowCount(); i++) {
                if (table.text(i, CohortTrainer.COHORT).equals(c)) {
                    cohorts.add(c);
                    break;
                }
            }
        }
        double[] y = table.numeric(CohortTrainer.OUTCOME);
        Map<String, Double> cutoffs = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String cohort : cohorts) {
            for (Map.Entry<String, double[]> m : risks.entrySet()) {
                double[] p = m.getValue();
                double[] ref = risks.get(reference);
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    if (table.text(i, CohortTrainer.COHORT).equals(cohort) && !Double.isNaN(p[i])
                            && !Double.isNaN(ref[i])) {
                        rows.add(i);
                    }
                }
                double[] yc = rows.stream().mapToDouble(i -> y[i]).toArray();
                double[] pc = rows.stream().mapToDouble(i -> p[i]).toArray();
                double[] rc = rows.stream().mapToDouble(i -> ref[i]).toArray();
                try {
                    ModelEvaluation e = ModelEvaluation.evaluate(yc, pc, null, ModelEvaluation.Options.defaults());
                    if (cohort.equals("train")) {
                        cutoffs.put(m.getKey(), e.youden().threshold());
                    }
                    RocCurve roc = RocCurve.of(yc, pc);
                    DeLongTest.Paired vs = m.getKey().equals(reference) ? null
                            : DeLongTest.paired(RocCurve.of(yc, rc), roc);
                    Double cut = cutoffs.get(m.getKey());
                    entries.add(new Entry(m.getKey(), cohort, e, cut == null ? null : roc.atCutoff(cut), vs,
                            CalibrationDeciles.adaptive(yc, pc)));
                } catch (IllegalArgumentException ex) {
                    problems.add(m.getKey() + " in " + cohort + ": not evaluable (" + ex.getMessage() + ")");
                }
            }
        }
        return new TrainingEvaluation(List.copyOf(cohorts), List.copyOf(entries), cutoffs, List.copyOf(problems));
    }

    /** The model's Youden cut-off in the training cohort. */
    public double trainingCutoff(String model) {
        Double c = cutoffs.get(model);
        if (c == null) {
            throw new IllegalStateException("model " + model + " could not be evaluated in the training cohort");
        }
        return c;
    }

    public Entry entry(String model, String cohort) {
        return entries.stream().filter(e -> e.model().equals(model) && e.cohort().equals(cohort)).findFirst()
                .orElse(null);
    }
}
