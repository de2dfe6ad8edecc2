package org.tacerisk.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.tacerisk.common.AtomicFiles;
import org.tacerisk.report.figure.PdfFonts;
import org.tacerisk.report.figure.PdfRenderer;

/**
 * {@code report.pdf}: the report's Markdown lines as plain text on A4 pages (headings bold, table rows with their
 * cells separated by " | ", image lines left out), then one page per figure, drawn as vectors by the figures'
 * {@link PdfRenderer} with the embedded fonts of the tumour-board report.
 */
final class ValidationPdf {

    private static final float MARGIN = 50;
    private static final float SIZE = 9;
    private static final float HEADING = 13;
    private static final float LEADING = 1.35f;

    private ValidationPdf() {
    }

    static void write(Path target, List<String> markdown, List<ValidationFigures.Figure> figures) throws IOException {
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            new TextPages(doc, fonts).write(markdown);
            for (ValidationFigures.Figure f : figures) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    PDRectangle a4 = PDRectangle.A4;
                    PdfRenderer.draw(content, fonts, f.scene(), new PDRectangle(MARGIN, MARGIN,
                            a4.getWidth() - 2 * MARGIN, a4.getHeight() - 2 * MARGIN));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        AtomicFiles.write(target, out -> out.write(bytes));
    }

    /** The text flow: a new page when the next line does not fit. */
    private static final class TextPages {
        private final PDDocument doc;
        private final PdfFonts fonts;
        private PDPageContentStream content;
        private float y;

        TextPages(PDDocument doc, PdfFonts fonts) {
            this.doc = doc;
            this.fonts = fonts;
        }

        void write(List<String> markdown) throws IOException {
            try {
                for (String raw : markdown) {
                    if (raw.startsWith("![") || raw.matches("\\|[-|]+\\|")) {
                        continue;
                    }
                    boolean heading = raw.startsWith("#");
                    String text = heading ? raw.replaceFirst("^#+\\s*", "") : raw.replace("**", "").replace("`", "");
                    if (text.startsWith("|")) {
                        text = text.substring(1, text.length() - (text.endsWith("|") ? 1 : 0)).strip()
                                .replace(" |", "  |");
                    }
                    float size = heading ? HEADING : SIZE;
                    for (String line : wrap(text, size, heading)) {
                        line(line, size, heading);
                    }
                }
            } finally {
                if (content != null) {
                    content.close();
                }
            }
        }

        private void line(String text, float size, boolean bold) throws IOException {
            if (content == null || y - size * LEADING < MARGIN) {
                if (content != null) {
                    content.close();
                }
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                content = new PDPageContentStream(doc, page);
                y = PDRectangle.A4.getHeight() - MARGIN;
            }
            y -= size * LEADING;
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.newLineAtOffset(MARGIN, y);
            for (PdfFonts.Run run : fonts.runs(text, bold)) {
                content.setFont(run.font(), size);
                content.showText(run.text());
            }
            content.endText();
        }

        /** Greedy wrapping at spaces within the text width; a word wider than a line stands alone. */
        private List<String> wrap(String text, float size, boolean bold) {
            double width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && fonts.width(candidate, size, bold) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
