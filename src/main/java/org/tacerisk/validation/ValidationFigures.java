package org.tacerisk.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacerisk.report.figure.CalibrationFigure;
import org.tacerisk.report.figure.DecisionCurveFigure;
import org.tacerisk.report.figure.PngRenderer;
import org.tacerisk.report.figure.RocFigure;
import org.tacerisk.report.figure.Scene;
import org.tacerisk.report.figure.SvgRenderer;
import org.tacerisk.stats.CalibrationAssessment;
import org.tacerisk.stats.DecisionCurve;

/**
 * The validation report's figures, each as PNG and SVG in {@code figures/} (the training report's renderers): the
 * ROC curve with its AUC and DeLong CI, the flexible calibration curve with its bootstrap band and the risk groups'
 * observed rates (Wilson CIs) at their mean predicted risk, and the decision curve.
 */
final class ValidationFigures {

    static final String FOLDER = "figures";

    /** A figure: base name, caption and its scene (for the PDF). */
    record Figure(String name, String caption, Scene scene) {
        String png() {
            return FOLDER + "/" + name + ".png";
        }
    }

    private ValidationFigures() {
    }

    static List<Figure> write(ValidationMetrics m, String watermark, Path dir) throws IOException {
        Path folder = dir.resolve(FOLDER);
        Files.createDirectories(folder);
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("roc", "ROC curve of the combined model", roc(m).watermark(watermark).plot().scene()));
        out.add(new Figure("calibration", "Calibration of the combined model: lowess curve with its 95 % band, risk"
                + " groups with Wilson 95 % CIs", calibration(m).watermark(watermark).plot().scene()));
        out.add(new Figure("dca", "Decision curve of the combined model", decision(m).watermark(watermark).plot()
                .scene()));
        for (Figure f : out) {
            PngRenderer.write(f.scene(), folder.resolve(f.name() + ".png"));
            SvgRenderer.write(f.scene(), folder.resolve(f.name() + ".svg"));
        }
        return out;
    }

    static RocFigure roc(ValidationMetrics m) {
        return new RocFigure().title("ROC \u2014 validation cohort").add(RocFigure.Curve.of("combined", m.roc(),
                m.auc().auc(), m.auc().ciLower(), m.auc().ciUpper()));
    }

    static CalibrationFigure calibration(ValidationMetrics m) {
        CalibrationAssessment c = m.calibration();
        List<CalibrationAssessment.CurvePoint> curve = c.curve();
        double[] x = curve.stream().mapToDouble(CalibrationAssessment.CurvePoint::predicted).toArray();
        List<ValidationMetrics.RiskGroupRow> groups = m.riskGroups().stream().filter(g -> g.n() > 0).toList();
        CalibrationFigure fig = new CalibrationFigure().title("Calibration \u2014 validation cohort")
                .curveLabel("Flexible (lowess)")
                .apparent(x, curve.stream().mapToDouble(CalibrationAssessment.CurvePoint::observed).toArray())
                .groups(groups.stream().mapToDouble(ValidationMetrics.RiskGroupRow::meanPredicted).toArray(),
                        groups.stream().mapToDouble(g -> g.observed().estimate()).toArray(),
                        groups.stream().mapToDouble(g -> g.observed().lower()).toArray(),
                        groups.stream().mapToDouble(g -> g.observed().upper()).toArray())
                .note(String.format(Locale.ROOT, "CITL %.2f   slope %.2f   ICI %.3f", c.calibrationInTheLarge()
                        .value(), c.slope().value(), c.ici()));
        if (c.bandResamples() > 0) {
            fig.band(x, curve.stream().mapToDouble(CalibrationAssessment.CurvePoint::lower).toArray(),
                    curve.stream().mapToDouble(CalibrationAssessment.CurvePoint::upper).toArray(),
                    "95% band (bootstrap, B = " + c.bandResamples() + ")");
        }
        return fig;
    }

    static DecisionCurveFigure decision(ValidationMetrics m) {
        List<DecisionCurve.Point> dc = m.decisionCurve();
        return new DecisionCurveFigure(dc.stream().mapToDouble(DecisionCurve.Point::threshold).toArray())
                .title("Decision curve \u2014 validation cohort")
                .treatAll(dc.stream().mapToDouble(DecisionCurve.Point::netBenefitAll).toArray())
                .model("combined", dc.stream().mapToDouble(DecisionCurve.Point::netBenefitModel).toArray());
    }
}
