package io.meridian.exports;

import java.io.IOException;
import java.io.InputStream;
import java.text.Bidi;
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

    /**
     * One line in the order its glyphs are drawn left to right: PDFBox draws characters in the order given, so a
     * right-to-left run (Hebrew, Arabic) is reversed here (Unicode bidi algorithm, java.text.Bidi) or it would
     * read backwards. Arabic letters are not joined (PDFBox does not shape); they show in their isolated forms.
     */
    static String visualOrder(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = levels[i] % 2 == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    /** Reversed by code point, combining marks kept after their base letter. */
    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int end = run.length();
        while (end > 0) {
            int start = end;
            do {
                start = run.offsetByCodePoints(start, -1);
            } while (start > 0 && Character.getType(run.codePointAt(start)) == Character.NON_SPACING_MARK);
            out.append(run, start, end);
            end = start;
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
