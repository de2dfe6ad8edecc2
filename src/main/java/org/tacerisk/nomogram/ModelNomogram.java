package org.tacerisk.nomogram;

import java.util.ArrayList;
import java.util.List;
import org.tacerisk.stats.DataTable;
import org.tacerisk.stats.LogisticModel;
import org.tacerisk.stats.ModelFrame;
import org.tacerisk.stats.PredictorCoding;

/**
 * The nomogram of a fitted {@link LogisticModel}: its {@link NomogramScale} and each patient's points. A log10
 * predictor's axis is on the log10 scale (the term value), as an rms model on a precomputed log10 column draws it.
 */
public final class ModelNomogram {

    /** One patient's points per predictor (model order), total points, and the lp and risk read from them. */
    public record PatientPoints(double[] points, double totalPoints, double linearPredictor, double probability) {
    }

    private final LogisticModel model;
    private final NomogramScale scale;

    private ModelNomogram(LogisticModel model, NomogramScale scale) {
        this.model = model;
        this.scale = scale;
    }

    public static ModelNomogram of(LogisticModel model) {
        double[] beta = model.fit().estimates();
        List<NomogramPredictor> predictors = new ArrayList<>();
        int term = 1;
        for (PredictorCoding c : model.codings()) {
            int k = c.termNames().size();
            if (c.spec().categorical()) {
                double[] b = new double[k];
                System.arraycopy(beta, term, b, 0, k);
                predictors.add(NomogramPredictor.categorical(c.spec().label(), c.levels(), b));
            } else {
                predictors.add(NomogramPredictor.numeric(c.termNames().get(0), beta[term],
                        NomogramPredictor.axisValues(c.min(), c.max(), c.distinctValues())));
            }
            term += k;
        }
        return new ModelNomogram(model, NomogramScale.of(beta[0], predictors, model.lpMin(), model.lpMax()));
    }

    public NomogramScale scale() {
        return scale;
    }

    /** Points for every row of {@code table}; a row with a missing predictor gets NaN. */
    public List<PatientPoints> points(DataTable table) {
        double[][] x = ModelFrame.design(model.codings(), table);
        double[] beta = model.fit().estimates();
        List<PatientPoints> out = new ArrayList<>();
        for (double[] row : x) {
            double[] pts = new double[model.codings().size()];
            double total = 0;
            int term = 1;
            for (int k = 0; k < pts.length; k++) {
                int m = model.codings().get(k).termNames().size();
                double xb = 0;
                for (int t = term; t < term + m; t++) {
                    xb += beta[t] * row[t];
                }
                term += m;
                pts[k] = scale.points(k, xb);
                total += pts[k];
            }
            out.add(new PatientPoints(pts, total, scale.linearPredictorOfTotal(total), scale.probabilityOfTotal(total)));
        }
        return out;
    }
}
