package org.tacerisk.cohort.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.report.figure.CalibrationFigure;
import org.tacerisk.report.figure.DecisionCurveFigure;
import org.tacerisk.report.figure.NomogramFigure;
import org.tacerisk.report.figure.PngRenderer;
import org.tacerisk.report.figure.RocFigure;
import org.tacerisk.report.figure.Scene;
import org.tacerisk.report.figure.SvgRenderer;
import org.tacerisk.stats.BootstrapCalibration;
import org.tacerisk.stats.CalibrationDeciles;
import org.tacerisk.stats.DecisionCurve;
import org.tacerisk.stats.Lowess;
import org.tacerisk.stats.ModelEvaluation;
import org.tacerisk.stats.RocCurve;

/**
 * The training run's figures, each as PNG and SVG in {@code figures/}: per cohort the ROC curves of every model
 * (legend: AUC with DeLong 95 % CI), the combined model's calibration (lowess curve as in val.prob, decile points
 * with Wilson 95 % CIs, ideal line, histogram rug of the predictions) and the decision curve (combined, DLR and
 * clinical model, treat all, treat none); and the combined model's nomogram from the bundle's predictor. Figures of
 * a synthetic run carry the synthetic watermark. A model not evaluable in a cohort is left out of that figure.
 */
final class TrainingFigures {

    /** The figures folder inside the output folder (and inside the bundle). */
    static final String FOLDER = "figures";
    /** The models of the decision curve, in legend order (those that exist). */
    static final List<String> DCA_MODELS = List.of("combined", "dlr", "clinical");

    /** One figure: its base name (without extension) and a caption for report.md. */
    record Figure(String name, String caption) {
        String png() {
            return FOLDER + "/" + name + ".png";
        }

        String svg() {
            return FOLDER + "/" + name + ".svg";
        }
    }

    private TrainingFigures() {
    }

    /** Writes every figure into {@code outDir/figures}; returns them in report order. */
    static List<Figure> write(TrainingResult r, BundleManifest manifest, Path outDir) throws IOException {
        Path dir = outDir.resolve(FOLDER);
        Files.createDirectories(dir);
        String watermark = r.config().synthetic() ? BundleManifest.SYNTHETIC_LABEL : null;
        List<Figure> out = new ArrayList<>();
        for (String cohort : r.evaluation().cohorts()) {
            RocFigure roc = roc(r, cohort);
            if (roc != null) {
                out.add(save(dir, new Figure("roc-" + cohort, "ROC curves, " + cohort + " cohort"),
                        roc.watermark(watermark).plot().scene()));
            }
            TrainingEvaluation.Entry combined = r.evaluation().entry("combined", cohort);
            if (combined != null) {
                out.add(save(dir, new Figure("calibration-" + cohort, "Calibration of the combined model, " + cohort
                        + " cohort"), calibration(r, cohort, combined).watermark(watermark).plot()
                                .scene()));
                out.add(save(dir, new Figure("dca-" + cohort, "Decision curves, " + cohort + " cohort"),
                        decision(r, cohort, combined.evaluation()).watermark(watermark).plot().scene()));
            }
        }
        BundlePredictor predictor = BundlePredictor.of(manifest);
        List<String> labels = predictor.predictors().stream().map(PredictorSpecification::labelWithUnit).toList();
        NomogramFigure nomogram = NomogramFigure.of(predictor.nomogram(), labels, "Risk of metastasis")
                .title("Nomogram \u2014 combined model").watermark(watermark);
        out.add(save(dir, new Figure("nomogram", "Nomogram of the combined model"), nomogram.scene()));
        return List.copyOf(out);
    }

    private static Figure save(Path dir, Figure f, Scene scene) throws IOException {
        PngRenderer.write(scene, dir.resolve(f.name() + ".png"));
        SvgRenderer.write(scene, dir.resolve(f.name() + ".svg"));
        return f;
    }

    /** Rows of {@code cohort} where both {@code model} and the combined model have a risk (as the evaluation). */
    static int[] rows(TrainingResult r, String cohort, String model) {
        double[] p = r.risks().get(model);
        double[] ref = r.risks().get("combined");
        return IntStream.range(0, r.table().rowCount())
                .filter(i -> r.table().text(i, CohortTrainer.COHORT).equals(cohort) && !Double.isNaN(p[i])
                        && !Double.isNaN(ref[i]))
                .toArray();
    }

    static double[] pick(double[] v, int[] rows) {
        return IntStream.of(rows).mapToDouble(i -> v[i]).toArray();
    }

