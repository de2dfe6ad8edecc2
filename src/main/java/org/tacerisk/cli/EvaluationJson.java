package org.tacerisk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.stats.Bootstrap;
import org.tacerisk.stats.CalibrationDeciles;
import org.tacerisk.stats.DecisionCurve;
import org.tacerisk.stats.HosmerLemeshow;
import org.tacerisk.stats.ModelEvaluation;
import org.tacerisk.stats.ValProb;
import org.tacerisk.stats.WilsonInterval;

/**
 * The JSON of {@code stats evaluate}. The contract's field names ({@code auc}, {@code auc_ci_low},
 * {@code val_prob.Dxy}, {@code hosmer_lemeshow.groups}, {@code dca[].net_benefit_model}, {@code delong_test.z}, …)
 * are fixed; further fields may be added but none renamed. Non-finite numbers are written as null.
 */
final class EvaluationJson {

    private EvaluationJson() {
    }

    static Map<String, Object> of(ModelEvaluation r, int excludedMissing) {
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
        root.put("at_youden", atYouden(r));
        root.put("val_prob", valProb(r.valProb()));
        root.put("hosmer_lemeshow", hosmerLemeshow(r.hosmerLemeshow()));
        root.put("calibration_deciles", deciles(r.deciles()));
        root.put("dca", dca(r.decisionCurve(), r.dcaBootstrap()));
        if (r.comparison() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("z", num(r.comparison().z()));
            d.put("p", num(r.comparison().p()));
            d.put("auc", num(r.comparison().auc1()));
            d.put("auc_compare", num(r.comparison().auc2()));
            d.put("difference", num(r.comparison().difference()));
            d.put("covariance", num(r.comparison().covariance()));
            d.put("difference_ci_low", num(r.comparison().diffCiLower()));
            d.put("difference_ci_high", num(r.comparison().diffCiUpper()));
            root.put("delong_test", d);
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

    private static Map<String, Object> atYouden(ModelEvaluation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", r.atYouden().tp());
        m.put("fp", r.atYouden().fp());
        m.put("tn", r.atYouden().tn());
        m.put("fn", r.atYouden().fn());
        m.put("sensitivity", wilson(r.atYouden().sensitivity()));
        m.put("specificity", wilson(r.atYouden().specificity()));
        m.put("ppv", wilson(r.atYouden().ppv()));
        m.put("npv", wilson(r.atYouden().npv()));
        m.put("accuracy", wilson(r.atYouden().accuracy()));
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
