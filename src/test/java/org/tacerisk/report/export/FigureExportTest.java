package org.tacerisk.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacerisk.model.BundleManifest;
import org.tacerisk.model.BundlePrediction;
import org.tacerisk.model.ModelBundle;
import org.tacerisk.report.figure.NomogramFigure;
import org.tacerisk.report.figure.PngRenderer;
import org.tacerisk.report.figure.Scene;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The demo bundle's figures as files: PNG size and pHYs by DPI, SVG as XML with its axis titles, patient marks. */
class FigureExportTest {

    private static ModelBundle bundle;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        bundle = ModelBundle.load(Path.of("models", "hcc-tace-demo"));
    }

    @AfterAll
    static void close() {
        bundle.close();
    }

    private static BundleManifest manifest() {
        return bundle.manifest();
    }

    /** The demo patient's values (SYN-0300, docs/demo-model.md) at a DLR score of 0.35. */
    static BundlePrediction patient() {
        return bundle.predictor().predict(Map.of("dlr_score", 0.35, "tumor_size_cm", 3.5, "nodules", 5.0,
                "afp_ng_ml", 33.1));
    }

    @Test
    void pngAtEachDpiIsTheSceneScaledByDpiOver72WithPhysStatingTheDpi() throws Exception {
        Scene scene = FigureExport.scenes(manifest(), null, Locale.ENGLISH).get("calibration-train");
        for (int dpi : FigureExport.DPI_CHOICES) {
            byte[] png = PngRenderer.png(scene, dpi);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(Math.round(scene.width() * dpi / 72.0), img.getWidth(), dpi + " dpi");
            assertEquals(Math.round(scene.height() * dpi / 72.0), img.getHeight(), dpi + " dpi");
            // 300 dpi = 11811 px/m (300 / 0.0254, rounded), as PNG stores it
            long perMetre = Math.round(dpi / 0.0254);
            assertEquals(List.of(perMetre, perMetre, 1L), phys(png), dpi + " dpi");
        }
        // at 72 dpi the pixels are those of the plain renderer (one pixel per scene unit)
        BufferedImage plain = PngRenderer.image(scene);
        BufferedImage at72 = ImageIO.read(new ByteArrayInputStream(PngRenderer.png(scene, 72)));
        assertArrayEquals(plain.getRGB(0, 0, plain.getWidth(), plain.getHeight(), null, 0, plain.getWidth()),
                at72.getRGB(0, 0, at72.getWidth(), at72.getHeight(), null, 0, at72.getWidth()));
    }

    /** pixelsPerUnitX, pixelsPerUnitY and unit (1 = metre) of the PNG's pHYs chunk, read from the bytes. */
    private static List<Long> phys(byte[] png) {
        for (int at = 8; at + 8 <= png.length;) {
            int length = readInt(png, at);
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (type.equals("pHYs")) {
                return List.of(readInt(png, at + 8) & 0xffffffffL, readInt(png, at + 12) & 0xffffffffL,
                        (long) png[at + 16]);
            }
            at += 12 + length;
        }
        throw new AssertionError("no pHYs chunk");
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    @Test
    void writesPngAndSvgOfNomogramAndEveryCohortsCalibrationDecisionCurveAndRoc() throws Exception {
        List<Path> files = FigureExport.write(manifest(), patient(), dir, 300, Locale.ENGLISH);
        List<String> expected = new ArrayList<>(List.of("nomogram"));
        manifest().calibration().forEach(c -> expected.add("calibration-" + c.cohort()));
        manifest().dca().forEach(c -> expected.add("dca-" + c.cohort()));
        manifest().roc().forEach(c -> expected.add("roc-" + c.cohort()));
        assertTrue(expected.containsAll(List.of("calibration-train", "dca-test", "roc-external")), "" + expected);
        List<String> names = new ArrayList<>();
        for (String e : expected) {
            names.add(e + ".png");
            names.add(e + ".svg");
        }
        assertEquals(names, files.stream().map(f -> f.getFileName().toString()).toList());
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f.toString());
        }
        assertSvgTexts(dir.resolve("calibration-train.svg"), "Predicted probability", "Observed proportion",
                "Calibration \u2014 combined model (Training)", BundleManifest.SYNTHETIC_LABEL,
                "This patient (");
        assertSvgTexts(dir.resolve("dca-test.svg"), "Threshold probability", "Net benefit", "Treat all",
                "Treat none", "Combined model");
        assertSvgTexts(dir.resolve("roc-external.svg"), "1 \u2212 specificity (false-positive rate)",
                "Sensitivity (true-positive rate)");
        assertSvgTexts(dir.resolve("nomogram.svg"), "Points", "Total Points", "Probability of metastasis");
        Files.createDirectories(Path.of("target", "screenshots"));
        for (String name : List.of("nomogram.png", "calibration-train.png")) {
            Files.copy(dir.resolve(name), Path.of("target", "screenshots", "export-300dpi-" + name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        BufferedImage nomogram = ImageIO.read(dir.resolve("nomogram.png").toFile());
        Scene scene = FigureExport.scenes(manifest(), null, Locale.ENGLISH).get("nomogram");
        assertEquals(Math.round(scene.width() * 300 / 72.0), nomogram.getWidth());
    }

    /** In Chinese every title, axis title and legend is Chinese; the model's own predictor labels stay as written. */
    @Test
    void chineseFiguresCarryChineseTitlesAxesAndLegends() throws Exception {
        Path zh = dir.resolve("zh");
        FigureExport.write(manifest(), patient(), zh, 72, Locale.SIMPLIFIED_CHINESE);
        assertSvgTexts(zh.resolve("calibration-train.svg"), "\u9884\u6d4b\u6982\u7387", "\u5b9e\u9645\u6bd4\u4f8b",
                "\u6821\u51c6\u66f2\u7ebf \u2014 \u8054\u5408\u6a21\u578b\uff08\u8bad\u7ec3\u96c6\uff09",
                "\u672c\u60a3\u8005\uff08");
        assertSvgTexts(zh.resolve("dca-test.svg"), "\u9608\u503c\u6982\u7387", "\u51c0\u83b7\u76ca",
                "\u5168\u90e8\u6cbb\u7597", "\u8054\u5408\u6a21\u578b");
        assertSvgTexts(zh.resolve("nomogram.svg"), "\u8f6c\u79fb\u6982\u7387");
        for (String name : List.of("calibration-train", "dca-test", "roc-external")) {
            assertNoSvgText(zh.resolve(name + ".svg"), "Predicted probability", "Net benefit", "Treat all",
                    "Sensitivity (true-positive rate)", " cohort");
        }
        Files.copy(zh.resolve("calibration-train.png"), Path.of("target", "screenshots",
                "export-zh-calibration-train.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void assertNoSvgText(Path svg, String... texts) throws Exception {
        String all = Files.readString(svg);
        for (String t : texts) {
            assertTrue(!all.contains(t), svg.getFileName() + " still holds \"" + t + "\"");
        }
    }

    private static void assertSvgTexts(Path svg, String... texts) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add(((Element) nodes.item(i)).getTextContent());
        }
        for (String t : texts) {
            assertTrue(all.stream().anyMatch(s -> s.contains(t)), svg.getFileName() + " lacks \"" + t + "\": " + all);
        }
    }

    @Test
    void nomogramMarksThePatientsPointsOnEveryAxisAndTheTotal() {
        BundlePrediction p = patient();
        Scene plain = FigureExport.scenes(manifest(), null, Locale.ENGLISH).get("nomogram");
        Scene marked = FigureExport.scenes(manifest(), p, Locale.ENGLISH).get("nomogram");
        List<Scene.Item> added = marked.items().subList(plain.items().size(), marked.items().size());
        // one dot per predictor, the total points and the probability
        assertEquals(p.points().size() + 2, added.size());
        NomogramFigure figure = NomogramFigure.of(bundle.predictor().nomogram(), bundle.predictor().predictors()
                .stream().map(s -> s.labelWithUnit()).toList(), "Probability of metastasis");
        double pointsPerPixel = figure.layout().pointsScale();
        double left = figure.layout().left();
        for (int k = 0; k < p.points().size(); k++) {
            Scene.Circle c = (Scene.Circle) added.get(k);
            // the predictor's points, back from the dot's x: the prediction's own points (hand-checkable in R)
            assertEquals(p.points().get(k).points(), (c.cx() - left) / pointsPerPixel, 1e-9);
        }
        Scene.Circle total = (Scene.Circle) added.get(p.points().size());
        assertEquals(p.totalPoints(), (total.cx() - left) / figure.layout().totalScale(), 1e-9);
    }
}
