import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Renders icons/tacerisk.svg into the application's icon set, with nothing but the JDK:
 * PNGs at 16, 24, 32, 48, 64, 128, 256 and 512 px (src/main/resources/org/tacerisk/app/icons/, used by the window and
 * copied into installations), icons/tacerisk.ico (Windows: 16-256 px as PNG entries) and icons/tacerisk.icns (macOS:
 * 16-512 px as PNG entries). It reads only the SVG subset the icon uses: rect (with rx), circle, and paths of
 * absolute M, L, C and Z, each with fill and/or stroke. The output is the same bytes on every run.
 *
 * Run from the repository root: java icons/IconSet.java
 */
public final class IconSet {

    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    static final Pattern ELEMENT = Pattern.compile("<(rect|circle|path)\\s([^>]*?)/>");
    static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");

    record Element(Shape shape, Color fill, Color stroke, float strokeWidth) {
    }

    public static void main(String[] args) throws IOException {
        Path svg = Path.of("icons/tacerisk.svg");
        Path pngs = Files.createDirectories(Path.of("src/main/resources/org/tacerisk/app/icons"));
        List<Element> elements = parse(Files.readString(svg));
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : SIZES) {
            png.put(size, encode(render(elements, size)));
            Files.write(pngs.resolve("tacerisk-" + size + ".png"), png.get(size));
        }
        Files.write(Path.of("icons/tacerisk.ico"), ico(png));
        Files.write(Path.of("icons/tacerisk.icns"), icns(png));
    }

    static List<Element> parse(String svg) {
        List<Element> out = new ArrayList<>();
        Matcher m = ELEMENT.matcher(svg);
        while (m.find()) {
            Map<String, String> a = new LinkedHashMap<>();
            Matcher am = ATTRIBUTE.matcher(m.group(2));
            while (am.find()) {
                a.put(am.group(1), am.group(2));
            }
            Shape shape = switch (m.group(1)) {
                case "rect" -> new RoundRectangle2D.Double(num(a, "x"), num(a, "y"), num(a, "width"),
                        num(a, "height"), 2 * num(a, "rx"), 2 * num(a, "rx"));
                case "circle" -> new Ellipse2D.Double(num(a, "cx") - num(a, "r"), num(a, "cy") - num(a, "r"),
                        2 * num(a, "r"), 2 * num(a, "r"));
                default -> path(a.get("d"));
            };
            out.add(new Element(shape, color(a.get("fill")), color(a.get("stroke")),
                    (float) (a.containsKey("stroke-width") ? num(a, "stroke-width") : 1)));
        }
        return out;
    }

    static Path2D path(String d) {
        Path2D.Double p = new Path2D.Double();
        String[] t = d.trim().split("[\\s,]+");
        int i = 0;
        while (i < t.length) {
            switch (t[i++]) {
                case "M" -> p.moveTo(Double.parseDouble(t[i++]), Double.parseDouble(t[i++]));
                case "L" -> p.lineTo(Double.parseDouble(t[i++]), Double.parseDouble(t[i++]));
                case "C" -> p.curveTo(Double.parseDouble(t[i++]), Double.parseDouble(t[i++]),
                        Double.parseDouble(t[i++]), Double.parseDouble(t[i++]), Double.parseDouble(t[i++]),
                        Double.parseDouble(t[i++]));
                case "Z" -> p.closePath();
                default -> throw new IllegalArgumentException("path command not supported: " + t[i - 1]);
            }
        }
        return p;
    }

    static double num(Map<String, String> a, String name) {
        return Double.parseDouble(a.getOrDefault(name, "0"));
    }

    static Color color(String value) {
        return value == null || value.equals("none") ? null : Color.decode(value);
    }

    static BufferedImage render(List<Element> elements, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.transform(AffineTransform.getScaleInstance(size / 512.0, size / 512.0));
        for (Element e : elements) {
            if (e.fill() != null) {
                g.setColor(e.fill());
                g.fill(e.shape());
            }
            if (e.stroke() != null) {
                g.setColor(e.stroke());
                g.setStroke(new BasicStroke(e.strokeWidth()));
                g.draw(e.shape());
            }
        }
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG entries (Windows Vista and later), 16-256 px; a width/height byte of 0 means 256. */
    static byte[] ico(Map<Integer, byte[]> png) throws IOException {
        List<Integer> sizes = png.keySet().stream().filter(s -> s <= 256).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(sizes.size());
        int offset = 6 + 16 * sizes.size();
        for (int s : sizes) {
            bytes.write(s == 256 ? 0 : s);
            bytes.write(s == 256 ? 0 : s);
            bytes.write(0);
            bytes.write(0);
            out.short16(1);
            out.short16(32);
            out.int32(png.get(s).length);
            out.int32(offset);
            offset += png.get(s).length;
        }
        for (int s : sizes) {
            bytes.write(png.get(s));
        }
        return bytes.toByteArray();
    }

    /** ICNS with PNG entries: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512 px (big-endian lengths). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            out.writeBytes(e.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        header.write(body.toByteArray());
        return file.toByteArray();
    }

    record LittleEndian(ByteArrayOutputStream out) {
        void short16(int v) {
            out.write(v & 0xff);
            out.write((v >> 8) & 0xff);
        }

        void int32(int v) {
            short16(v & 0xffff);
            short16((v >>> 16) & 0xffff);
        }
    }
}
