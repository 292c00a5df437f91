package io.meridian.exports;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded as subsets: the PDF looks the same on every reader and carries the
 * arrows, minus signs and Greek letters the figures use. The TTFs ship in this module (Bitstream Vera licence,
 * see fonts/LICENSE.txt), so a fresh machine with only a JDK builds the same report.
 */
final class PdfFonts {
    private static final String DIR = "/io/meridian/exports/fonts/";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Character, Boolean> known = new HashMap<>();

    PdfFonts(PDDocument doc) throws IOException {
        regular = load(doc, "DejaVuSans.ttf");
        bold = load(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDType0Font load(PDDocument doc, String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("font resource missing: " + DIR + name);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The text with characters the font lacks replaced by '?', and control characters by spaces. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (Character.isSurrogate(c) || !known.computeIfAbsent(c, this::hasGlyph)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private boolean hasGlyph(char c) {
        try {
            // encode throws for a character the font cannot show; both faces must have it.
            regular.encode(String.valueOf(c));
            bold.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private final Map<PDType0Font, float[]> advances = new HashMap<>();

    /**
     * Width of printable text in points. PDFBox does not kern, so the width is the sum of the glyph advances; they are
     * cached per character because measuring through the font's CMap dominates the layout of large tables.
     */
    float width(PDType0Font font, float size, String text) {
        float[] cache = advances.computeIfAbsent(font, f -> new float[Character.MAX_VALUE + 1]);
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = cache[c];
            if (w == 0) {
                w = advance(font, c);
                cache[c] = w;
            }
            units += w;
        }
        return units / 1000f * size;
    }

    private static float advance(PDType0Font font, char c) {
        try {
            return Math.max(1e-3f, font.getStringWidth(String.valueOf(c)));
        } catch (IOException | IllegalArgumentException e) {
            return 550;
        }
    }
}
