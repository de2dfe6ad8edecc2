package org.tacerisk.nomogram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.PredictorSpec;
import org.tacerisk.stats.RowSelection;
import org.tacerisk.testsupport.ReferenceCsv;
import org.tacerisk.testsupport.SharedData;
import org.tacerisk.testsupport.Tolerance;

/**
 * The nomogram against rms::nomogram 6.5-0 ({@code reference/stats/nomogram}), twice: from R's lrm coefficients
 * (isolates the nomogram arithmetic) and from this project's own fit of the same model (the end-to-end result).
 */
class NomogramScaleReferenceTest {

    private static final String[] PREDICTORS = {"dlr_score", "tumor_size_cm", "nodules", "log10_afp"};

    private static LogisticModel ownModel() throws IOException {
        DataTable data = DataTable.read(SharedData.require("reference/stats/data/hcc_synth.csv"));
        return LogisticModel.fit(data, "metastasis",
                PredictorSpec.parseList("dlr_score,tumor_size_cm,nodules,log10(afp_ng_ml)"), List.of("cohort=train"));
    }

    /** The scale from R's lrm coefficients and datadist, with the lp range of the training fit. */
    private static NomogramScale fromLrm(LogisticModel model) {
        ReferenceCsv coef = ReferenceCsv.require("reference/stats/nomogram/lrm_coef.csv");
        ReferenceCsv dd = ReferenceCsv.require("reference/stats/nomogram/datadist_limits.csv");
        List<NomogramPredictor> predictors = new ArrayList<>();
        for (String v : PREDICTORS) {
            double[] values = v.equals("nodules") ? new double[] {1, 2, 3, 4, 5, 6}
                    : NomogramPredictor.axisValues(dd.value("limit", "Low", v), dd.value("limit", "High", v), List.of());
            predictors.add(NomogramPredictor.numeric(v, coef.value("term", v, "estimate"), values));
        }
        return NomogramScale.of(coef.value("term", "Intercept", "estimate"), predictors, model.lpMin(), model.lpMax());
    }

    @Test
    void fromLrmCoefficients() throws IOException {
        check(fromLrm(ownModel()), 1e-12, "lrm coefficients");
    }

    @Test
    void fromOwnFit() throws IOException {
        LogisticModel model = ownModel();
        ModelNomogram nomogram = ModelNomogram.of(model);
        NomogramScale scale = nomogram.scale();
        assertEquals(List.of("dlr_score", "tumor_size_cm", "nodules", "log10(afp_ng_ml)"),
                scale.axes().stream().map(NomogramScale.Axis::predictor).toList());
        check(scale, 1e-7, "own glm fit");
        // per patient: the first 10 test-cohort rows
        ReferenceCsv ref = ReferenceCsv.require("reference/stats/nomogram/patients_test_first10.csv");
        DataTable data = DataTable.read(SharedData.require("reference/stats/data/hcc_synth.csv"));
        DataTable test = RowSelection.where(data, List.of("cohort=test"));
        DataTable first10 = test.select(IntStream.range(0, 10).toArray());
        List<ModelNomogram.PatientPoints> pts = nomogram.points(first10);
        Tolerance tol = new Tolerance();
        for (int i = 0; i < 10; i++) {
            assertEquals(ref.text(i, "id"), first10.text(i, "id"));
            for (int k = 0; k < PREDICTORS.length; k++) {
                tol.assertClose(ref.column("points_" + PREDICTORS[k])[i], pts.get(i).points()[k], 1e-7, 1e-3,
                        "id " + ref.text(i, "id") + " points " + PREDICTORS[k]);
            }
            tol.assertClose(ref.column("total_points")[i], pts.get(i).totalPoints(), 1e-7, "total");
            tol.assertClose(ref.column("lp_from_points")[i], pts.get(i).linearPredictor(), 1e-7, 1e-3, "lp");
            tol.assertClose(ref.column("probability_from_points")[i], pts.get(i).probability(), 1e-7, "probability");
            tol.assertClose(ref.column("probability_lrm")[i], pts.get(i).probability(), 1e-7, "probability (lrm)");
        }
        System.out.println(tol.report("nomogram/patients_test_first10.csv (own fit)"));
    }

