package org.tacerisk.report.figure;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.tacerisk.common.AtomicFiles;

/**
 * Draws a {@link Scene} into a PDF page as vector operations, the same primitives {@link SvgRenderer} writes: white
 * background, polylines (butt caps, round joins, dashes), filled circles, rectangles, text with its anchor and
 * rotation, the scene's clip rectangle for clipped items, colours with their alpha. The scene is scaled uniformly to
 * fit a box on the page (centred in it), so a report can place several figures on one page; scene y runs down, PDF y
 * up, and the mapping is {@code (x, y) → (left + s·x, top − s·y)}. Text is real text in embedded subset fonts
 * ({@link PdfFonts}), so it can be searched and copied, Chinese included.
 */
public final class PdfRenderer {

    /** Bézier control distance for a quarter circle. */
    private static final double KAPPA = 0.5522847498307936;

    private PdfRenderer() {
    }

    /**
     * Draws the scene fitted into {@code box} (page coordinates, points). The caller owns the content stream and the
     * fonts (one {@link PdfFonts} per document). Returns the rectangle the scene occupies.
     */
    public static PDRectangle draw(PDPageContentStream content, PdfFonts fonts, Scene scene, PDRectangle box)
            throws IOException {
        double s = Math.min(box.getWidth() / scene.width(), box.getHeight() / scene.height());
        double w = s * scene.width();
        double h = s * scene.height();
        double left = box.getLowerLeftX() + (box.getWidth() - w) / 2;
        double top = box.getUpperRightY() - (box.getHeight() - h) / 2;
        Placement at = new Placement(left, top, s);
        content.saveGraphicsState();
        fillRect(content, at, 0, 0, scene.width(), scene.height(), Color.WHITE);
        double[] clip = scene.clip();
        for (Scene.Item item : scene.items()) {
            content.saveGraphicsState();
            draw(content, fonts, at, item, clip);
            content.restoreGraphicsState();
        }
        content.restoreGraphicsState();
        return new PDRectangle((float) left, (float) (top - h), (float) w, (float) h);
    }

    /** A one-page PDF of the scene, the page the scene's size (1 px = 1 pt). */
    public static byte[] pdf(Scene scene) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle size = new PDRectangle(scene.width(), scene.height());
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PdfFonts fonts = new PdfFonts(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                draw(content, fonts, scene, size);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Writes {@link #pdf} atomically (temporary file, then a move). */
    public static void writeSinglePage(Scene scene, Path target) throws IOException {
        byte[] bytes = pdf(scene);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /** Scene pixels to page points. */
    private record Placement(double left, double top, double scale) {
        float x(double sceneX) {
            return (float) (left + scale * sceneX);
        }

        float y(double sceneY) {
            return (float) (top - scale * sceneY);
        }

        float len(double sceneLength) {
            return (float) (scale * sceneLength);
        }
    }

    private static void draw(PDPageContentStream content, PdfFonts fonts, Placement at, Scene.Item item,
            double[] clip) throws IOException {
        if (item instanceof Scene.Polyline p) {
            clip(content, at, p.clipped() ? clip : null);
            stroke(content, p.color());
            content.setLineWidth(at.len(p.width()));
            content.setLineCapStyle(0);
            content.setLineJoinStyle(1);
            if (p.dash() != null) {
                float[] dash = new float[p.dash().length];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = at.len(p.dash()[i]);
                }
                content.setLineDashPattern(dash, 0);
            }
            content.moveTo(at.x(p.xs()[0]), at.y(p.ys()[0]));
            for (int i = 1; i < p.xs().length; i++) {
                content.lineTo(at.x(p.xs()[i]), at.y(p.ys()[i]));
            }
            content.stroke();
        } else if (item instanceof Scene.Circle c) {
            clip(content, at, c.clipped() ? clip : null);
            fill(content, c.fill());
            circle(content, at.x(c.cx()), at.y(c.cy()), at.len(c.r()));
            content.fill();
        } else if (item instanceof Scene.Rect r) {
            if (r.fill() != null) {
                fillRect(content, at, r.x(), r.y(), r.w(), r.h(), r.fill());
            }
            if (r.stroke() != null) {
                stroke(content, r.stroke());
                content.setLineWidth(at.len(1));
                content.addRect(at.x(r.x()), at.y(r.y() + r.h()), at.len(r.w()), at.len(r.h()));
                content.stroke();
            }
        } else if (item instanceof Scene.Text t) {
            text(content, fonts, at, t);
        }
    }

    private static void text(PDPageContentStream content, PdfFonts fonts, Placement at, Scene.Text t)
            throws IOException {
        double size = at.len(t.size());
        double width = fonts.width(t.text(), size, t.bold());
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        // scene rotation is clockwise on screen (y down); PDF angles turn counter-clockwise (y up)
        double angle = -Math.toRadians(t.rotation());
        double x = at.x(t.x()) + dx * Math.cos(angle);
        double y = at.y(t.y()) + dx * Math.sin(angle);
        fill(content, t.color());
        content.beginText();
        content.setTextMatrix(Matrix.getRotateInstance(angle, (float) x, (float) y));
        for (PdfFonts.Run run : fonts.runs(t.text(), t.bold())) {
            // the CJK font has no bold face: thicken its glyphs with a stroke of the text colour
            boolean fakeBold = t.bold() && run.font() == fonts.cjk();
            if (fakeBold) {
                stroke(content, t.color());
                content.setLineWidth((float) (size * 0.04));
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            content.setFont(run.font(), (float) size);
            content.showText(run.text());
            if (fakeBold) {
                content.setRenderingMode(RenderingMode.FILL);
            }
        }
        content.endText();
    }

    private static void clip(PDPageContentStream content, Placement at, double[] clip) throws IOException {
        if (clip != null) {
            content.addRect(at.x(clip[0]), at.y(clip[1] + clip[3]), at.len(clip[2]), at.len(clip[3]));
            content.clip();
        }
    }

    private static void fillRect(PDPageContentStream content, Placement at, double x, double y, double w, double h,
            Color colour) throws IOException {
        fill(content, colour);
        content.addRect(at.x(x), at.y(y + h), at.len(w), at.len(h));
        content.fill();
    }

    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = (float) (KAPPA * r);
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }

    private static void stroke(PDPageContentStream content, Color colour) throws IOException {
        content.setStrokingColor(opaque(colour));
        alpha(content, colour, true);
    }

    private static void fill(PDPageContentStream content, Color colour) throws IOException {
        content.setNonStrokingColor(opaque(colour));
        alpha(content, colour, false);
    }

    /** PDF colours have no alpha: a translucent colour sets the constant alpha of the graphics state. */
    private static void alpha(PDPageContentStream content, Color colour, boolean stroking) throws IOException {
        if (colour.getAlpha() != 255) {
            PDExtendedGraphicsState state = new PDExtendedGraphicsState();
            if (stroking) {
                state.setStrokingAlphaConstant(colour.getAlpha() / 255f);
            } else {
                state.setNonStrokingAlphaConstant(colour.getAlpha() / 255f);
            }
            content.setGraphicsStateParameters(state);
        }
    }

    private static Color opaque(Color c) {
        return c.getAlpha() == 255 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue());
    }
}
