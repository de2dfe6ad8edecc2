package org.tacerisk.report.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-made scene drawn into PDF and read back with PDFBox: the page coordinates of every primitive are computed
 * here from the scene's numbers ((x, y) → (x, H − y) on a page of the scene's size), the texts come back through the
 * fonts' ToUnicode maps, and the fonts are embedded subsets.
 */
class PdfRendererTest {

    static final String CHINESE = "远处转移风险";
    static final int W = 400;
    static final int H = 300;

    /** A solid line, a clipped dashed polyline, a clipped marker, a filled outlined box and texts. */
    static Scene handMade() {
        Scene s = new Scene(W, H);
        s.setClip(50, 40, 300, 200);
        s.line(50, 250, 350, 250, Color.BLACK, 2);
        s.add(new Scene.Polyline(new double[] {60, 200, 340}, new double[] {100, 60, 200}, Color.RED, 1.5,
                new float[] {6, 3}, true));
        s.add(new Scene.Circle(200, 150, 5, Color.BLUE, true));
        s.add(new Scene.Rect(100, 180, 60, 30, new Color(0, 160, 0), Color.BLACK));
        s.add(new Scene.Text(20, 150, "Probability", 12, false, Scene.Anchor.MIDDLE, Color.BLACK, -90));
        s.add(new Scene.Text(200, 290, "Total Points", 14, true, Scene.Anchor.MIDDLE, Color.BLACK, 0));
        s.add(new Scene.Text(60, 30, CHINESE + " 23.6 %", 13, false, Scene.Anchor.START, Color.DARK_GRAY, 0));
        s.add(new Scene.Text(350, 30, "end", 10, false, Scene.Anchor.END, Color.BLACK, 0));
        return s;
    }

