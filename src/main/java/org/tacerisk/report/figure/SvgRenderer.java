package org.tacerisk.report.figure;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.tacerisk.common.AtomicFiles;

/**
 * Writes a {@link Scene} as SVG 1.1 text. Coordinates are rounded to 2 decimals (half-up, no exponent), so the output
 * is stable; text is XML-escaped and characters XML 1.0 forbids are dropped.
 */
public final class SvgRenderer {

    private static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private SvgRenderer() {
    }

    public static String svg(Scene scene) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(scene.width())
                .append("\" height=\"").append(scene.height()).append("\" viewBox=\"0 0 ").append(scene.width())
                .append(' ').append(scene.height()).append("\">\n");
        double[] c = scene.clip();
        if (c != null) {
            sb.append("<defs><clipPath id=\"plotarea\"><rect x=\"").append(num(c[0])).append("\" y=\"")
                    .append(num(c[1])).append("\" width=\"").append(num(c[2])).append("\" height=\"")
                    .append(num(c[3])).append("\"/></clipPath></defs>\n");
        }
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(scene.width()).append("\" height=\"")
                .append(scene.height()).append("\" fill=\"#ffffff\"/>\n");
        for (Scene.Item item : scene.items()) {
            append(sb, item, c != null);
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    public static void write(Scene scene, Path target) throws IOException {
        AtomicFiles.writeString(target, svg(scene));
    }

    private static void append(StringBuilder sb, Scene.Item item, boolean hasClip) {
        if (item instanceof Scene.Polyline p) {
            sb.append("<polyline points=\"");
            for (int i = 0; i < p.xs().length; i++) {
                sb.append(i == 0 ? "" : " ").append(num(p.xs()[i])).append(',').append(num(p.ys()[i]));
            }
            sb.append("\" fill=\"none\" stroke=\"").append(hex(p.color())).append('"').append(opacity(p.color(),
                    "stroke-opacity")).append(" stroke-width=\"").append(num(p.width())).append('"');
            if (p.dash() != null) {
                sb.append(" stroke-dasharray=\"");
                for (int i = 0; i < p.dash().length; i++) {
                    sb.append(i == 0 ? "" : ",").append(num(p.dash()[i]));
                }
                sb.append('"');
            }
            sb.append(" stroke-linejoin=\"round\"");
            clip(sb, p.clipped() && hasClip).append("/>\n");
        } else if (item instanceof Scene.Circle c) {
            sb.append("<circle cx=\"").append(num(c.cx())).append("\" cy=\"").append(num(c.cy())).append("\" r=\"")
                    .append(num(c.r())).append("\" fill=\"").append(hex(c.fill())).append('"')
                    .append(opacity(c.fill(), "fill-opacity"));
            clip(sb, c.clipped() && hasClip).append("/>\n");
        } else if (item instanceof Scene.Rect r) {
            sb.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"")
                    .append(num(r.w())).append("\" height=\"").append(num(r.h())).append("\" fill=\"")
                    .append(r.fill() == null ? "none" : hex(r.fill())).append('"')
                    .append(r.fill() == null ? "" : opacity(r.fill(), "fill-opacity"));
            if (r.stroke() != null) {
                sb.append(" stroke=\"").append(hex(r.stroke())).append("\" stroke-width=\"1\"");
            }
            sb.append("/>\n");
        } else if (item instanceof Scene.Text t) {
            sb.append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y()))
                    .append("\" font-family=\"").append(FONT).append("\" font-size=\"").append(num(t.size()))
                    .append('"');
            if (t.bold()) {
                sb.append(" font-weight=\"bold\"");
            }
            String anchor = switch (t.anchor()) {
                case START -> "start";
                case MIDDLE -> "middle";
                case END -> "end";
            };
            sb.append(" text-anchor=\"").append(anchor).append("\" fill=\"").append(hex(t.color())).append('"');
            if (t.rotation() != 0) {
                sb.append(" transform=\"rotate(").append(num(t.rotation())).append(' ').append(num(t.x()))
                        .append(' ').append(num(t.y())).append(")\"");
            }
            sb.append('>').append(escape(t.text())).append("</text>\n");
        }
    }

    private static StringBuilder clip(StringBuilder sb, boolean clipped) {
        return clipped ? sb.append(" clip-path=\"url(#plotarea)\"") : sb;
    }

    /** Fixed rounding: 2 decimals half-up, trailing zeros dropped, never an exponent, never "-0". */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("non-finite coordinate " + v);
        }
        String s = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String opacity(Color c, String attribute) {
        return c.getAlpha() == 255 ? "" : " " + attribute + "=\"" + num(c.getAlpha() / 255.0) + "\"";
    }

    /** XML text escaping; drops characters that XML 1.0 does not allow. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (allowed) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