    static RocFigure roc(TrainingResult r, String cohort) {
        RocFigure fig = new RocFigure().title("ROC \u2014 " + cohort + " cohort");
        List<String> models = rocModels(r, cohort);
        for (String model : models) {
            var auc = r.evaluation().entry(model, cohort).evaluation().auc();
            fig.add(RocFigure.Curve.of(model, rocCurve(r, cohort, model), auc.auc(), auc.ciLower(), auc.ciUpper()));
        }
        return models.isEmpty() ? null : fig;
    }

    /**
     * The models of the ROC figure of {@code cohort} (and of the bundle's ROC curves), in legend order: the combined
     * model first (it gets the solid line), then the others in the results' order; those evaluable in the cohort.
     */
    static List<String> rocModels(TrainingResult r, String cohort) {
        List<String> models = new ArrayList<>(r.risks().keySet());
        models.remove("combined");
        models.add(0, "combined");
        models.removeIf(m -> r.evaluation().entry(m, cohort) == null);
        return models;
    }

    /** The ROC curve of {@code model} in {@code cohort}, on the rows its evaluation used. */
    static RocCurve rocCurve(TrainingResult r, String cohort, String model) {
        int[] rows = rows(r, cohort, model);
        return RocCurve.of(pick(r.table().numeric(CohortTrainer.OUTCOME), rows), pick(r.risks().get(model), rows));
    }

    static CalibrationFigure calibration(TrainingResult r, String cohort, TrainingEvaluation.Entry entry) {
        ModelEvaluation e = entry.evaluation();
        int[] rows = rows(r, cohort, "combined");
        double[] y = pick(r.table().numeric(CohortTrainer.OUTCOME), rows);
        double[] p = pick(r.risks().get("combined"), rows);
        Lowess smooth = Lowess.smooth(p, y, 0);
        List<CalibrationDeciles.Bin> bins = entry.calibrationGroups();
        double[] gx = bins.stream().mapToDouble(CalibrationDeciles.Bin::meanPredicted).toArray();
        double[] gy = bins.stream().mapToDouble(b -> b.observed().estimate()).toArray();
        double[] lo = bins.stream().mapToDouble(b -> b.observed().lower()).toArray();
        double[] hi = bins.stream().mapToDouble(b -> b.observed().upper()).toArray();
        CalibrationFigure fig = new CalibrationFigure().title("Calibration \u2014 combined model, " + cohort
                + " cohort").apparent(smooth.x(), smooth.y()).groups(gx, gy, lo, hi).predictions(p)
                .note(String.format(Locale.ROOT, "Brier %.3f   intercept %.2f   slope %.2f", e.valProb().brier(),
                        e.valProb().intercept(), e.valProb().slope()));
        if (cohort.equals("train") && r.validation() != null) {
            // rms::calibrate's plot: the bootstrap overfitting-corrected curve beside the apparent one
            BootstrapCalibration c = r.validation().calibration();
            int[] defined = biasCorrectedPoints(c);
            if (defined.length >= 2) {
                fig.biasCorrected(pick(c.predy(), defined), pick(c.calibratedCorrected(), defined));
            }
        }
        return fig;
    }

    /**
     * The grid points of the bias-corrected curve that the figure draws and the bundle holds: those some resample
     * reached (calibrate's corrected value is NA at the others).
     */
    static int[] biasCorrectedPoints(BootstrapCalibration c) {
        return IntStream.range(0, c.predy().length)
                .filter(k -> !Double.isNaN(c.calibratedCorrected()[k]) && !Double.isNaN(c.calibratedOrig()[k]))
                .toArray();
    }

    static DecisionCurveFigure decision(TrainingResult r, String cohort, ModelEvaluation combined) {
        List<DecisionCurve.Point> ref = combined.decisionCurve();
        double[] thresholds = ref.stream().mapToDouble(DecisionCurve.Point::threshold).toArray();
        DecisionCurveFigure fig = new DecisionCurveFigure(thresholds)
                .title("Decision curve \u2014 " + cohort + " cohort")
                .treatAll(ref.stream().mapToDouble(DecisionCurve.Point::netBenefitAll).toArray());
        for (String model : DCA_MODELS) {
            TrainingEvaluation.Entry e = r.evaluation().entry(model, cohort);
            if (e != null && e.evaluation().decisionCurve().size() == thresholds.length) {
                fig.model(model, e.evaluation().decisionCurve().stream()
                        .mapToDouble(DecisionCurve.Point::netBenefitModel).toArray());
            }
        }
        return fig;
    }
}