    @Test
    void primitivesLandAtTheScenesCoordinatesOnThePage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scene.pdf");
        PdfRenderer.writeSinglePage(handMade(), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(W, page.getMediaBox().getWidth(), 1e-3);
            assertEquals(H, page.getMediaBox().getHeight(), 1e-3);
            List<PdfPageReading.Painted> paths = PdfPageReading.paths(page);

            // background, then the scene's items in order: line, dashed polyline, marker, box fill, box outline
            assertBounds(paths.get(0).bounds(), 0, 0, W, H);
            assertEquals(0xffffff, paths.get(0).rgb());

            PdfPageReading.Painted line = paths.get(1);
            assertEquals("stroke", line.op());
            assertPoints(line.points(), 50, H - 250, 350, H - 250);
            assertEquals(2f, line.lineWidth(), 1e-4);
            assertEquals(0, line.dash().length);
            assertEquals(0x000000, line.rgb());

            PdfPageReading.Painted dashed = paths.get(2);
            assertPoints(dashed.points(), 60, H - 100, 200, H - 60, 340, H - 200);
            assertArrayEquals(new float[] {6, 3}, dashed.dash(), 1e-4f);
            assertEquals(1.5f, dashed.lineWidth(), 1e-4);
            assertEquals(0xff0000, dashed.rgb());
            assertBounds(dashed.clip(), 50, H - 240, 300, 200);

            PdfPageReading.Painted marker = paths.get(3);
            assertEquals("fill", marker.op());
            assertEquals(List.of("m", "c", "c", "c", "c", "h"), marker.segments());
            assertBounds(marker.bounds(), 195, H - 155, 10, 10);
            assertEquals(0x0000ff, marker.rgb());
            assertBounds(marker.clip(), 50, H - 240, 300, 200);

            assertEquals("fill", paths.get(4).op());
            assertBounds(paths.get(4).bounds(), 100, H - 210, 60, 30);
            assertEquals(0x00a000, paths.get(4).rgb());
            assertEquals("stroke", paths.get(5).op());
            assertBounds(paths.get(5).bounds(), 100, H - 210, 60, 30);
            // unclipped items are not clipped to the plot area
            assertTrue(paths.get(5).clip().contains(new Rectangle2D.Double(0, 0, W, H)));
            assertEquals(6, paths.size());
        }
    }

    @Test
    void textsComeBackWithTheirAnchorsAndRotation() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.pdf(handMade()))) {
            List<PdfPageReading.TextBlock> blocks = PdfPageReading.texts(doc);
            assertEquals(List.of("Probability", "Total Points", CHINESE + " 23.6 %", "end"),
                    blocks.stream().map(PdfPageReading.TextBlock::text).toList());

            // rotated -90 (reads upwards), centred on (20, 150): glyphs advance up the page along x = 20
            List<TextPosition> rotated = blocks.get(0).glyphs();
            double width = advance("DejaVuSans.ttf", "Probability", 12);
            TextPosition first = rotated.get(0);
            assertEquals(20, first.getTextMatrix().getTranslateX(), 0.01);
            assertEquals(H - 150 - width / 2, first.getTextMatrix().getTranslateY(), 0.01);
            assertEquals(0, first.getTextMatrix().getValue(0, 0), 1e-4);
            assertEquals(12, first.getTextMatrix().getValue(0, 1), 1e-4);

            // bold, centred on (200, 290)
            TextPosition total = blocks.get(1).glyphs().get(0);
            assertEquals(200 - advance("DejaVuSans-Bold.ttf", "Total Points", 14) / 2,
                    total.getTextMatrix().getTranslateX(), 0.01);
            assertEquals(H - 290, total.getTextMatrix().getTranslateY(), 0.01);
            assertTrue(total.getFont().getName().endsWith("DejaVuSans-Bold"), total.getFont().getName());

            // start-anchored Chinese: first glyph at the anchor, in the CJK font; the digits in DejaVu Sans
            TextPosition chinese = blocks.get(2).glyphs().get(0);
            assertEquals(60, chinese.getTextMatrix().getTranslateX(), 0.01);
            assertEquals(H - 30, chinese.getTextMatrix().getTranslateY(), 0.01);
            assertTrue(chinese.getFont().getName().endsWith("+DroidSansFallback"), chinese.getFont().getName());
            TextPosition digit = blocks.get(2).glyphs().get(CHINESE.length() + 1);
            assertEquals("2", digit.getUnicode());
            assertTrue(digit.getFont().getName().endsWith("DejaVuSans"), digit.getFont().getName());

            // end-anchored: the last glyph's advance ends at x = 350
            List<TextPosition> end = blocks.get(3).glyphs();
            TextPosition d = end.get(end.size() - 1);
            assertEquals(350, d.getTextMatrix().getTranslateX() + advance("DejaVuSans.ttf", "d", 10), 0.01);
        }
    }

    @Test
    void chineseExtractsAsTheSameStringFromEmbeddedSubsetFonts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.pdf(handMade()))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(CHINESE), text);
            assertTrue(text.contains("Total Points"), text);
            List<PDFont> fonts = fonts(doc.getPage(0));
            assertEquals(3, fonts.size(), "DejaVu Sans, DejaVu Sans Bold, Droid Sans Fallback");
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "not a subset: " + font.getName());
                assertNotNull(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), font.getName());
            }
        }
    }

    @Test
    void aLatinOnlySceneCarriesNoCjkFont() throws IOException {
        Scene s = new Scene(200, 100).text(100, 50, "Nomogram", 12, Scene.Anchor.MIDDLE);
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.pdf(s))) {
            List<PDFont> fonts = fonts(doc.getPage(0));
            assertEquals(1, fonts.size());
            assertTrue(fonts.get(0).getName().endsWith("+DejaVuSans"), fonts.get(0).getName());
        }
    }

    @Test
    void missingGlyphsBecomeQuestionMarksNotErrors() throws IOException {
        // U+E000 (private use) is in neither font; a tab is a control character
        Scene s = new Scene(200, 100).text(10, 50, "a\uE000b\tc", 12, Scene.Anchor.START);
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.pdf(s))) {
            assertEquals("a?b?c", PdfPageReading.texts(doc).get(0).text());
        }
    }

    @Test
    void aFigurePlacedInABoxIsScaledAndMovedUniformly() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDRectangle used;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                // a 200 × 300 box holds the 400 × 300 scene at scale 0.5, 150 high, centred vertically
                used = PdfRenderer.draw(content, new PdfFonts(doc), handMade(), new PDRectangle(50, 500, 200, 300));
            }
            assertEquals(50, used.getLowerLeftX(), 1e-3);
            assertEquals(575, used.getLowerLeftY(), 1e-3);
            assertEquals(200, used.getWidth(), 1e-3);
            assertEquals(150, used.getHeight(), 1e-3);
            PdfPageReading.Painted line = PdfPageReading.paths(page).get(1);
            // (50, 250) → (50 + 0.5·50, 725 − 0.5·250)
            assertPoints(line.points(), 75, 600, 225, 600);
            assertEquals(1f, line.lineWidth(), 1e-4);
            PdfPageReading.Painted dashed = PdfPageReading.paths(page).get(2);
            assertArrayEquals(new float[] {3, 1.5f}, dashed.dash(), 1e-4f);
            assertBounds(dashed.clip(), 75, 725 - 120, 150, 100);
        }
    }

    @Test
    void screenshotShowsTheSameLayoutAsThePngRenderer() throws IOException {
        Scene scene = handMade();
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.pdf(scene))) {
            BufferedImage pdf = PdfPageReading.screenshot(doc, "pdf-handmade");
            BufferedImage png = PngRenderer.image(scene);
            javax.imageio.ImageIO.write(png, "png", Path.of("target", "screenshots", "pdf-handmade-png-renderer.png")
                    .toFile());
            // 75 dpi: 1 pt = 75/72 px; the blue marker's centre is blue in both
            double k = 75 / 72.0;
            int blue = pdf.getRGB((int) Math.round(200 * k), (int) Math.round(150 * k)) & 0xffffff;
            assertEquals(0x0000ff, blue, Integer.toHexString(blue));
            assertEquals(0x0000ff, png.getRGB(200, 150) & 0xffffff);
            int box = pdf.getRGB((int) Math.round(130 * k), (int) Math.round(195 * k)) & 0xffffff;
            assertEquals(0x00a000, box, Integer.toHexString(box));
        }
    }

    @Test
    void translucentColoursKeepTheirAlpha() throws IOException {
        Scene s = new Scene(100, 100);
        s.add(new Scene.Rect(10, 10, 80, 80, new Color(255, 0, 0, 128), null));
        s.add(new Scene.Polyline(new double[] {10, 90}, new double[] {70, 70}, new Color(0, 0, 255, 64), 10, null,
                false));
        try (PDDocument doc = Loader.loadPDF(PdfRenderer.pdf(s))) {
            BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0);
            // half red over white: (255, 127, 127); a quarter blue over that: about (191, 95, 159)
            assertRgb(255, 127, 127, image.getRGB(50, 30));
            assertRgb(191, 95, 159, image.getRGB(50, 70));
        }
    }

    static void assertRgb(int r, int g, int b, int argb) {
        String found = Integer.toHexString(argb & 0xffffff);
        assertEquals(r, argb >> 16 & 0xff, 3, found);
        assertEquals(g, argb >> 8 & 0xff, 3, found);
        assertEquals(b, argb & 0xff, 3, found);
    }

    @Test
    void writingReplacesAnExistingFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("figure.pdf");
        Files.writeString(file, "old");
        PdfRenderer.writeSinglePage(handMade(), file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            out.add(page.getResources().getFont(name));
        }
        return out;
    }

    /** Advance width of a Latin text in points, read from the TTF itself (hmtx), not through the renderer. */
    static double advance(String fontFile, String text, double size) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(PdfFonts.RESOURCES + fontFile)) {
            assertNotNull(in, fontFile);
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            try (ttf) {
                double units = 0;
                for (char c : text.toCharArray()) {
                    units += ttf.getAdvanceWidth(ttf.getUnicodeCmapLookup().getGlyphId(c));
                }
                return units / ttf.getUnitsPerEm() * size;
            }
        }
    }

    static void assertPoints(List<Point2D> actual, double... xy) {
        assertEquals(xy.length / 2, actual.size(), actual.toString());
        for (int i = 0; i < actual.size(); i++) {
            assertEquals(xy[2 * i], actual.get(i).getX(), 1e-3, "x of point " + i);
            assertEquals(xy[2 * i + 1], actual.get(i).getY(), 1e-3, "y of point " + i);
        }
    }

    static void assertBounds(Rectangle2D b, double x, double y, double w, double h) {
        assertNotNull(b);
        assertEquals(x, b.getX(), 1e-3, "x " + b);
        assertEquals(y, b.getY(), 1e-3, "y " + b);
        assertEquals(w, b.getWidth(), 1e-3, "w " + b);
        assertEquals(h, b.getHeight(), 1e-3, "h " + b);
    }
}
