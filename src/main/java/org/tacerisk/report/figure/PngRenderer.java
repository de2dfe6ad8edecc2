package org.tacerisk.report.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.tacerisk.common.AtomicFiles;

/**
 * Draws a {@link Scene} with Graphics2D (antialiased, headless-safe) and encodes it as PNG; same scene, same bytes.
 * A scene's unit is the PDF point (1/72 inch, as {@link PdfRenderer} places it), so a PNG at {@code dpi} is the
 * scene drawn {@code dpi / 72} times larger, with the resolution stated in its pHYs chunk.
 */
public final class PngRenderer {

    private static final String FONT = Font.SANS_SERIF;

    private PngRenderer() {
    }

    /** The resolution of a scene drawn one pixel per scene unit. */
    public static final int SCENE_DPI = 72;

    public static BufferedImage image(Scene scene) {
        return image(scene, 1);
    }

    /** The scene drawn {@code scale} times larger (an image of the scene's size × scale, rounded). */
    public static BufferedImage image(Scene scene, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be positive, not " + scale);
        }
        int w = (int) Math.round(scene.width() * scale);
        int h = (int) Math.round(scene.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, scene.width(), scene.height());
            double[] c = scene.clip();
            Shape clip = c == null ? null : new Rectangle2D.Double(c[0], c[1], c[2], c[3]);
            for (Scene.Item item : scene.items()) {
                draw(g, item, clip);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    public static byte[] png(Scene scene) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image(scene), "png", out)) {
                throw new IllegalStateException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static void write(Scene scene, Path target) throws IOException {
        byte[] bytes = png(scene);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /** The scene as PNG at {@code dpi} (scene size × dpi / 72 pixels), the resolution written in the pHYs chunk. */
    public static byte[] png(Scene scene, int dpi) {
        if (dpi < 1) {
            throw new IllegalArgumentException("dpi must be positive, not " + dpi);
        }
        BufferedImage img = image(scene, dpi / (double) SCENE_DPI);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img),
                    param);
            metadata.mergeTree("javax_imageio_png_1.0", physicalSize(dpi));
            writer.setOutput(stream);
            writer.write(null, new IIOImage(img, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Writes {@link #png(Scene, int)} to {@code target}, atomically. */
    public static void write(Scene scene, Path target, int dpi) throws IOException {
        byte[] bytes = png(scene, dpi);
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /** PNG's pHYs: pixels per metre (an inch is 0.0254 m), rounded as PNG stores an integer. */
    private static IIOMetadataNode physicalSize(int dpi) {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        return root;
    }

    private static void draw(Graphics2D g, Scene.Item item, Shape clip) {
        if (item instanceof Scene.Polyline p) {
            g.setClip(p.clipped() ? clip : null);
            g.setColor(p.color());
            g.setStroke(new BasicStroke((float) p.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    p.dash(), 0f));
            Path2D.Double path = new Path2D.Double();
            path.moveTo(p.xs()[0], p.ys()[0]);
            for (int i = 1; i < p.xs().length; i++) {
                path.lineTo(p.xs()[i], p.ys()[i]);
            }
            g.draw(path);
        } else if (item instanceof Scene.Circle c) {
            g.setClip(c.clipped() ? clip : null);
            g.setColor(c.fill());
            g.fill(new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r()));
        } else if (item instanceof Scene.Rect r) {
            g.setClip(null);
            Rectangle2D.Double rect = new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
            if (r.fill() != null) {
                g.setColor(r.fill());
                g.fill(rect);
            }
            if (r.stroke() != null) {
                g.setColor(r.stroke());
                g.setStroke(new BasicStroke(1f));
                g.draw(rect);
            }
        } else if (item instanceof Scene.Text t) {
            g.setClip(null);
            Font font = new Font(FONT, t.bold() ? Font.BOLD : Font.PLAIN, 12).deriveFont((float) t.size());
            g.setFont(font);
            g.setColor(t.color());
            FontMetrics fm = g.getFontMetrics();
            double w = fm.getStringBounds(t.text(), g).getWidth();
            double dx = switch (t.anchor()) {
                case START -> 0;
                case MIDDLE -> -w / 2;
                case END -> -w;
            };
            AffineTransform saved = g.getTransform();
            g.translate(t.x(), t.y());
            if (t.rotation() != 0) {
                g.rotate(Math.toRadians(t.rotation()));
            }
            g.drawString(t.text(), (float) dx, 0f);
            g.setTransform(saved);
        }
    }
}
