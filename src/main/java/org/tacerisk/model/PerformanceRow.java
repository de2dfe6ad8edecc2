package org.tacerisk.model;

import static org.tacerisk.model.ManifestChecks.proportionOrNull;

/**
 * One row of the performance table: a model (e.g. "rad", "dlr", "nomogram") in one cohort. Statistics that are
 * not available (no positive predictions, say) are null.
 *
 * @param model       the model, a signature name or "combined"
 * @param cohort      a cohort name from {@code cohorts}
 * @param auc         area under the ROC curve
 * @param aucCiLow    lower 95 % limit of the AUC, or null
 * @param aucCiHigh   upper 95 % limit, or null
 * @param sensitivity at the cut-off the paper reports
 * @param specificity ditto
 * @param ppv         positive predictive value
 * @param npv         negative predictive value
 * @param accuracy    ditto
 */
public record PerformanceRow(String model, String cohort, Double auc, Double aucCiLow, Double aucCiHigh,
        Double sensitivity, Double specificity, Double ppv, Double npv, Double accuracy) {

    public PerformanceRow {
        ManifestChecks.id("performance[].model", model);
        ManifestChecks.id("performance[].cohort", cohort);
        String f = "performance[" + model + "/" + cohort + "].";
        ManifestChecks.aucWithInterval(f, auc, aucCiLow, aucCiHigh);
        proportionOrNull(f + "sensitivity", sensitivity);
        proportionOrNull(f + "specificity", specificity);
        proportionOrNull(f + "ppv", ppv);
        proportionOrNull(f + "npv", npv);
        proportionOrNull(f + "accuracy", accuracy);
    }
}
