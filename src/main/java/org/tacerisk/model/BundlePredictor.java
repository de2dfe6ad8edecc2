package org.tacerisk.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.common.BadInputException;
import org.tacerisk.common.DisplayNumbers;
import org.tacerisk.common.Finding;
import org.tacerisk.model.PredictorSpecification.Level;
import org.tacerisk.model.PredictorSpecification.Type;
import org.tacerisk.nomogram.NomogramPredictor;
import org.tacerisk.nomogram.NomogramScale;
import org.tacerisk.stats.PrettyBreaks;
import org.tacerisk.stats.Prediction;

/**
 * Predictions of a bundle's combined model: the linear predictor and probability with its 95 % CI
 * ({@link Prediction}, the delta method with the bundle's covariance), the risk group, and the nomogram points
 * ({@link NomogramScale}, rms::nomogram's scale). Nomogram axes come from the training ranges as rms builds them from
 * a datadist: an integer predictor with at most 10 values in its training range gets those values, any other numeric
 * predictor {@code pretty(range, 10)}, a categorical predictor its levels; a log10 predictor's axis is labelled on
 * the original scale (decades of ng/mL for AFP) and placed at the log10 ({@link NomogramPredictor#log10}).
 */
public final class BundlePredictor {

    private static final int MAX_DISTINCT = 10;

    private final BundleManifest manifest;
    private final List<PredictorSpecification> used;
    private final NomogramScale scale;

    private BundlePredictor(BundleManifest manifest, List<PredictorSpecification> used, NomogramScale scale) {
        this.manifest = manifest;
        this.used = List.copyOf(used);
        this.scale = scale;
    }

    public static BundlePredictor of(BundleManifest manifest) {
        CombinedModel model = manifest.combinedModel();
        Map<String, PredictorSpecification> used = new LinkedHashMap<>();
        for (CombinedModel.Term t : model.terms().subList(1, model.terms().size())) {
            used.putIfAbsent(t.predictor(), manifest.predictor(t.predictor()));
        }
        List<NomogramPredictor> axes = new ArrayList<>();
        for (PredictorSpecification p : used.values()) {
            axes.add(axis(p, model));
        }
        NomogramScale scale;
        try {
            scale = NomogramScale.of(model.terms().get(0).coefficient(), axes, model.trainingLinearPredictorMin(),
                    model.trainingLinearPredictorMax());
        } catch (IllegalArgumentException e) {
            throw ManifestChecks.invalid("combinedModel", "cannot make a nomogram: " + e.getMessage());
        }
        return new BundlePredictor(manifest, new ArrayList<>(used.values()), scale);
    }

    /** The nomogram of the combined model. */
    public NomogramScale nomogram() {
        return scale;
    }

    /** The predictors of the combined model, in model order (the nomogram's axes). */
    public List<PredictorSpecification> predictors() {
        return used;
    }

