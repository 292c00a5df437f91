package io.meridian.app.canvas;

import io.meridian.app.whatif.WhatIf;
import io.meridian.model.GlobalRouting;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The canvas's context menus: the what-if failures on a region, delete, and the map's own commands. */
final class CanvasMenus {
    private CanvasMenus() {
    }

    /** {@code cardPinned}: the element is a region whose card the user dragged aside. */
    static ContextMenu forElement(Topology t, String id, boolean cardPinned, WhatIf.Outcome whatIf, CanvasEditor editor,
                                  Runnable fit, java.util.function.Consumer<String> select) {
        ContextMenu menu = new ContextMenu();
        Optional<Region> region = id == null ? Optional.empty() : t.region(id);
        if (region.isPresent()) {
            Region r = region.get();
            String provider = ProviderStyle.label(r.provider());
            if (whatIf.failed().contains(r.id())) {
                menu.getItems().add(item("Restore " + r.name(), "region-restore", () -> editor.restoreRegion(r.id())));
            } else {
                menu.getItems().add(item("Fail " + r.name(), "region-fail", () -> editor.failRegion(r.id())));
            }
            menu.getItems().add(item("Fail every " + provider + " region", "provider-fail",
                    () -> editor.failProvider(r.provider())));
            if (cardPinned) {
                menu.getItems().add(item("Place card automatically", "card-auto", () -> editor.moveCard(r.id(), null)));
            }
        }
        if (whatIf.active()) {
            menu.getItems().add(item("Clear failures", "clear-failures", editor::clearFailures));
        }
        if (id != null) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item("Delete", "delete", editor::delete));
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item("Zoom to fit", "zoom-fit", fit));
        if (!t.zones().isEmpty()) {
            // Every residency zone by name, to select (and then edit or delete) even one whose label is hidden.
            javafx.scene.control.Menu zones = new javafx.scene.control.Menu("Residency zones");
            zones.setId("menu-zones");
            t.zones().forEach(z -> zones.getItems().add(item(z.name(), "zone-" + z.id(), () -> select.accept(z.id()))));
            menu.getItems().add(zones);
        }
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** "Latency DNS · TTL 60 s · detects in 30 s". */
    static String describe(GlobalRouting r) {
        String kind = switch (r.kind()) {
            case GEO_DNS -> "GeoDNS";
            case LATENCY_DNS -> "Latency DNS";
            case WEIGHTED_DNS -> "Weighted DNS";
            case ANYCAST -> "Anycast";
        };
        if (!r.kind().isDns()) {
            return "⇄ " + kind + " · converges in " + io.meridian.model.Quantities.duration(r.convergenceSeconds());
        }
        return "⇄ " + kind + " · TTL " + io.meridian.model.Quantities.duration(r.dnsTtlSeconds()) + " · detects in "
                + io.meridian.model.Quantities.duration(r.detectionSeconds());
    }
}
