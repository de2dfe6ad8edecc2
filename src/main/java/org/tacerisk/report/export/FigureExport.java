package org.tacerisk.report.export;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.CohortDecisionCurve;
import org.tacerisk.model.CohortRoc;
import org.tacerisk.model.PredictorSpecification;
import org.tacerisk.report.FigureWording;
import org.tacerisk.report.ReportText;
import org.tacerisk.report.figure.BundleFigures;
import org.tacerisk.report.figure.NomogramFigure;
import org.tacerisk.report.figure.Palette;
import org.tacerisk.report.figure.Plot;
import org.tacerisk.report.figure.PngRenderer;
import org.tacerisk.report.figure.Scene;
import org.tacerisk.report.figure.SvgRenderer;

/**
 * A bundle's figures as files for papers and slides: the nomogram (with the patient's points marked when a
 * prediction is given), and per cohort the calibration, decision curve and ROC, each as PNG at a chosen resolution
 * and as SVG, on white, in the reader's language (English or Chinese), with the bundle's SYNTHETIC watermark where it
 * is synthetic.
 */
public final class FigureExport {

    /** The resolutions offered: screen, slides, print. */
    public static final List<Integer> DPI_CHOICES = List.of(72, 150, 300);
    /** The resolution when none is chosen (print). */
    public static final int DEFAULT_DPI = 300;

    /**
     * The patient's marks: Okabe–Ito reddish purple, a colour no figure's own series uses first (vermilion is the
     * calibration's bias-corrected curve).
     */
    static final Color PATIENT = Palette.series(3);

    private FigureExport() {
    }

    /**
     * Writes every figure as {@code NAME.png} (at {@code dpi}) and {@code NAME.svg} into {@code folder}, atomically;
     * returns the files written, PNG and SVG of each figure in turn.
     *
     * @param patient the prediction to mark, or null for the model's figures alone
     */
    public static List<Path> write(BundleManifest manifest, BundlePrediction patient, Path folder, int dpi,
            Locale language) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Scene> e : scenes(manifest, patient, language).entrySet()) {
            Path png = folder.resolve(e.getKey() + ".png");
            Path svg = folder.resolve(e.getKey() + ".svg");
            PngRenderer.write(e.getValue(), png, dpi);
            SvgRenderer.write(e.getValue(), svg);
            written.add(png);
            written.add(svg);
        }
        return List.copyOf(written);
    }

    /**
     * The figures by file name: {@code nomogram}, then {@code calibration-COHORT}, {@code dca-COHORT} and
     * {@code roc-COHORT} for every cohort the bundle holds them for.
     */
    public static Map<String, Scene> scenes(BundleManifest manifest, BundlePrediction patient, Locale language) {
        ReportText text = ReportText.of(language);
        FigureWording words = FigureWording.of(language);
        String watermark = watermark(manifest);
        Map<String, Scene> scenes = new LinkedHashMap<>();
        scenes.put("nomogram", nomogram(manifest, patient, watermark, text));
        for (CohortCalibration c : manifest.calibration()) {
            Plot p = BundleFigures.calibration(manifest, c.cohort()).relabel(words)
                    .title(text.get("export.calibrationTitle", words.cohort(c.cohort()))).watermark(watermark);
            scenes.put("calibration-" + c.cohort(), markPatient(p, patient, text).scene());
        }
        for (CohortDecisionCurve d : manifest.dca()) {
            Plot p = BundleFigures.decisionCurve(manifest, d.cohort(), words.model("combined")).relabel(words)
                    .title(text.get("export.dcaTitle", words.cohort(d.cohort()))).watermark(watermark);
            scenes.put("dca-" + d.cohort(), markPatient(p, patient, text).scene());
        }
        for (CohortRoc r : manifest.roc()) {
            scenes.put("roc-" + r.cohort(), BundleFigures.roc(manifest, r.cohort(), words::model).relabel(words)
                    .title(text.get("export.rocTitle", words.cohort(r.cohort()))).watermark(watermark).scene());
        }
        return scenes;
    }

    static String watermark(BundleManifest m) {
        if (!Boolean.TRUE.equals(m.synthetic())) {
            return null;
        }
        return m.label() == null || m.label().isBlank() ? BundleManifest.SYNTHETIC_LABEL : m.label();
    }

    /** The combined model's nomogram; the patient's points as dots on every axis, the total and the risk. */
    static Scene nomogram(BundleManifest manifest, BundlePrediction patient, String watermark, ReportText text) {
        BundlePredictor predictor = BundlePredictor.of(manifest);
        List<String> labels = predictor.predictors().stream().map(PredictorSpecification::labelWithUnit).toList();
        NomogramFigure figure = NomogramFigure.of(predictor.nomogram(), labels, text.get("figure.probability"))
                .title(text.get("export.nomogramTitle")).axisTitles(text.get("figure.points"),
                        text.get("figure.totalPoints"), text.get("figure.linearPredictor")).watermark(watermark);
        Scene scene = figure.scene();
        if (patient == null || patient.points().size() != labels.size()) {
            return scene;
        }
        NomogramFigure.Layout l = figure.layout();
        double[] rows = l.predictorY();
        for (int k = 0; k < rows.length; k++) {
            scene.add(new Scene.Circle(l.xOfPoints(patient.points().get(k).points()), rows[k], 5, PATIENT, false));
        }
        double x = l.xOfTotal(patient.totalPoints());
        scene.add(new Scene.Circle(x, l.totalY(), 5, PATIENT, false));
        if (Double.isFinite(l.probabilityY())) {
            scene.add(new Scene.Circle(x, l.probabilityY(), 5, PATIENT, false));
        }
        return scene;
    }

    /** The patient's predicted risk as a vertical line across the plot, labelled in the legend. */
    static Plot markPatient(Plot plot, BundlePrediction patient, ReportText text) {
        if (patient == null) {
            return plot;
        }
        double p = patient.probability();
        String legend = text.get("export.thisPatient", String.format(Locale.ROOT, "%.1f", 100 * p));
        return plot.add(new Plot.Series(legend, Plot.Kind.LINE, new double[] {p, p},
                new double[] {plot.y().min(), plot.y().max()}, PATIENT, 2.0, null));
    }
}
