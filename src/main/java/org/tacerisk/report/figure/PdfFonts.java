package org.tacerisk.report.figure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded fonts of one PDF document: DejaVu Sans (regular, bold) for Latin and Greek text, Droid Sans Fallback
 * for CJK. Each is loaded from the bundled resources ({@code org/tacerisk/report/fonts}, licences beside them) the
 * first time a text needs it and embedded as a subset, so an English PDF carries no CJK font at all. Text is split
 * into runs per glyph: DejaVu where it has the glyph, else the CJK font, else a "?" (never a missing-glyph box).
 * One instance per {@link PDDocument}; not thread-safe, like the document.
 */
public final class PdfFonts {

    /** A piece of text drawn in one font. */
    public record Run(PDFont font, String text) {
    }

    static final String RESOURCES = "/org/tacerisk/report/fonts/";
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    static final String CJK = "DroidSansFallbackFull.ttf";

    private final PDDocument document;
    private PDType0Font regular;
    private PDType0Font bold;
    private PDType0Font cjk;
    private final Map<PDFont, CmapLookup> cmaps = new IdentityHashMap<>();

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    public PDFont regular() {
        if (regular == null) {
            regular = load(REGULAR);
        }
        return regular;
    }

    public PDFont bold() {
        if (bold == null) {
            bold = load(BOLD);
        }
        return bold;
    }

    public PDFont cjk() {
        if (cjk == null) {
            cjk = load(CJK);
        }
        return cjk;
    }

    /** The text as runs of one font each, in order; {@code bold} picks DejaVu Sans Bold for the Latin glyphs. */
    public List<Run> runs(String text, boolean bold) {
        PDType0Font latin = (PDType0Font) (bold ? bold() : regular());
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            PDFont font = latin;
            if (!covers(latin, cp)) {
                if (covers((PDType0Font) cjk(), cp)) {
                    font = cjk;
                } else {
                    cp = '?';
                }
            }
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    /** Advance width of the text at {@code size} points, as drawn by {@link #runs}. */
    public double width(String text, double size, boolean bold) {
        double units = 0;
        try {
            for (Run run : runs(text, bold)) {
                units += run.font().getStringWidth(run.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units / 1000.0 * size;
    }

    /** Whether the font maps the code point to a real glyph (not .notdef); control characters never are. */
    private boolean covers(PDType0Font font, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        CmapLookup cmap = cmaps.computeIfAbsent(font, f -> {
            try {
                return ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return cmap != null && cmap.getGlyphId(codePoint) > 0;
    }

    private PDType0Font load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the build: " + RESOURCES + name);
            }
            // embedSubset: only the glyphs used go into the file (the CJK font is 4 MB whole)
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled font " + name, e);
        }
    }
}
