package org.tacerisk.report.figure;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What PDFBox itself reads back from a page: the painted paths (page coordinates after the CTM, with the graphics
 * state they were painted in) and the text of each BT…ET block (decoded through the fonts' ToUnicode maps). Used to
 * check {@link PdfRenderer} against the scene's own numbers, never against the renderer's code.
 */
final class PdfPageReading {

    /** A painted path: "stroke" or "fill", its segments' points in page coordinates, and the state it was painted in. */
    record Painted(String op, List<Point2D> points, List<String> segments, float lineWidth, float[] dash,
            int rgb, Rectangle2D clip) {
        Rectangle2D bounds() {
            Rectangle2D.Double b = null;
            for (Point2D p : points) {
                if (b == null) {
                    b = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
                } else {
                    b.add(p);
                }
            }
            return b;
        }
    }

    /** One text block: its text and the glyph origins (page coordinates) with the text rendering matrix of each. */
    record TextBlock(String text, List<TextPosition> glyphs) {
    }

    private PdfPageReading() {
    }

    static List<Painted> paths(PDPage page) throws IOException {
        List<Painted> out = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            private List<Point2D> points = new ArrayList<>();
            private List<String> segments = new ArrayList<>();
            private Point2D current;
            private boolean clipPending;

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                points.addAll(List.of(p0, p1, p2, p3));
                segments.add("re");
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Float(x, y);
                points.add(current);
                segments.add("m");
            }

            @Override
            public void lineTo(float x, float y) {
                current = new Point2D.Float(x, y);
                points.add(current);
                segments.add("l");
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Float(x3, y3);
                points.addAll(List.of(new Point2D.Float(x1, y1), new Point2D.Float(x2, y2), current));
                segments.add("c");
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
                segments.add("h");
            }

            @Override
            public void endPath() {
                if (clipPending) {
                    // W n: only rectangles are clipped to here, so the path's bounds are the clip
                    getGraphicsState().intersectClippingPath(new GeneralPath(new PdfPageReading.Painted("clip",
                            points, segments, 0, null, 0, null).bounds()));
                    clipPending = false;
                }
                reset();
            }

            @Override
            public void strokePath() throws IOException {
                paint("stroke", getGraphicsState().getStrokingColor().toRGB());
            }

            @Override
            public void fillPath(int windingRule) throws IOException {
                paint("fill", getGraphicsState().getNonStrokingColor().toRGB());
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                paint("fillStroke", getGraphicsState().getNonStrokingColor().toRGB());
            }

            @Override
            public void clip(int windingRule) {
                clipPending = true;
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            private void paint(String op, int rgb) {
                PDGraphicsState gs = getGraphicsState();
                float[] dash = gs.getLineDashPattern().getDashArray();
                out.add(new Painted(op, points, segments, gs.getLineWidth(), dash, rgb & 0xffffff,
                        gs.getCurrentClippingPath().getBounds2D()));
                reset();
            }

            private void reset() {
                points = new ArrayList<>();
                segments = new ArrayList<>();
            }
        }.processPage(page);
        return out;
    }

    static List<TextBlock> texts(PDDocument doc) throws IOException {
        List<TextBlock> blocks = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private StringBuilder text;
            private List<TextPosition> glyphs;

            @Override
            public void beginText() throws IOException {
                super.beginText();
                text = new StringBuilder();
                glyphs = new ArrayList<>();
            }

            @Override
            public void endText() throws IOException {
                super.endText();
                blocks.add(new TextBlock(text.toString(), glyphs));
            }

            @Override
            protected void processTextPosition(TextPosition position) {
                text.append(position.getUnicode());
                glyphs.add(position);
            }
        };
        stripper.getText(doc);
        return blocks;
    }

    /** Renders page 0 at 75 dpi (300 / 4) to {@code target/screenshots/NAME.png}. */
    static BufferedImage screenshot(PDDocument doc, String name) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 75);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        return image;
    }
}
