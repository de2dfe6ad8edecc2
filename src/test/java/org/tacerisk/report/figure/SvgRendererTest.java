package org.tacerisk.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgRendererTest {

    @Test
    void numbersHaveFixedRounding() {
        assertEquals("0", SvgRenderer.num(-0.001));
        assertEquals("1.5", SvgRenderer.num(1.5));
        assertEquals("1.24", SvgRenderer.num(1.235));
        assertEquals("123456789", SvgRenderer.num(1.23456789e8));
        assertEquals("0", SvgRenderer.num(1e-9));
        assertThrows(IllegalArgumentException.class, () -> SvgRenderer.num(Double.NaN));
    }

    @Test
    void textIsEscapedAndStillParses() throws Exception {
        String nasty = "AUC <0.86> & \"CI\" 'x' \u0001\u2013\u00e9";
        Scene scene = new Scene(300, 200).text(10, 20, nasty, 12, Scene.Anchor.START);
        Document doc = FigureRenderingTest.parse(SvgRenderer.svg(scene));
        Element text = (Element) doc.getElementsByTagName("text").item(0);
        assertEquals("AUC <0.86> & \"CI\" 'x' \u2013\u00e9", text.getTextContent());
    }

    @Test
    void clippedItemsReferenceTheClipPathAndColoursAreHex() throws Exception {
        Scene scene = new Scene(300, 200);
        scene.setClip(10, 10, 100, 100);
        scene.add(new Scene.Polyline(new double[] {0, 300}, new double[] {0, 200}, new Color(0, 114, 178), 2,
                Palette.DASHED, true));
        scene.add(new Scene.Circle(50, 50, 3, new Color(255, 0, 0, 128), false));
        String svg = SvgRenderer.svg(scene);
        Document doc = FigureRenderingTest.parse(svg);
        Element line = (Element) doc.getElementsByTagName("polyline").item(0);
        assertEquals("url(#plotarea)", line.getAttribute("clip-path"));
        assertEquals("#0072b2", line.getAttribute("stroke"));
        assertEquals("7,5", line.getAttribute("stroke-dasharray"));
        Element circle = (Element) doc.getElementsByTagName("circle").item(0);
        assertEquals("", circle.getAttribute("clip-path"));
        assertEquals("0.5", circle.getAttribute("fill-opacity"));
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertEquals("1.1", doc.getDocumentElement().getAttribute("version"));
    }
}
