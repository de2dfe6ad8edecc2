package org.tacerisk.app.figure;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.CohortDecisionCurve;
import org.tacerisk.report.figure.BundleFigures;
import org.tacerisk.report.figure.Plot;

/**
 * Decision curve of the combined model in one cohort: net benefit of the model, of treating all and of treating none
 * over the threshold probability, with the risk-group cut-offs as labelled vertical lines.
 */
final class DecisionCurveView extends CohortFigure {

    private final List<Line> cutoffLines = new ArrayList<>();
    private final List<Label> cutoffLabels = new ArrayList<>();

    DecisionCurveView(BundleManifest manifest, FigureWords words) {
        super("decisionCurve", manifest, manifest.dca().stream().map(CohortDecisionCurve::cohort).toList(), words);
        List<Double> cutoffs = manifest.riskGroups().cutoffs();
        for (int i = 0; i < cutoffs.size(); i++) {
            Line line = markLine("decisionCurveCutoff-" + i, CUTOFF);
            Label label = markLabel("decisionCurveCutoffLabel-" + i);
            label.setText(words.get("modelFigures.cutoff", FigureFormat.percent(cutoffs.get(i))));
            cutoffLines.add(line);
            cutoffLabels.add(label);
            plot.marks().getChildren().addAll(line, label);
        }
        showFirst();
    }

    @Override
    Plot plot(String cohort) {
        return BundleFigures.decisionCurve(manifest, cohort, words.model("combined"));
    }

    @Override
    String stats(String cohort) {
        return words.get("modelFigures.decisionCurve.stats", cohortSize(cohort));
    }

    @Override
    void placeMarks() {
        Plot.Area a = plot.area();
        List<Double> cutoffs = manifest.riskGroups().cutoffs();
        for (int i = 0; i < cutoffs.size(); i++) {
            double c = cutoffs.get(i);
            vertical(cutoffLines.get(i), a, a == null ? Double.NaN : c);
            Label label = cutoffLabels.get(i);
            label.setVisible(cutoffLines.get(i).isVisible());
            if (label.isVisible()) {
                // labels of neighbouring cut-offs step down so that they do not overlap
                placeLabel(label, a, a.px(c), a.top() + 4 + 22 * i);
            }
        }
    }
}
