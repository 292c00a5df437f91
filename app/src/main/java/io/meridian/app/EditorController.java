package io.meridian.app;

import io.meridian.app.canvas.CanvasEditor;
import io.meridian.app.dialogs.RegionPicker;
import io.meridian.app.edit.DesignEdits;
import io.meridian.app.edit.ElementKind;
import io.meridian.catalog.CatalogEntry;
import io.meridian.catalog.RegionCatalog;
import io.meridian.model.Component;
import io.meridian.model.GeoPoint;
import io.meridian.model.Link;
import io.meridian.model.Population;
import io.meridian.model.Provider;
import io.meridian.model.Region;
import io.meridian.model.ResidencyZone;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Turns the canvas's gestures into edits of the design, each one undoable step, and selects what it made.
 * Asks the user only where the gesture cannot say enough: which catalogue region to add.
 */
final class EditorController implements CanvasEditor {
    private final MainViewModel model;
    private final Supplier<Window> owner;
    private RegionCatalog catalog;
    /** Replaces the region picker (tests); given the drop point, returns the choice. */
    private RegionChooser chooser = this::pickRegion;

    interface RegionChooser {
        Optional<RegionPicker.Choice> choose(GeoPoint near);
    }

    EditorController(MainViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    void setRegionChooser(RegionChooser value) {
        chooser = value;
    }

    private Topology topology() {
        return model.getDesign().topology();
    }

    @Override
    public void place(ElementKind kind, GeoPoint at, String regionId) {
        if (kind == ElementKind.REGION) {
            chooser.choose(at).ifPresent(this::addRegion);
            return;
        }
        String region = regionId != null ? regionId : selectedRegion().orElse(null);
        if (kind.needsRegion() && region == null) {
            model.say("Drop a " + kind.label().toLowerCase() + " on a region (its marker or card)");
            return;
        }
        switch (kind) {
            case POPULATION -> {
                Population p = DesignEdits.newPopulation(topology(), at);
                if (model.edit("Add users", d -> d.withTopology(d.topology().withPopulation(p)))) {
                    model.selection().select(p.id());
                }
            }
            case ZONE -> {
                List<String> regions = new ArrayList<>(model.selection().ids().stream()
                        .filter(id -> topology().region(id).isPresent()).toList());
                if (!regions.contains(region)) {
                    regions.add(0, region);
                }
                ResidencyZone z = DesignEdits.newZone(topology(), regions);
                if (model.edit("Add residency zone", d -> d.withTopology(d.topology().withZone(z)))) {
                    model.selection().select(z.id());
                }
            }
            case ROUTING -> {
                if (topology().routing() == null) {
                    model.edit("Add global routing", d -> d.withTopology(d.topology().withRouting(DesignEdits.newRouting())));
                }
                model.selection().select(DesignEdits.ROUTING_ID);
            }
            default -> {
                Component c = DesignEdits.newComponent(topology(), kind.component(), region);
                if (model.edit("Add " + kind.label().toLowerCase(), d -> DesignEdits.addComponent(d, c))) {
                    model.selection().select(c.id());
                }
            }
        }
    }

    /** The region a keyboard "add" goes into: the selected region, or the selected component's region. */
    Optional<String> selectedRegion() {
        String id = model.selection().primary();
        if (id == null) {
            return Optional.empty();
        }
        Topology t = topology();
        return t.region(id).map(Region::id).or(() -> t.component(id).map(Component::regionId));
    }

    private void addRegion(RegionPicker.Choice choice) {
        Topology t = topology();
        Region r;
        if (choice.entry() != null) {
            CatalogEntry e = choice.entry();
            r = e.toRegion(DesignEdits.freshId(t, e.code()));
        } else {
            r = new Region(DesignEdits.freshId(t, "dc"), null, "Data centre", Provider.ONPREM, choice.customAt(),
                    "", 0.999, 4, 0);
        }
        if (model.edit("Add region " + r.name(), d -> DesignEdits.addRegion(d, r))) {
            model.selection().select(r.id());
        }
    }

    private Optional<RegionPicker.Choice> pickRegion(GeoPoint near) {
        if (catalog == null) {
            try {
                catalog = RegionCatalog.forUser();
            } catch (RuntimeException e) {
                model.say("Your region catalogue has a problem (" + e.getMessage() + "); using the built-in one");
                catalog = RegionCatalog.builtin();
            }
        }
        return RegionPicker.show(owner.get(), catalog, near);
    }

    @Override
    public void link(String fromComponentId, String toComponentId) {
        Link[] made = new Link[1];
        boolean ok = model.edit("Link", d -> {
            made[0] = DesignEdits.newLink(d.topology(), fromComponentId, toComponentId);
            return DesignEdits.addLink(d, made[0]);
        });
        if (ok) {
            model.selection().select(made[0].id());
            model.say("Linked " + fromComponentId + " → " + toComponentId + " (" + made[0].kind().id() + ")");
        }
    }

    @Override
    public void move(Collection<String> ids, double dLat, double dLon) {
        String what = ids.size() == 1 ? "Move " + model.describe(ids.iterator().next()) : "Move " + ids.size() + " elements";
        model.edit(what, d -> DesignEdits.move(d, ids, dLat, dLon));
    }

    @Override
    public void moveCard(String regionId, io.meridian.model.Layout.CardOffset offset) {
        String name = topology().region(regionId).map(io.meridian.model.Region::name).orElse(regionId);
        model.edit(offset == null ? "Place " + name + "'s card automatically" : "Move " + name + "'s card",
                d -> d.withLayout(d.layout().withCard(regionId, offset)));
    }

    @Override
    public void moveComponent(String componentId, String regionId) {
        Optional<Component> c = topology().component(componentId);
        if (c.isEmpty() || c.get().regionId().equals(regionId)) {
            return;
        }
        model.edit("Move " + c.get().name() + " to " + regionId, d -> DesignEdits.moveComponent(d, componentId, regionId));
    }

    @Override
    public void failRegion(String regionId) {
        model.whatIf().failRegion(regionId);
    }

    @Override
    public void failProvider(Provider provider) {
        model.whatIf().failProvider(provider);
    }

    @Override
    public void restoreRegion(String regionId) {
        model.whatIf().restoreRegion(regionId);
    }

    @Override
    public void clearFailures() {
        model.whatIf().clear();
    }

    @Override
    public void delete() {
        model.deleteSelection();
    }

    @Override
    public boolean movable(String id) {
        return DesignEdits.movable(topology(), id);
    }
}