    /**
     * Predicts from the entered values (predictor id → value as entered; categorical: the level code).
     *
     * @throws BadInputException when a value is missing, not a number, of the wrong kind, outside the allowed range,
     *                           or for a predictor the bundle does not know (the message names the predictor)
     */
    public BundlePrediction predict(Map<String, Double> values) {
        for (String id : values.keySet()) {
            if (manifest.predictor(id) == null) {
                throw new BadInputException(null, "\"" + id + "\" is not a predictor of model " + manifest.name()
                        + " " + manifest.version() + "; its predictors are "
                        + manifest.predictors().stream().map(PredictorSpecification::id).toList());
            }
        }
        List<Finding> warnings = new ArrayList<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            check(manifest.predictor(e.getKey()), e.getValue(), warnings);
        }
        CombinedModel model = manifest.combinedModel();
        List<CombinedModel.Term> terms = model.terms();
        double[] x = termValues(manifest, values);
        double[] beta = model.coefficients();
        Prediction pr = Prediction.of(x, beta, model.covarianceMatrix());
        List<BundlePrediction.PredictorPoints> points = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < used.size(); k++) {
            PredictorSpecification p = used.get(k);
            double xbeta = 0;
            for (int j = 1; j < terms.size(); j++) {
                if (terms.get(j).predictor().equals(p.id())) {
                    xbeta += beta[j] * x[j];
                }
            }
            double v = values.get(p.id());
            double pts = scale.points(k, xbeta);
            total += pts;
            points.add(new BundlePrediction.PredictorPoints(p.id(), p.label(), v,
                    p.categorical() ? v : p.transform().apply(v), pts));
        }
        return new BundlePrediction(manifest.name(), manifest.version(), manifest.label(), pr.linearPredictor(),
                pr.linearPredictorSe(), pr.probability(), pr.probabilityLow(), pr.probabilityHigh(),
                manifest.riskGroups().groupOf(pr.probability()), manifest.riskGroups().indexOf(pr.probability()),
                manifest.riskGroups(), points, total, warnings);
    }

    /**
     * The combined model's terms for one case (1 for the intercept, then each numeric predictor after its transform,
     * each categorical level as 0/1), from predictor values in the predictors' units: the design row of the model,
     * used by a prediction and by a refit on local data.
     *
     * @throws BadInputException naming the predictor when a value is missing
     */
    public static double[] termValues(BundleManifest manifest, Map<String, Double> values) {
        List<CombinedModel.Term> terms = manifest.combinedModel().terms();
        double[] x = new double[terms.size()];
        x[0] = 1;
        for (int j = 1; j < terms.size(); j++) {
            CombinedModel.Term t = terms.get(j);
            PredictorSpecification p = manifest.predictor(t.predictor());
            Double v = values.get(p.id());
            if (v == null) {
                throw new BadInputException(null, "model " + manifest.name() + " needs a value of " + p.label()
                        + " (" + p.id() + ")");
            }
            x[j] = p.categorical() ? (v.equals(t.level()) ? 1 : 0) : p.transform().apply(v);
        }
        return x;
    }

    private static void check(PredictorSpecification p, Double v, List<Finding> warnings) {
        String what = p.label() + " (" + p.id() + ")";
        if (v == null || !Double.isFinite(v)) {
            throw new BadInputException(null, what + " must be a number, not " + v);
        }
        if (p.categorical()) {
            if (p.levels().stream().noneMatch(l -> l.value().equals(v))) {
                throw new BadInputException(null, what + " = " + shown(p, v) + " is not one of its"
                        + " levels " + p.levels().stream().map(l -> number(l.value()) + " (" + l.label() + ")")
                        .toList());
            }
            return;
        }
        if (p.type() == Type.INTEGER && v != Math.rint(v)) {
            throw new BadInputException(null, what + " must be a whole number, not " + shown(p, v));
        }
        String unit = p.unit().isEmpty() ? "" : " " + p.unit();
        if (v < p.allowedMin() || v > p.allowedMax()) {
            throw new BadInputException(null, what + " = " + shown(p, v) + unit + " is outside the"
                    + " allowed range " + number(p.allowedMin()) + " to " + number(p.allowedMax()) + unit
                    + "; check the value and its unit");
        }
        if (v < p.trainingMin() || v > p.trainingMax()) {
            warnings.add(Finding.warning("OUTSIDE_TRAINING_RANGE", what + " = " + shown(p, v) + unit
                    + " is outside the training range " + number(p.trainingMin()) + " to " + number(p.trainingMax())
                    + unit + "; the model extrapolates here", "interpret the risk with caution").about(p.id()));
        }
    }

    private static NomogramPredictor axis(PredictorSpecification p, CombinedModel model) {
        if (p.categorical()) {
            List<String> labels = new ArrayList<>();
            double[] values = new double[p.levels().size()];
            double[] xbeta = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                Level level = p.levels().get(i);
                labels.add(level.label());
                values[i] = Double.NaN;
                for (CombinedModel.Term t : model.terms()) {
                    if (p.id().equals(t.predictor()) && level.value().equals(t.level())) {
                        xbeta[i] = t.coefficient();
                    }
                }
            }
            return new NomogramPredictor(p.id(), labels, values, xbeta);
        }
        double beta = model.terms().stream().filter(t -> p.id().equals(t.predictor())).findFirst().orElseThrow()
                .coefficient();
        double lo = p.trainingMin();
        double hi = p.trainingMax();
        if (p.transform() == PredictorSpecification.Transform.LOG10) {
            return NomogramPredictor.log10(p.id(), beta, lo, hi);
        }
        double[] values;
        if (p.type() == Type.INTEGER && hi - lo + 1 <= MAX_DISTINCT) {
            values = new double[(int) (hi - lo) + 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = lo + i;
            }
        } else {
            values = PrettyBreaks.of(lo, hi, MAX_DISTINCT);
        }
        return NomogramPredictor.numeric(p.id(), beta, values);
    }

    private static String number(double v) {
        return DisplayNumbers.of(v);
    }

    /** A typed value as the user typed it; a computed one (a signature score) to four significant digits. */
    private static String shown(PredictorSpecification p, double v) {
        return p.source() == PredictorSpecification.Source.ENTERED ? DisplayNumbers.exact(v) : number(v);
    }
}
