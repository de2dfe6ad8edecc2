package org.tacerisk.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePredictor;
import org.tacerisk.model.CohortCalibration;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.model.PredictorSpecification;

/**
 * The demo bundle's nomogram and training calibration, as the report will draw them, written to PDF and read back:
 * every text item of the scene (axis titles, tick labels, watermark) comes back from the page in order, every
 * polyline and marker is painted, and the pages are rendered to {@code target/screenshots/pdf-*.png} beside the PNG
 * renderer's output of the same scene.
 */
class PdfDemoFiguresTest {

    private static BundleManifest manifest;
    private static BundlePredictor predictor;

    @BeforeAll
    static void loadBundle() {
        try (ModelBundle bundle = ModelBundle.load(Path.of("models", "hcc-tace-demo"))) {
            manifest = bundle.manifest();
            predictor = bundle.predictor();
        }
    }

    static Scene nomogram() {
        List<String> labels = predictor.predictors().stream().map(PredictorSpecification::labelWithUnit).toList();
        return NomogramFigure.of(predictor.nomogram(), labels, "Risk of metastasis")
                .title("Nomogram \u2014 combined model").watermark(BundleManifest.SYNTHETIC_LABEL).scene();
    }

    static Scene chineseNomogram() {
        List<String> labels = predictor.predictors().stream().map(p -> "\u9884\u6d4b\u56e0\u5b50 " + p.labelWithUnit())
                .toList();
        return NomogramFigure.of(predictor.nomogram(), labels, "\u8fdc\u5904\u8f6c\u79fb\u98ce\u9669")
                .axisTitles("\u5206\u503c", "\u603b\u5206", "\u7ebf\u6027\u9884\u6d4b\u503c")
                .title("\u5217\u7ebf\u56fe \u2014 \u8054\u5408\u6a21\u578b").watermark("\u5408\u6210\u6f14\u793a \u2014 "
                        + "\u4e0d\u7528\u4e8e\u4e34\u5e8a").scene();
    }

    static Scene calibration() {
        CohortCalibration c = manifest.calibration().get(0);
        double[] x = c.curve().stream().mapToDouble(CohortCalibration.Point::predicted).toArray();
        double[] y = c.curve().stream().mapToDouble(CohortCalibration.Point::observed).toArray();
        double[] none = new double[x.length];
        Arrays.fill(none, Double.NaN);
        return new CalibrationFigure().title("Calibration, " + c.cohort() + " cohort").groups(x, y, none, none)
                .watermark(BundleManifest.SYNTHETIC_LABEL).plot().scene();
    }

    @Test
    void nomogramTextsAllComeBack() throws IOException {
        check("pdf-nomogram", nomogram()).close();
    }

    @Test
    void calibrationTextsAllComeBack() throws IOException {
        check("pdf-calibration", calibration()).close();
    }

    @Test
    void chineseNomogramTextsComeBackAsChinese() throws IOException {
        Scene scene = chineseNomogram();
        try (PDDocument doc = check("pdf-nomogram-zh", scene)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("\u8fdc\u5904\u8f6c\u79fb\u98ce\u9669"), text);
            assertTrue(text.contains("\u603b\u5206"), text);
        }
    }

    @Test
    void nomogramPageTiming(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Scene scene = nomogram();
        PdfRenderer.writeSinglePage(scene, dir.resolve("warm.pdf"));
        int n = 10;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PdfRenderer.writeSinglePage(scene, dir.resolve("nomogram.pdf"));
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        long bytes = Files.size(dir.resolve("nomogram.pdf"));
        System.out.printf(java.util.Locale.ROOT, "PdfRenderer: nomogram page (%d items) written in %.1f ms, %d bytes%n",
                scene.items().size(), ms, bytes);
        Scene zh = chineseNomogram();
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            PdfRenderer.writeSinglePage(zh, dir.resolve("nomogram-zh.pdf"));
        }
        System.out.printf(java.util.Locale.ROOT, "PdfRenderer: Chinese nomogram page written in %.1f ms, %d bytes%n",
                (System.nanoTime() - start) / 1e6 / n, Files.size(dir.resolve("nomogram-zh.pdf")));
    }

    /** Writes, re-reads and checks the scene's texts and primitives; returns the open document. */
    private static PDDocument check(String name, Scene scene) throws IOException {
        PDDocument doc = Loader.loadPDF(PdfRenderer.pdf(scene));
        List<String> expected = scene.items().stream().filter(i -> i instanceof Scene.Text)
                .map(i -> ((Scene.Text) i).text()).toList();
        List<String> read = PdfPageReading.texts(doc).stream().map(PdfPageReading.TextBlock::text).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, read, name);
        // the plain text extraction holds every horizontal text too (words, not only glyphs)
        String plain = new PDFTextStripper().getText(doc);
        for (Scene.Item item : scene.items()) {
            if (item instanceof Scene.Text t && t.rotation() == 0) {
                assertTrue(plain.contains(t.text()), name + ": '" + t.text() + "' not in\n" + plain);
            }
        }
        long strokes = scene.items().stream().filter(i -> i instanceof Scene.Polyline).count();
        long markers = scene.items().stream().filter(i -> i instanceof Scene.Circle).count();
        List<PdfPageReading.Painted> paths = PdfPageReading.paths(doc.getPage(0));
        long rects = scene.items().stream().filter(i -> i instanceof Scene.Rect r && r.fill() != null).count()
                + scene.items().stream().filter(i -> i instanceof Scene.Rect r && r.stroke() != null).count();
        assertEquals(strokes, paths.stream().filter(p -> p.op().equals("stroke") && p.segments().get(0).equals("m"))
                .count(), name + ": polylines");
        assertEquals(markers, paths.stream().filter(p -> p.segments().contains("c")).count(), name + ": markers");
        assertEquals(1 + rects, paths.stream().filter(p -> p.segments().equals(List.of("re"))).count(), name);
        for (PDFont font : PdfRendererTest.fonts(doc.getPage(0))) {
            assertTrue(font.isEmbedded() && font.getName().matches("[A-Z]{6}\\+.+"), font.getName());
        }
        PdfPageReading.screenshot(doc, name);
        PngRenderer.write(scene, Path.of("target", "screenshots", name + "-png-renderer.png"));
        return doc;
    }
}
