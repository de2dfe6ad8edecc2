package org.tacerisk.report.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every figure renders to a decodable PNG and to well-formed SVG showing the same primitives, deterministically. */
class FigureRenderingTest {

    static Stream<Arguments> figures() {
        return Stream.of(Arguments.of("roc", FigureSamples.roc().plot().scene()),
                Arguments.of("calibration", FigureSamples.calibration().plot().scene()),
                Arguments.of("decision", FigureSamples.decision().plot().scene()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void pngDecodesWithInkInThePlotArea(String name, Scene scene) throws IOException {
        byte[] png = PngRenderer.png(scene);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Plot.DEFAULT_WIDTH, img.getWidth());
        assertEquals(Plot.DEFAULT_HEIGHT, img.getHeight());
        double[] c = scene.clip();
        int ink = 0;
        int colour = 0;
        for (int y = (int) c[1] + 2; y < c[1] + c[3] - 2; y++) {
            for (int x = (int) c[0] + 2; x < c[0] + c[2] - 2; x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                ink += rgb != 0xffffff ? 1 : 0;
                colour += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80 ? 1 : 0;
            }
        }
        assertTrue(ink > 2000, name + ": only " + ink + " non-background pixels in the plot area");
        assertTrue(colour > 500, name + ": only " + colour + " coloured pixels; are the series drawn?");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void svgParsesAndHasTheScenesPrimitives(String name, Scene scene) throws Exception {
        Document doc = parse(SvgRenderer.svg(scene));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        long polylines = scene.items().stream().filter(i -> i instanceof Scene.Polyline).count();
        long texts = scene.items().stream().filter(i -> i instanceof Scene.Text).count();
        assertEquals(polylines, doc.getElementsByTagName("polyline").getLength(), name);
        assertEquals(texts, doc.getElementsByTagName("text").getLength(), name);
        assertTrue(textContents(doc).contains(FigureSamples.WATERMARK), name + ": watermark missing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void renderingIsDeterministic(String name, Scene scene, @TempDir Path dir) throws IOException {
        assertArrayEquals(PngRenderer.png(scene), PngRenderer.png(scene), name);
        assertEquals(SvgRenderer.svg(scene), SvgRenderer.svg(scene), name);
        PngRenderer.write(scene, dir.resolve(name + ".png"));
        SvgRenderer.write(scene, dir.resolve(name + ".svg"));
        assertArrayEquals(PngRenderer.png(scene), Files.readAllBytes(dir.resolve(name + ".png")));
        assertEquals(SvgRenderer.svg(scene), Files.readString(dir.resolve(name + ".svg"), StandardCharsets.UTF_8));
        String dump = System.getProperty("tacerisk.figures.dump");
        if (dump != null) {
            PngRenderer.write(scene, Path.of(dump, name + ".png"));
            SvgRenderer.write(scene, Path.of(dump, name + ".svg"));
        }
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static String textContents(Document doc) {
        StringBuilder sb = new StringBuilder();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            sb.append(texts.item(i).getTextContent()).append('\n');
        }
        return sb.toString();
    }
}
