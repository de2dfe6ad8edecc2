package org.tacerisk.app.figure;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CohortRoc;
import org.tacerisk.report.figure.BundleFigures;
import org.tacerisk.report.figure.Plot;

/**
 * The ROC curves of one cohort, every model the bundle holds (the combined model first: solid, first colour), AUC
 * with its 95 % interval in the legend, and the combined model's operating point at each risk-group cut-off with its
 * sensitivity and specificity.
 */
final class RocView extends CohortFigure {

    private final List<Circle> points = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    RocView(BundleManifest manifest, FigureWords words) {
        super("roc", manifest, manifest.roc().stream().map(CohortRoc::cohort).toList(), words);
        for (int i = 0; i < manifest.riskGroups().cutoffs().size(); i++) {
            Circle c = new Circle(6, CUTOFF);
            c.setStroke(Color.WHITE);
            c.setStrokeWidth(1.5);
            c.setId("rocOperatingPoint-" + i);
            c.setManaged(false);
            c.setMouseTransparent(true);
            c.setVisible(false);
            Label label = markLabel("rocOperatingPointLabel-" + i);
            points.add(c);
            labels.add(label);
            plot.marks().getChildren().addAll(c, label);
        }
        showFirst();
    }

    /** The combined model's curve (the first where the bundle has no "combined"). */
    private CohortRoc.Curve combined(String cohort) {
        return BundleFigures.combinedRoc(manifest, cohort);
    }

    /** The curve's point whose threshold is nearest to {@code cutoff} (the end points have none). */
    static CohortRoc.Point operatingPoint(CohortRoc.Curve curve, double cutoff) {
        CohortRoc.Point best = null;
        for (CohortRoc.Point p : curve.points()) {
            if (p.threshold() != null
                    && (best == null || Math.abs(p.threshold() - cutoff) < Math.abs(best.threshold() - cutoff))) {
                best = p;
            }
        }
        return best;
    }

    @Override
    Plot plot(String cohort) {
        return BundleFigures.roc(manifest, cohort, words::model);
    }

    @Override
    String stats(String cohort) {
        CohortRoc.Curve c = combined(cohort);
        return words.get("modelFigures.roc.stats", cohortSize(cohort), c.cases(), c.controls());
    }

    @Override
    void placeMarks() {
        Plot.Area a = plot.area();
        List<Double> cutoffs = manifest.riskGroups().cutoffs();
        for (int i = 0; i < cutoffs.size(); i++) {
            CohortRoc.Point p = a == null ? null : operatingPoint(combined(cohort()), cutoffs.get(i));
            points.get(i).setVisible(p != null);
            labels.get(i).setVisible(p != null);
            if (p == null) {
                continue;
            }
            double x = a.px(1 - p.specificity());
            double y = a.py(p.sensitivity());
            points.get(i).setCenterX(x);
            points.get(i).setCenterY(y);
            Label label = labels.get(i);
            label.setText(words.get("modelFigures.roc.operatingPoint", FigureFormat.percent(cutoffs.get(i)),
                    FigureFormat.percent(p.sensitivity()), FigureFormat.percent(p.specificity())));
            placeLabel(label, a, x + 6, y + 4);
        }
    }
}
