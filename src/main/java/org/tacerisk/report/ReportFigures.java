package org.tacerisk.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tacerisk.model.BiasCorrectedCurve;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.CohortDecisionCurve;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.report.figure.CalibrationFigure;
import org.tacerisk.report.figure.DecisionCurveFigure;
import org.tacerisk.report.figure.NomogramFigure;
import org.tacerisk.report.figure.Palette;
import org.tacerisk.report.figure.Plot;
import org.tacerisk.report.figure.Scene;

/**
 * The report's figures as {@link Scene}s with the patient drawn into them: the nomogram with a marker and the points
 * on every predictor axis, the total points and the probability; the bundle's calibration and decision curve (its
 * first cohort, the training cohort in the study's bundles) with the patient's risk as a vertical line. The same
 * figure classes as the workstation and the training report, so report and screen show the same drawing.
 */
final class ReportFigures {

    /** The patient's colour in every figure. */
    static final Color PATIENT = new Color(214, 39, 40);

    private ReportFigures() {
    }

    static Scene nomogram(BundlePredictor predictor, BundlePrediction p, ReportText text) {
        List<PredictorSpecification> specs = predictor.predictors();
        List<String> labels = specs.stream().map(PredictorSpecification::labelWithUnit).toList();
        NomogramFigure figure = NomogramFigure.of(predictor.nomogram(), labels, text.get("figure.probability"))
                .title("").axisTitles(text.get("figure.points"), text.get("figure.totalPoints"),
                        text.get("figure.linearPredictor"));
        Scene scene = figure.scene();
        NomogramFigure.Layout layout = figure.layout();
        Map<String, Double> points = new HashMap<>();
        p.points().forEach(pt -> points.put(pt.id(), pt.points()));
        double[] rowY = layout.predictorY();
        for (int k = 0; k < specs.size(); k++) {
            Double pts = points.get(specs.get(k).id());
            if (pts != null && Double.isFinite(rowY[k])) {
                marker(scene, layout.xOfPoints(pts), rowY[k], ReportNumbers.oneDecimal(pts));
            }
        }
        double x = layout.xOfTotal(p.totalPoints());
        double bottom = Double.isFinite(layout.probabilityY()) ? layout.probabilityY() : layout.totalY();
        scene.add(new Scene.Polyline(new double[] {x, x}, new double[] {layout.totalY(), bottom}, PATIENT, 1.5,
                Palette.DASHED, false));
        marker(scene, x, layout.totalY(), ReportNumbers.oneDecimal(p.totalPoints()));
        if (Double.isFinite(layout.probabilityY())) {
            marker(scene, x, layout.probabilityY(), ReportNumbers.percent(p.probability()));
        }
        return scene;
    }

    private static void marker(Scene scene, double x, double y, String label) {
        scene.add(new Scene.Circle(x, y, 6, PATIENT, false));
        // on a white box: a short axis's tick labels run under the patient's value otherwise
        double w = Scene.textWidth(label, 13) + 6;
        scene.add(new Scene.Rect(x + 6, y - 22, w, 17, java.awt.Color.WHITE, PATIENT));
        scene.add(new Scene.Text(x + 9, y - 9, label, 13, true, Scene.Anchor.START, PATIENT, 0));
    }

    /** The first cohort's calibration with the patient, or null when the bundle has none. */
    static Scene calibration(BundleManifest manifest, double probability, ReportText text) {
        if (manifest.calibration().isEmpty()) {
            return null;
        }
        CohortCalibration c = manifest.calibration().get(0);
        double[] x = c.curve().stream().mapToDouble(CohortCalibration.Point::predicted).toArray();
        double[] y = c.curve().stream().mapToDouble(CohortCalibration.Point::observed).toArray();
        double[] none = new double[x.length];
        Arrays.fill(none, Double.NaN);
        FigureWording words = FigureWording.of(text);
        CalibrationFigure figure = new CalibrationFigure()
                .title(text.get("figure.calibration", words.cohort(c.cohort())))
                .groups(x, y, none, none);
        BiasCorrectedCurve corrected = c.biasCorrected();
        if (corrected != null && !corrected.points().isEmpty()) {
            figure.biasCorrected(
                    corrected.points().stream().mapToDouble(BiasCorrectedCurve.Point::predicted).toArray(),
                    corrected.points().stream().mapToDouble(BiasCorrectedCurve.Point::corrected).toArray());
        }
        Plot plot = figure.plot().relabel(words);
        plot.add(new Plot.Series(null, Plot.Kind.LINE, x, y, Palette.series(0), 2.2, null));
        return withPatient(plot, probability, text);
    }

    /** The first cohort's decision curve with the patient, or null when the bundle has none. */
    static Scene decisionCurve(BundleManifest manifest, double probability, ReportText text) {
        if (manifest.dca().isEmpty()) {
            return null;
        }
        CohortDecisionCurve c = manifest.dca().get(0);
        List<CohortDecisionCurve.Point> points = new ArrayList<>(c.points());
        if (points.size() < 2) {
            // one threshold is no curve: the figure needs two
            CohortDecisionCurve.Point only = points.get(0);
            points.add(new CohortDecisionCurve.Point(only.threshold() + 1e-6, only.netBenefitModel(),
                    only.netBenefitAll()));
        }
        FigureWording words = FigureWording.of(text);
        Plot plot = new DecisionCurveFigure(points.stream().mapToDouble(CohortDecisionCurve.Point::threshold)
                .toArray()).title(text.get("figure.decisionCurve", words.cohort(c.cohort())))
                .treatAll(points.stream().mapToDouble(CohortDecisionCurve.Point::netBenefitAll).toArray())
                .model(words.model("combined"),
                        points.stream().mapToDouble(CohortDecisionCurve.Point::netBenefitModel).toArray())
                .plot().relabel(words);
        return withPatient(plot, probability, text);
    }

    /** The plot's scene with a dashed vertical line at the patient's risk, labelled, when it is on the x axis. */
    private static Scene withPatient(Plot plot, double probability, ReportText text) {
        Scene scene = plot.scene();
        Plot.Area a = plot.area();
        if (probability >= a.x().min() && probability <= a.x().max()) {
            double x = a.px(probability);
            scene.add(new Scene.Polyline(new double[] {x, x}, new double[] {a.top(), a.bottom()}, PATIENT, 2.5,
                    Palette.DASHED, false));
            scene.add(new Scene.Text(x + 6, a.top() + 18, text.get("figure.thisPatient",
                    ReportNumbers.percent(probability)), 15, true, Scene.Anchor.START, PATIENT, 0));
        }
        return scene;
    }
}
