package io.meridian.app.results;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Fonts and text widths for a {@link CanvasGrid}: widths are cached by style and text (a heat map repeats its few
 * hundred numbers, and measuring is the cost) and forgotten when the theme's font changes.
 */
final class GridText {
    private final Supplier<Font> baseFont;
    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();

    GridText(Supplier<Font> baseFont) {
        this.baseFont = baseFont;
    }

    /** Forget every measured width (the font changed). */
    void clear() {
        widths.clear();
    }

    Font font(CanvasGrid.Style style) {
        Font f = baseFont.get();
        return switch (style) {
            case PLAIN -> f;
            case BOLD -> Font.font(f.getFamily(), FontWeight.BOLD, f.getSize());
            case ITALIC -> Font.font(f.getFamily(), FontPosture.ITALIC, f.getSize());
        };
    }

    double width(String text, CanvasGrid.Style style) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return widths.computeIfAbsent(style.ordinal() + text, k -> {
            measure.setFont(font(style));
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }

    /** The text, or its longest prefix that fits {@code room} with an ellipsis. */
    String elide(String text, double room, CanvasGrid.Style style) {
        if (width(text, style) <= room) {
            return text;
        }
        // By bisection: a few measurements, not one per character.
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int mid = (fits + tooLong) / 2;
            if (width(text.substring(0, mid) + "…", style) <= room) {
                fits = mid;
            } else {
                tooLong = mid;
            }
        }
        return text.substring(0, Math.max(1, fits)) + "…";
    }
}
