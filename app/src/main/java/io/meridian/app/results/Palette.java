package io.meridian.app.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The theme's colours for drawing on a canvas, which CSS cannot reach: one hidden Text per role styled with the
 * theme's looked-up colour (results.css, ".palette-fg-muted { -fx-fill: -color-fg-muted; }"), read back after
 * CSS. A theme switch restyles the probes, and the owner redraws.
 */
final class Palette {
    static final List<String> ROLES = List.of("fg-default", "fg-muted", "fg-subtle", "fg-emphasis", "border-default",
            "accent-subtle", "accent-emphasis", "danger-emphasis", "danger-fg", "warning-subtle", "warning-fg",
            "success-fg");
    /** Primer Light's values, until CSS has run (and for a role the stylesheet does not know). */
    private static final Color FALLBACK = Color.web("#57606a");

    private final Map<String, Text> probes = new LinkedHashMap<>();

    Palette() {
        for (String role : ROLES) {
            Text t = new Text("M");
            t.getStyleClass().addAll("palette-probe", "palette-" + role);
            t.setManaged(false);
            t.setVisible(false);
            probes.put(role, t);
        }
    }

    List<Node> probes() {
        return List.copyOf(probes.values());
    }

    /** Runs the action whenever CSS changes a colour or the font. */
    void onChange(Runnable action) {
        for (Text t : probes.values()) {
            t.fillProperty().addListener((obs, old, now) -> action.run());
        }
        probes.get("fg-default").fontProperty().addListener((obs, old, now) -> action.run());
    }

    Color colour(String role) {
        Text t = role == null ? null : probes.get(role);
        Paint p = t == null ? null : t.getFill();
        return p instanceof Color c ? c : FALLBACK;
    }

    /** The font the theme gives text here. */
    Font font() {
        return probes.get("fg-default").getFont();
    }
}
