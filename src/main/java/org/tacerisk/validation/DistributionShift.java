package org.tacerisk.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.model.Signature;

/**
 * How the local cohort's inputs differ from the bundle's training cohort, per predictor of the combined model and per
 * feature of the signatures. Each predictor's local distribution against its training range (how many cases fall
 * below or above it) and, where the bundle records the training mean and SD (schema 1.7, on the model's scale), its
 * standardised mean difference; the signatures' features carry their training mean and SD (their standardisation).
 * SMD = (local mean − training mean) / √((local SD² + training SD²) / 2), the pooled-SD form (Austin, Stat Med
 * 2009;28:3083); |SMD| &gt; 0.1 is the usual sign of a meaningful imbalance.
 */
public final class DistributionShift {

    /** |SMD| above this is flagged (Austin 2009). */
    public static final double SMD_FLAG = 0.1;

    /**
     * One predictor's local distribution against its training range (null bounds for a categorical predictor).
     *
     * @param smd on the model's scale; null when the bundle stores no training mean and SD (schema &lt; 1.7), for a
     *            categorical predictor or a single case
     */
    public record PredictorShift(String id, String label, String unit, int n, double mean, double sd, double min,
            double max, Double trainingMin, Double trainingMax, int belowTraining, int aboveTraining, Double smd) {
    }

    /** One signature feature's local mean and SD against its training standardisation, with the SMD. */
    public record FeatureShift(String signature, String feature, int n, double mean, double sd, double trainingMean,
            double trainingSd, double smd) {

        public boolean flagged() {
            return Math.abs(smd) > SMD_FLAG;
        }
    }

    private DistributionShift() {
    }

    /** @param values predictor id → the predicted cases' values (entered, measured or scores) */
    public static List<PredictorShift> predictors(List<PredictorSpecification> predictors,
            Map<String, double[]> values) {
        List<PredictorShift> out = new ArrayList<>();
        for (PredictorSpecification p : predictors) {
            double[] v = finite(values.get(p.id()));
            if (v.length == 0) {
                continue;
            }
            int below = 0;
            int above = 0;
            for (double x : v) {
                if (p.categorical()) {
                    above += p.levels().stream().noneMatch(l -> l.value() == x) ? 1 : 0;
                } else {
                    below += x < p.trainingMin() ? 1 : 0;
                    above += x > p.trainingMax() ? 1 : 0;
                }
            }
            out.add(new PredictorShift(p.id(), p.label(), p.unit(), v.length, mean(v), sd(v),
                    Arrays.stream(v).min().orElseThrow(), Arrays.stream(v).max().orElseThrow(), p.trainingMin(),
                    p.trainingMax(), below, above, smd(p, v)));
        }
        return out;
    }

    /** @param featureValues feature column → the predicted cases' values */
    public static List<FeatureShift> features(BundleManifest manifest, Map<String, double[]> featureValues) {
        Map<String, FeatureShift> out = new LinkedHashMap<>();
        for (Signature s : manifest.signatures()) {
            for (Signature.Feature f : s.features()) {
                double[] v = finite(featureValues.get(f.name()));
                if (v.length < 2 || out.containsKey(f.name())) {
                    continue;
                }
                double m = mean(v);
                double sd = sd(v);
                double smd = (m - f.mean()) / Math.sqrt((sd * sd + f.sd() * f.sd()) / 2);
                out.put(f.name(), new FeatureShift(s.name(), f.name(), v.length, m, sd, f.mean(), f.sd(), smd));
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The predictor's SMD against its training mean and SD, both on the model's scale (log10 for a log10
     * predictor); null when the bundle predates them (schema &lt; 1.7), for a categorical predictor or a single case.
     */
    static Double smd(PredictorSpecification p, double[] v) {
        if (p.trainingMean() == null || v.length < 2) {
            return null;
        }
        double[] scaled = p.transform() == PredictorSpecification.Transform.LOG10
                ? Arrays.stream(v).map(Math::log10).toArray() : v;
        double sd = sd(scaled);
        return (mean(scaled) - p.trainingMean()) / Math.sqrt((sd * sd + p.trainingSd() * p.trainingSd()) / 2);
    }

    private static double[] finite(double[] v) {
        return v == null ? new double[0] : Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    /** The sample SD (n − 1), as R's sd(). */
    private static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
