package org.tacerisk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tacerisk.nomogram.ModelNomogram;
import org.tacerisk.nomogram.NomogramScale;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tacerisk stats nomogram}: the nomogram scales of a saved model (as rms::nomogram), and patients' points. */
@Command(name = "nomogram", mixinStandardHelpOptions = true,
        description = {"Nomogram of a saved logistic model, computed as R's rms::nomogram (maxscale 100, nint 10).",
            "Points per predictor, total points, linear predictor and probability axes; with --data, each row's"
                + " points, total, and the risk read from them."})
final class StatsNomogramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL.json", description = "Written by stats fit --out.")
    Path model;

    @Option(names = "--data", paramLabel = "FILE.csv", description = "Patients to score (optional).")
    Path data;

    @Mixin
    RowFilter rows;

    @Option(names = "--json", description = "Print the nomogram as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        LogisticModel m = ModelFile.read(model);
        ModelNomogram nomogram = ModelNomogram.of(m);
        DataTable table = data == null ? null : rows.apply(DataTable.read(data));
        Map<String, Object> result = toJson(m, nomogram, table);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, result);
        } else {
            printHuman(nomogram.scale(), out);
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> toJson(LogisticModel m, ModelNomogram nomogram, DataTable table) {
        NomogramScale s = nomogram.scale();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("points_per_unit_lp", s.sc());
        root.put("maxscale", NomogramScale.MAXSCALE);
        root.put("intercept", s.intercept());
        root.put("intercept_adjusted", s.interceptAdjusted());
        root.put("axes", s.axes().stream().map(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("predictor", a.predictor());
            am.put("xbeta_min", a.xbetaMin());
            am.put("xbeta_max", a.xbetaMax());
            am.put("ticks", a.ticks().stream().map(t -> {
                Map<String, Object> tm = new LinkedHashMap<>();
                tm.put("label", t.label());
                tm.put("value", Double.isNaN(t.value()) ? null : t.value());
                tm.put("xbeta", t.xbeta());
                tm.put("points", t.points());
                return tm;
            }).toList());
            return am;
        }).toList());
        root.put("total_points_axis", s.totalPointsAxis());
        root.put("linear_predictor_axis", s.linearPredictorAxis().stream().map(t -> {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("lp", t.lp());
            lm.put("points", t.points());
            return lm;
        }).toList());
        root.put("probability_axis", s.probabilityAxis().stream().map(t -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("probability", t.probability());
            pm.put("points", t.pointsExact());
            pm.put("points_rms", t.pointsRms());
            pm.put("lp_rms", t.lpRms());
            return pm;
        }).toList());
        double[] total = s.totalPointsAxis();
        List<Object> mapping = new ArrayList<>();
        for (int tp = 0; tp <= (int) total[total.length - 1]; tp++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("total_points", tp);
            row.put("lp", s.linearPredictorOfTotal(tp));
            row.put("probability", s.probabilityOfTotal(tp));
            mapping.add(row);
        }
        root.put("total_points_to_probability", mapping);
        if (table != null) {
            List<ModelNomogram.PatientPoints> pts = nomogram.points(table);
            List<Object> patients = new ArrayList<>();
            for (int r = 0; r < pts.size(); r++) {
                ModelNomogram.PatientPoints p = pts.get(r);
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("row", r + 1);
                if (table.hasColumn("id")) {
                    pm.put("id", table.text(r, "id"));
                }
                Map<String, Object> per = new LinkedHashMap<>();
                for (int k = 0; k < p.points().length; k++) {
                    per.put(s.axes().get(k).predictor(), finite(p.points()[k]));
                }
                pm.put("points", per);
                pm.put("total_points", finite(p.totalPoints()));
                pm.put("linear_predictor", finite(p.linearPredictor()));
                pm.put("probability", finite(p.probability()));
                patients.add(pm);
            }
            root.put("patients", patients);
        }
        return root;
    }

    private static Object finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static void printHuman(NomogramScale s, PrintWriter out) {
        out.printf(Locale.ROOT, "Points per unit of linear predictor: %.6f%n", s.sc());
        for (NomogramScale.Axis a : s.axes()) {
            out.println();
            out.println(a.predictor());
            a.ticks().forEach(t -> out.printf(Locale.ROOT, "  %12s  %7.2f points%n", t.label(), t.points()));
        }
        out.println();
        out.println("Total points -> risk");
        for (NomogramScale.ProbabilityTick t : s.probabilityAxis()) {
            out.printf(Locale.ROOT, "  %7.2f points  risk %.2f%n", t.pointsExact(), t.probability());
        }
        out.flush();
    }
}
