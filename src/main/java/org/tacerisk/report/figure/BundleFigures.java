package org.tacerisk.report.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tacerisk.model.BiasCorrectedCurve;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.CohortDecisionCurve;
import org.tacerisk.model.CohortRoc;

/**
 * The model's figures of one cohort built from what a bundle's manifest holds (no cohort data needed): calibration,
 * decision curve and ROC, in the report's English words and without a title, so that the screen (which relabels and
 * titles them itself) and the exported files draw the same figure.
 */
public final class BundleFigures {

    private BundleFigures() {
    }

    /**
     * The combined model's calibration: the bundle's grouped observed-against-predicted points joined by a line, the
     * ideal line and, where the bundle holds one, the bootstrap bias-corrected curve.
     */
    public static Plot calibration(BundleManifest manifest, String cohort) {
        CohortCalibration c = manifest.calibration(cohort);
        double[] x = c.curve().stream().mapToDouble(CohortCalibration.Point::predicted).toArray();
        double[] y = c.curve().stream().mapToDouble(CohortCalibration.Point::observed).toArray();
        double[] noInterval = new double[x.length];
        Arrays.fill(noInterval, Double.NaN);
        CalibrationFigure figure = new CalibrationFigure().title("").groups(x, y, noInterval, noInterval);
        double[][] corrected = biasCorrected(c);
        if (corrected != null) {
            figure.biasCorrected(corrected[0], corrected[1]);
        }
        Plot p = figure.plot();
        // the groups joined, as the bundle holds no smooth curve; no legend line of its own
        p.add(new Plot.Series(null, Plot.Kind.LINE, x, y, Palette.series(0), 2.2, null));
        return p;
    }

    /**
     * The bootstrap bias-corrected curve {predicted, corrected} of a cohort (rms::calibrate's predy and
     * calibrated.corrected, schema 1.4: the training cohort only), or null when the bundle holds none.
     */
    public static double[][] biasCorrected(CohortCalibration c) {
        BiasCorrectedCurve curve = c.biasCorrected();
        if (curve == null || curve.points().isEmpty()) {
            return null;
        }
        return new double[][] {
            curve.points().stream().mapToDouble(BiasCorrectedCurve.Point::predicted).toArray(),
            curve.points().stream().mapToDouble(BiasCorrectedCurve.Point::corrected).toArray()};
    }

    /** Net benefit of the model (legend {@code modelName}), of treating all and of treating none. */
    public static Plot decisionCurve(BundleManifest manifest, String cohort, String modelName) {
        List<CohortDecisionCurve.Point> points = manifest.dca().stream().filter(c -> c.cohort().equals(cohort))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no decision curve for " + cohort))
                .points();
        double[] thresholds = points.stream().mapToDouble(CohortDecisionCurve.Point::threshold).toArray();
        double[] all = points.stream().mapToDouble(CohortDecisionCurve.Point::netBenefitAll).toArray();
        double[] model = points.stream().mapToDouble(CohortDecisionCurve.Point::netBenefitModel).toArray();
        if (thresholds.length < 2) {
            // one threshold is no curve; the figure needs two: draw the point twice
            thresholds = new double[] {thresholds[0], thresholds[0] + 1e-6};
            all = new double[] {all[0], all[0]};
            model = new double[] {model[0], model[0]};
        }
        return new DecisionCurveFigure(thresholds).title("").treatAll(all).model(modelName, model).plot();
    }

    /**
     * The ROC curves of every model the bundle holds for {@code cohort}, the combined model first (solid, first
     * colour, drawn again on top and wider, since another model's curve may coincide with it); legends
     * {@code modelName} of the bundle's model name with the AUC and its 95 % interval.
     */
    public static Plot roc(BundleManifest manifest, String cohort, UnaryOperator<String> modelName) {
        RocFigure figure = new RocFigure().title("");
        List<CohortRoc.Curve> curves = new ArrayList<>(manifest.roc(cohort).curves());
        CohortRoc.Curve first = combinedRoc(manifest, cohort);
        curves.remove(first);
        curves.add(0, first);
        for (CohortRoc.Curve c : curves) {
            int n = c.points().size();
            double[] fpr = new double[n];
            double[] tpr = new double[n];
            for (int k = 0; k < n; k++) {
                fpr[k] = 1 - c.points().get(k).specificity();
                tpr[k] = c.points().get(k).sensitivity();
            }
            figure.add(new RocFigure.Curve(modelName.apply(c.model()), fpr, tpr, c.auc(), nan(c.aucCiLow()),
                    nan(c.aucCiHigh())));
        }
        Plot p = figure.plot();
        RocFigure.Curve highlighted = figure.curves().get(0);
        p.add(new Plot.Series(null, Plot.Kind.LINE, highlighted.fpr(), highlighted.tpr(), Palette.series(0), 3.2,
                null));
        return p;
    }

    /** The combined model's ROC curve of {@code cohort} (the first where the bundle has no "combined"). */
    public static CohortRoc.Curve combinedRoc(BundleManifest manifest, String cohort) {
        CohortRoc r = manifest.roc(cohort);
        CohortRoc.Curve c = r.curve("combined");
        return c != null ? c : r.curves().get(0);
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }
}
