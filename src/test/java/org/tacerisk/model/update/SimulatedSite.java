package org.tacerisk.model.update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.stats.LogisticRegression;

/**
 * A simulated site for the demo bundle's combined model (DLR score, tumour size, nodules, AFP): predictor values
 * drawn with a fixed seed, the bundle's linear predictor, and outcomes drawn from a "true" linear predictor that
 * the test chooses (the bundle's own for a well-calibrated site, shifted, flattened, or with one changed effect).
 */
public final class SimulatedSite {

    /** The site's true linear predictor from the case's terms x (intercept first) and the bundle's lp. */
    public interface Truth {
        double lp(double[] x, double bundleLp);
    }

    /** One simulated case: its predictor values (ids of the demo bundle), terms, bundle lp and outcome. */
    public record Case(Map<String, Double> values, double[] x, double lp, int outcome) {
    }

    private SimulatedSite() {
    }

    public static List<Case> cases(BundleManifest m, int n, long seed, Truth truth) {
        Random random = new Random(seed);
        double[] beta = m.combinedModel().coefficients();
        double[] nodeProbs = {.42, .24, .14, .10, .06, .04};
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double dlr = -0.6 + 0.9 * random.nextGaussian();
            double size = Math.round(10 * Math.min(20, Math.max(1, Math.exp(Math.log(6) + 0.5
                    * random.nextGaussian())))) / 10.0;
            double u = random.nextDouble();
            int nodules = 1;
            double cumulative = nodeProbs[0];
            while (u > cumulative && nodules < 6) {
                cumulative += nodeProbs[nodules];
                nodules++;
            }
            double afp = Math.round(10 * Math.pow(10, Math.min(5, Math.max(0, 2 + 1.25 * random.nextGaussian()))))
                    / 10.0;
            afp = Math.max(1, afp);
            Map<String, Double> values = Map.of("dlr_score", dlr, "tumor_size_cm", size, "nodules",
                    (double) nodules, "afp_ng_ml", afp);
            double[] x = BundlePredictor.termValues(m, values);
            double lp = 0;
            for (int j = 0; j < x.length; j++) {
                lp += beta[j] * x[j];
            }
            int y = random.nextDouble() < LogisticRegression.plogis(truth.lp(x, lp)) ? 1 : 0;
            out.add(new Case(values, x, lp, y));
        }
        return out;
    }

    static LocalCohort cohort(BundleManifest m, int n, long seed, Truth truth) {
        List<Case> cases = cases(m, n, seed, truth);
        return new LocalCohort(cases.stream().mapToDouble(Case::outcome).toArray(),
                cases.stream().map(Case::x).toArray(double[][]::new), cases.stream().mapToDouble(Case::lp).toArray(),
                0);
    }

    /** The cases as the predictions.csv of cohort validate (docs/model-updating.md, the contract's columns). */
    public static Path writePredictions(Path file, List<Case> cases) throws IOException {
        StringBuilder s = new StringBuilder("case_id,cohort,outcome,rad_score,dl_score,dlr_score,tumor_size_cm,"
                + "nodules,afp_ng_ml,linear_predictor,probability,risk_group,warnings\n");
        int i = 0;
        for (Case c : cases) {
            i++;
            s.append(String.format(Locale.ROOT, "SITE-%04d,local,%d,,,%s,%s,%s,%s,%s,%s,,%n", i, c.outcome(),
                    c.values().get("dlr_score"), c.values().get("tumor_size_cm"), c.values().get("nodules"),
                    c.values().get("afp_ng_ml"), c.lp(), LogisticRegression.plogis(c.lp())));
        }
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
        return file;
    }
}
