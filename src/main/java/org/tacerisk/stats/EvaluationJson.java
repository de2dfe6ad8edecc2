package org.tacerisk.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a {@link ModelEvaluation}, one for every front end: {@code stats evaluate}'s output and each
 * model-and-cohort entry of {@code cohort train}'s evaluation.json. The contract's field names ({@code auc},
 * {@code auc_ci_low}, {@code val_prob.Dxy}, {@code hosmer_lemeshow.groups}, {@code dca[].net_benefit_model},
 * {@code delong_test.z}, …) are fixed (scripts rely on them); further fields may be added but none renamed.
 * Non-finite numbers are written as null.
 */
public final class EvaluationJson {

    private EvaluationJson() {
    }

    /**
     * The evaluation as a JSON tree (maps and lists in their key order).
     *
     * @param excludedMissing rows left out for missing values ({@code n_excluded_missing})
     */
    public static Map<String, Object> of(ModelEvaluation r, int excludedMissing) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("n", r.n());
        root.put("events", r.events());
        root.put("n_excluded_missing", excludedMissing);
        root.put("auc", num(r.auc().auc()));
        root.put("auc_ci_low", num(r.auc().ciLower()));
        root.put("auc_ci_high", num(r.auc().ciUpper()));
        root.put("auc_se", num(r.auc().se()));
        root.put("youden_threshold", num(r.youden().threshold()));
        root.put("youden_sensitivity", num(r.youden().sensitivity()));
        root.put("youden_specificity", num(r.youden().specificity()));
        root.put("at_youden", accuracy(r.atYouden(), false));
        root.put("val_prob", valProb(r.valProb()));
        root.put("hosmer_lemeshow", hosmerLemeshow(r.hosmerLemeshow()));
        root.put("calibration_deciles", deciles(r.deciles()));
        root.put("dca", dca(r.decisionCurve(), r.dcaBootstrap()));
        if (r.comparison() != null) {
            root.put("delong_test", pairedDeLong(r.comparison()));
        }
        if (r.aucBootstrap() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("resamples", r.aucBootstrap().resamples());
            b.put("seed", r.aucBootstrap().seed());
            b.put("auc_valid_resamples", r.aucBootstrap().valid()[0]);
            b.put("auc_ci_low", num(r.aucBootstrap().lower()[0]));
            b.put("auc_ci_high", num(r.aucBootstrap().upper()[0]));
            root.put("bootstrap", b);
        }
        return root;
    }

    /**
     * {@code delong_test}: the paired DeLong test of the first curve ({@code auc}) against the second
     * ({@code auc_compare}); {@code difference} = first − second.
     */
    public static Map<String, Object> pairedDeLong(DeLongTest.Paired test) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("z", num(test.z()));
        d.put("p", num(test.p()));
        d.put("auc", num(test.auc1()));
        d.put("auc_compare", num(test.auc2()));
        d.put("difference", num(test.difference()));
        d.put("covariance", num(test.covariance()));
        d.put("difference_ci_low", num(test.diffCiLower()));
        d.put("difference_ci_high", num(test.diffCiUpper()));
        return d;
    }

    /**
     * The 2 × 2 table at a cut-off, as {@code at_youden} (tp, fp, tn, fn; sensitivity, specificity, PPV, NPV and
     * accuracy with Wilson 95 % intervals), with the {@code cutoff} first when {@code withCutoff}.
     */
    public static Map<String, Object> accuracy(DiagnosticAccuracy a, boolean withCutoff) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (withCutoff) {
            m.put("cutoff", num(a.cutoff()));
        }
        m.put("tp", a.tp());
        m.put("fp", a.fp());
        m.put("tn", a.tn());
        m.put("fn", a.fn());
        m.put("sensitivity", wilson(a.sensitivity()));
        m.put("specificity", wilson(a.specificity()));
        m.put("ppv", wilson(a.ppv()));
        m.put("npv", wilson(a.npv()));
        m.put("accuracy", wilson(a.accuracy()));
        return m;
    }

    private static Map<String, Object> wilson(WilsonInterval w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("estimate", num(w.estimate()));
        m.put("ci_low", num(w.lower()));
        m.put("ci_high", num(w.upper()));
        return m;
    }

    private static Map<String, Object> valProb(ValProb v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Dxy", num(v.dxy()));
        m.put("C", num(v.c()));
        m.put("R2", num(v.r2()));
        m.put("D", num(v.d()));
        m.put("D_chisq", num(v.dChiSq()));
        m.put("D_p", num(v.dP()));
        m.put("U", num(v.u()));
        m.put("U_chisq", num(v.uChiSq()));
        m.put("U_p", num(v.uP()));
        m.put("Q", num(v.q()));
        m.put("Brier", num(v.brier()));
        m.put("Intercept", num(v.intercept()));
        m.put("Slope", num(v.slope()));
        m.put("Emax", num(v.emax()));
        m.put("E90", num(v.e90()));
        m.put("Eavg", num(v.eavg()));
        m.put("S_z", num(v.sZ()));
        m.put("S_p", num(v.sP()));
        m.put("C_exact", num(v.cExact()));
        m.put("Dxy_exact", num(v.dxyExact()));
        return m;
    }

    private static Map<String, Object> hosmerLemeshow(HosmerLemeshow hl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statistic", num(hl.statistic()));
        m.put("df", hl.df());
        m.put("p", num(hl.p()));
        List<Object> groups = new ArrayList<>();
        for (HosmerLemeshow.Group g : hl.groups()) {
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("group", g.group());
            gm.put("lower_break", num(g.lowerBreak()));
            gm.put("upper_break", num(g.upperBreak()));
            gm.put("n", g.n());
            gm.put("observed_events", g.observedEvents());
            gm.put("expected_events", num(g.expectedEvents()));
            gm.put("observed_nonevents", g.observedNonEvents());
            gm.put("expected_nonevents", num(g.expectedNonEvents()));
            groups.add(gm);
        }
        m.put("groups", groups);
        return m;
    }

    private static List<Object> deciles(List<CalibrationDeciles.Bin> bins) {
        List<Object> out = new ArrayList<>();
        for (CalibrationDeciles.Bin b : bins) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("group", b.group());
            m.put("n", b.n());
            m.put("mean_predicted", num(b.meanPredicted()));
            m.put("observed", num(b.observed().estimate()));
            m.put("observed_ci_low", num(b.observed().lower()));
            m.put("observed_ci_high", num(b.observed().upper()));
            out.add(m);
        }
        return out;
    }

    private static List<Object> dca(List<DecisionCurve.Point> curve, Bootstrap boot) {
        List<Object> out = new ArrayList<>();
        int t = curve.size();
        for (int k = 0; k < t; k++) {
            DecisionCurve.Point pt = curve.get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("threshold", pt.threshold());
            m.put("net_benefit_model", num(pt.netBenefitModel()));
            m.put("net_benefit_all", num(pt.netBenefitAll()));
            m.put("net_benefit_none", num(pt.netBenefitNone()));
            m.put("standardized_net_benefit_model", num(pt.standardizedNetBenefitModel()));
            m.put("interventions_avoided_per_100", num(pt.interventionsAvoidedPer100()));
            m.put("tp", pt.tp());
            m.put("fp", pt.fp());
            if (boot != null) {
                m.put("net_benefit_model_ci_low", num(boot.lower()[k]));
                m.put("net_benefit_model_ci_high", num(boot.upper()[k]));
                m.put("net_benefit_all_ci_low", num(boot.lower()[t + k]));
                m.put("net_benefit_all_ci_high", num(boot.upper()[t + k]));
            }
            out.add(m);
        }
        return out;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