    private static void check(NomogramScale scale, double rel, String source) {
        Tolerance tol = new Tolerance();
        ReferenceCsv axis = ReferenceCsv.require("reference/stats/nomogram/axis_points.csv");
        int r = 0;
        for (NomogramScale.Axis a : scale.axes()) {
            for (NomogramScale.Tick t : a.ticks()) {
                assertEquals(axis.column("tick_value")[r], t.value(), 0.0, a.predictor() + " tick " + r);
                tol.assertClose(axis.column("xbeta")[r], t.xbeta(), rel, 1e-3, "axis xbeta row " + r);
                tol.assertClose(axis.column("points")[r], t.points(), rel, 1e-3, "axis points row " + r);
                r++;
            }
        }
        assertEquals(axis.rows(), r);
        ReferenceCsv scaling = ReferenceCsv.require("reference/stats/nomogram/scaling.csv");
        DataTable s = scaling.table();
        double[] value = s.numeric("value");
        for (int i = 0; i < s.rowCount(); i++) {
            String q = s.text(i, "quantity");
            int k = java.util.Arrays.asList(PREDICTORS).indexOf(s.text(i, "predictor"));
            double actual = switch (q) {
                case "sc_points_per_unit_lp" -> scale.sc();
                case "maxscale" -> NomogramScale.MAXSCALE;
                case "intercept_adjusted" -> scale.interceptAdjusted();
                case "intercept_model" -> scale.intercept();
                case "xbeta_min_over_ticks" -> scale.axes().get(k).xbetaMin();
                case "xbeta_max_over_ticks" -> scale.axes().get(k).xbetaMax();
                case "xbeta_range_over_ticks" -> scale.axes().get(k).xbetaRange();
                default -> throw new AssertionError(q);
            };
            tol.assertClose(value[i], actual, rel, 1e-3, q + " " + s.text(i, "predictor"));
        }
        ReferenceCsv total = ReferenceCsv.require("reference/stats/nomogram/total_points_axis.csv");
        org.junit.jupiter.api.Assertions.assertArrayEquals(total.column("total_points_tick"), scale.totalPointsAxis(), 0.0);
        ReferenceCsv lp = ReferenceCsv.require("reference/stats/nomogram/lp_axis.csv");
        List<NomogramScale.LinearPredictorTick> lpTicks = scale.linearPredictorAxis();
        assertEquals(lp.rows(), lpTicks.size());
        for (int i = 0; i < lp.rows(); i++) {
            assertEquals(lp.column("lp")[i], lpTicks.get(i).lp(), 0.0);
            tol.assertClose(lp.column("points")[i], lpTicks.get(i).points(), rel, "lp axis points " + i);
        }
        ReferenceCsv prob = ReferenceCsv.require("reference/stats/nomogram/probability_axis.csv");
        List<NomogramScale.ProbabilityTick> pTicks = scale.probabilityAxis();
        assertEquals(prob.rows(), pTicks.size());
        for (int i = 0; i < prob.rows(); i++) {
            assertEquals(prob.column("probability")[i], pTicks.get(i).probability(), 0.0);
            tol.assertClose(prob.column("points_exact")[i], pTicks.get(i).pointsExact(), rel, "points_exact " + i);
            tol.assertClose(prob.column("points_rms")[i], pTicks.get(i).pointsRms(), rel, "points_rms " + i);
            tol.assertClose(prob.column("lp_rms")[i], pTicks.get(i).lpRms(), rel, 1, "lp_rms " + i);
        }
        ReferenceCsv map = ReferenceCsv.require("reference/stats/nomogram/total_points_to_probability.csv");
        double[] tp = map.column("total_points");
        for (int i = 0; i < map.rows(); i++) {
            tol.assertClose(map.column("lp")[i], scale.linearPredictorOfTotal(tp[i]), rel, 1e-3, "lp of total " + tp[i]);
            tol.assertClose(map.column("probability")[i], scale.probabilityOfTotal(tp[i]), rel,
                    "probability of total " + tp[i]);
        }
        System.out.println(tol.report("nomogram/*.csv (" + source + ")"));
    }
}
