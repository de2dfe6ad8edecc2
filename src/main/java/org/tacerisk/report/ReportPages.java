package org.tacerisk.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.tacerisk.report.figure.PdfFonts;
import org.tacerisk.report.figure.PdfRenderer;
import org.tacerisk.report.figure.Scene;

/**
 * A4 pages filled top to bottom: headings, wrapped text, tables, images and figures; a new page when the next block
 * does not fit. Every page gets the banner (the synthetic-demo label, in red, when there is one) and its number.
 * Text is real text in {@link PdfFonts}' embedded fonts, so it is searchable and extracts back (Chinese included).
 */
final class ReportPages implements AutoCloseable {

    static final float MARGIN = 42;
    static final float BODY = 9.5f;
    static final float LINE = 1.35f;
    private static final Color BANNER = new Color(190, 20, 20);
    private static final Color RULE = new Color(170, 170, 170);

    private final PDDocument document;
    private final PdfFonts fonts;
    private final String banner;
    private final ReportText text;
    private final PDRectangle size = PDRectangle.A4;
    private PDPageContentStream content;
    private int pages;
    private float y;

    ReportPages(PDDocument document, PdfFonts fonts, String banner, ReportText text) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.banner = banner == null ? "" : banner;
        this.text = text;
        newPage();
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void need(float height) throws IOException {
        if (y - height < MARGIN + 14) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    /** A section title kept on one page with the first {@code following} points of its section. */
    void heading(String title, float following) throws IOException {
        need(40 + following);
        space(6);
        line(MARGIN, title, 12.5f, true, Color.BLACK);
        y -= 3;
        content.setStrokingColor(RULE);
        content.setLineWidth(0.6f);
        content.moveTo(MARGIN, y);
        content.lineTo(size.getWidth() - MARGIN, y);
        content.stroke();
        y -= 4;
    }

    /** Text wrapped to the page width (at spaces, or anywhere in text without them, as Chinese). */
    void paragraph(String words, float fontSize, boolean bold, Color colour) throws IOException {
        for (String l : wrap(clean(words), width(), fontSize, bold)) {
            need(fontSize * LINE);
            line(MARGIN, l, fontSize, bold, colour);
        }
    }

    void paragraph(String words) throws IOException {
        paragraph(words, BODY, false, Color.BLACK);
    }

    /** Rows of cells in columns of the given widths (fractions of the page width); the first row bold as header. */
    void table(float[] fractions, List<String[]> rows) throws IOException {
        table(fractions, rows, true);
    }

    /** Rows of cells in columns; {@code withHeader}: the first row bold. */
    void table(float[] fractions, List<String[]> rows, boolean withHeader) throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            boolean header = withHeader && r == 0;
            String[] row = rows.get(r);
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < row.length; c++) {
                List<String> wrapped = wrap(clean(row[c]), fractions[c] * width() - 6, BODY, header);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            need(lines * BODY * LINE + 2);
            float top = y;
            float x = MARGIN;
            for (int c = 0; c < row.length; c++) {
                y = top;
                for (String l : cells.get(c)) {
                    line(x, l, BODY, header, Color.BLACK);
                }
                x += fractions[c] * width();
            }
            y = top - lines * BODY * LINE - 2;
        }
    }

    /** Images side by side, each {@code width} points wide, captions under them. */
    void images(List<PDImageXObject> images, List<String> captions, float each) throws IOException {
        float height = 0;
        for (PDImageXObject image : images) {
            height = Math.max(height, each * image.getHeight() / image.getWidth());
        }
        need(height + BODY * LINE + 4);
        float x = MARGIN;
        for (int i = 0; i < images.size(); i++) {
            PDImageXObject image = images.get(i);
            float h = each * image.getHeight() / image.getWidth();
            content.drawImage(image, x, y - h, each, h);
            float keep = y;
            y -= height + 2;
            line(x, captions.get(i), BODY, false, Color.BLACK);
            y = keep;
            x += each + 8;
        }
        y -= height + 2 + BODY * LINE + 4;
    }

    /** A vector figure, the page width wide at most and {@code maxHeight} high. */
    void figure(Scene scene, float maxHeight) throws IOException {
        float h = Math.min(maxHeight, width() * scene.height() / scene.width());
        need(h + 4);
        PDRectangle placed = PdfRenderer.draw(content, fonts, scene, new PDRectangle(MARGIN, y - h, width(), h));
        y = placed.getLowerLeftY() - 4;
    }

    /** Two vector figures side by side, each half the width. */
    void figures(Scene left, Scene right, float maxHeight) throws IOException {
        float half = (width() - 10) / 2;
        float h = Math.min(maxHeight, half * Math.max(ratio(left), ratio(right)));
        need(h + 4);
        PdfRenderer.draw(content, fonts, left, new PDRectangle(MARGIN, y - h, half, h));
        PdfRenderer.draw(content, fonts, right, new PDRectangle(MARGIN + half + 10, y - h, half, h));
        y -= h + 4;
    }

    private static float ratio(Scene s) {
        return (float) s.height() / s.width();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages++;
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
        if (!banner.isEmpty()) {
            line(MARGIN, banner, 11, true, BANNER);
            y -= 4;
        }
        float keep = y;
        y = MARGIN - 4;
        String number = text.get("page.number", pages);
        line(size.getWidth() - MARGIN - (float) fonts.width(number, 8, false), number, 8, false, Color.GRAY);
        y = keep;
    }

    /** One line of text at x; the cursor moves down by a line. */
    private void line(float x, String words, float fontSize, boolean bold, Color colour) throws IOException {
        y -= fontSize * LINE;
        if (words.isEmpty()) {
            return;
        }
        content.setNonStrokingColor(colour);
        content.beginText();
        content.newLineAtOffset(x, y + fontSize * (LINE - 1));
        for (PdfFonts.Run run : fonts.runs(words, bold)) {
            content.setFont(run.font(), fontSize);
            content.showText(run.text());
        }
        content.endText();
    }

    private static String clean(String words) {
        return words == null ? "" : words.replaceAll("\\s+", " ").strip();
    }

    /** Greedy wrapping: break at the last space that fits, else before the character that does not fit. */
    List<String> wrap(String words, double maxWidth, float fontSize, boolean bold) {
        List<String> lines = new ArrayList<>();
        String rest = words;
        while (!rest.isEmpty()) {
            if (fonts.width(rest, fontSize, bold) <= maxWidth) {
                lines.add(rest);
                break;
            }
            int end = 1;
            while (end < rest.length() && fonts.width(rest.substring(0, end + 1), fontSize, bold) <= maxWidth) {
                end++;
            }
            int space = rest.lastIndexOf(' ', end);
            int cut = space > 0 ? space : end;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }
}
