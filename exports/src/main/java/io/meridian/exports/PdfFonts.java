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

    static float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.55f;
        }
    }
}
