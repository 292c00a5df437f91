package io.meridian.app.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.maplayout.Box;
import io.meridian.maplayout.Detail;
import io.meridian.maplayout.LabelSizes;
import io.meridian.maplayout.MapItem;
import io.meridian.maplayout.MapLabeller;
import io.meridian.maplayout.MapLayout;
import io.meridian.maplayout.MapScene;
import io.meridian.maplayout.Placement;
import io.meridian.model.Design;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.templates.Templates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

/**
 * The shared label placement ({@link MapLabeller}) on real and synthetic designs, checked with geometry written
 * here from scratch: no label overlaps another label, a marker or a kept-clear overlay (title, legend, buttons), none
 * runs past the view, every region is labelled, and every leader line runs from its label's edge to its item's true
 * coordinate. Sizes are the app's typical ones (a card of 335 px by 57 + 18 px per component, as the template's
 * cards measure; a chip of 7 px per character), the view the map area of a 1366 × 768 window (940 × 556 px) with
 * its overlays.
 */
class MapLabelPlacementTest {
    private static final double W = 940;
    private static final double H = 556;
    private static final double MARKER = 12;
    /** Title, legend, zoom buttons and routing badge where the canvas draws them. */
    private static final List<Box> OVERLAYS = List.of(new Box(12, 12, 395, 90), new Box(12, H - 12 - 100, 158, 100),
            new Box(W - 12 - 85, H - 12 - 120, 85, 120), new Box(W - 12 - 265, 12, 265, 26));
    private final MapProjection projection = MapProjection.equirectangular(3600, 1800);

    @Test
    void theTenRegionTemplateAtFitToWindowZoomHasNoOverlapAndEveryRegionLabelled() {
        Design design = Templates.load("ten-region-multicloud-2pc");
        Scene s = scene(design.topology(), fitZoom(design.topology()), null);

        MapLayout layout = MapLabeller.place(s.scene());

        assertClean(s, layout);
        assertThat(layout.hidden()).isEmpty();
        assertThat(layout.detail()).as("ten regions at world scale are too crowded for full cards")
                .isNotEqualTo(Detail.CARDS);
        // Northern Virginia holds AWS us-east-1 and Azure East US: labelled as a stack or one cluster chip.
        Placement virginia = layout.of("use1").orElseThrow();
        Placement eastUs = layout.of("az-eastus").orElseThrow();
        assertThat(virginia == eastUs || Math.abs(virginia.box().x() - eastUs.box().x()) < 1e-9).isTrue();
    }

    @Test
    void closerInEuropeTheRegionsGetTheirFullCards() {
        Design design = Templates.load("ten-region-multicloud-2pc");
        // Six times the fit zoom, centred between Ireland and West Europe: only the two European regions show.
        Region ireland = design.topology().region("euw1").orElseThrow();
        Scene s = scene(design.topology(), 6 * fitZoom(design.topology()), ireland);

        MapLayout layout = MapLabeller.place(s.scene());

        assertClean(s, layout);
        assertThat(layout.detail()).isEqualTo(Detail.CARDS);
        assertThat(layout.placements()).filteredOn(p -> p.form() == Placement.Form.FULL)
                .flatExtracting(Placement::ids).contains("euw1", "az-westeurope");
    }

    @Test
    void thirtyRegionsWithTightGroupsStayClearAndLabelled() {
        Topology t = syntheticDesign(30, 42);
        Scene s = scene(t, fitZoom(t), null);

        MapLayout layout = MapLabeller.place(s.scene());

        assertClean(s, layout);
        assertThat(layout.hidden()).filteredOn(id -> t.region(id).isPresent()).isEmpty();
    }

    @Test
    void aCardTheUserDraggedAsideStaysWhereItWasPutAndOthersAvoidIt() {
        Design design = Templates.load("ten-region-multicloud-2pc");
        Region ireland = design.topology().region("euw1").orElseThrow();
        Scene base = scene(design.topology(), 6 * fitZoom(design.topology()), ireland);
        List<MapItem> items = new ArrayList<>();
        for (MapItem i : base.scene().items()) {
            items.add(i.id().equals("euw1") ? MapItem.region("euw1", i.x(), i.y(), new Box.Point(-260, 40)) : i);
        }
        Scene s = new Scene(new MapScene(base.scene().view(), items, OVERLAYS, List.of(), MARKER, base.scene().sizes()),
                base.anchors());

        MapLayout layout = MapLabeller.place(s.scene());

        assertClean(s, layout);
        Placement pinned = layout.of("euw1").orElseThrow();
        MapItem irelandItem = items.stream().filter(i -> i.id().equals("euw1")).findFirst().orElseThrow();
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.box().x()).isEqualTo(irelandItem.x() - 260);
        assertThat(pinned.box().y()).isEqualTo(irelandItem.y() + 40);
    }

    /** The design's places projected into a view of W × H at {@code zoom}, centred on the design or on a region. */
    private Scene scene(Topology t, double zoom, Region centre) {
        List<Point2D> all = new ArrayList<>();
        t.regions().forEach(r -> all.add(projection.project(r.location())));
        t.populations().forEach(p -> all.add(projection.project(p.location())));
        double cx;
        double cy;
        if (centre != null) {
            Point2D c = projection.project(centre.location());
            cx = c.getX();
            cy = c.getY();
        } else {
            cx = (all.stream().mapToDouble(Point2D::getX).min().orElse(0)
                    + all.stream().mapToDouble(Point2D::getX).max().orElse(0)) / 2;
            cy = (all.stream().mapToDouble(Point2D::getY).min().orElse(0)
                    + all.stream().mapToDouble(Point2D::getY).max().orElse(0)) / 2;
        }
        // Fit leaves more room on the right for cards (as DesignCanvas's padding does): centre slightly left.
        double ox = W / 2 - 10 - cx * zoom;
        double oy = H / 2 - cy * zoom;
        Map<String, Point2D> anchors = new HashMap<>();
        List<MapItem> items = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, Integer> components = new HashMap<>();
        for (Region r : t.regions()) {
            Point2D p = projection.project(r.location());
            Point2D screen = new Point2D(p.getX() * zoom + ox, p.getY() * zoom + oy);
            anchors.put(r.id(), screen);
            items.add(MapItem.region(r.id(), screen.getX(), screen.getY(), null));
            names.put(r.id(), RegionNode.shortName(r));
            components.put(r.id(), t.componentsIn(r.id()).size());
        }
        for (Population p : t.populations()) {
            Point2D w = projection.project(p.location());
            Point2D screen = new Point2D(w.getX() * zoom + ox, w.getY() * zoom + oy);
            anchors.put(p.id(), screen);
            items.add(MapItem.population(p.id(), screen.getX(), screen.getY()));
            names.put(p.id(), p.name() + " · 1k req/s");
        }
        LabelSizes sizes = new LabelSizes() {
            @Override
            public Size full(String id) {
                return components.containsKey(id) ? new Size(335, 57 + 18 * components.get(id))
                        : new Size(7 * names.get(id).length(), 18);
            }

            @Override
            public Size compact(String id) {
                return components.containsKey(id) ? new Size(26 + 7 * names.get(id).length(), 20) : new Size(60, 18);
            }

            @Override
            public Size cluster(List<String> ids) {
                return new Size(100 + 7 * names.get(ids.get(0)).length(), 20);
            }
        };
        return new Scene(new MapScene(new Box(0, 0, W, H), items, OVERLAYS, List.of(), MARKER, sizes), anchors);
    }

    /** The zoom at which DesignCanvas's fit shows every place with its padding (80, 260, 120, 240). */
    private double fitZoom(Topology t) {
        List<Point2D> all = new ArrayList<>();
        t.regions().forEach(r -> all.add(projection.project(r.location())));
        t.populations().forEach(p -> all.add(projection.project(p.location())));
        double w = all.stream().mapToDouble(Point2D::getX).max().orElse(0) - all.stream().mapToDouble(Point2D::getX).min().orElse(0);
        double h = all.stream().mapToDouble(Point2D::getY).max().orElse(0) - all.stream().mapToDouble(Point2D::getY).min().orElse(0);
        return Math.min((W - 240 - 260) / Math.max(w, 400), (H - 80 - 120) / Math.max(h, 200));
    }

    private record Scene(MapScene scene, Map<String, Point2D> anchors) {
    }

    /** The checks, by plain rectangle arithmetic, independent of the routine's own geometry. */
    private static void assertClean(Scene s, MapLayout layout) {
        List<Placement> ps = layout.placements();
        Box view = s.scene().view();
        for (int i = 0; i < ps.size(); i++) {
            Box a = ps.get(i).box();
            assertThat(a.x() >= view.x() && a.y() >= view.y() && a.x() + a.w() <= view.x() + view.w()
                    && a.y() + a.h() <= view.y() + view.h()).as("%s inside the view", ps.get(i).ids()).isTrue();
            for (int j = i + 1; j < ps.size(); j++) {
                assertThat(overlap(a, ps.get(j).box())).as("%s overlaps %s", ps.get(i).ids(), ps.get(j).ids())
                        .isFalse();
            }
            for (Box o : OVERLAYS) {
                assertThat(overlap(a, o)).as("%s overlaps an overlay %s", ps.get(i).ids(), o).isFalse();
            }
            for (Map.Entry<String, Point2D> m : s.anchors().entrySet()) {
                if (view.contains(m.getValue().getX(), m.getValue().getY())) {
                    Box marker = new Box(m.getValue().getX() - MARKER, m.getValue().getY() - MARKER, 2 * MARKER,
                            2 * MARKER);
                    assertThat(overlap(a, marker)).as("%s covers the marker of %s", ps.get(i).ids(), m.getKey())
                            .isFalse();
                }
            }
            for (Placement.Leader l : ps.get(i).leaders()) {
                Point2D truth = s.anchors().get(l.id());
                assertThat(l.to().x()).as("leader of %s ends at its true x", l.id()).isEqualTo(truth.getX());
                assertThat(l.to().y()).as("leader of %s ends at its true y", l.id()).isEqualTo(truth.getY());
                boolean onEdge = (Math.abs(l.from().x() - a.x()) < 1e-9 || Math.abs(l.from().x() - a.x() - a.w()) < 1e-9
                        || Math.abs(l.from().y() - a.y()) < 1e-9 || Math.abs(l.from().y() - a.y() - a.h()) < 1e-9)
                        && l.from().x() >= a.x() - 1e-9 && l.from().x() <= a.x() + a.w() + 1e-9
                        && l.from().y() >= a.y() - 1e-9 && l.from().y() <= a.y() + a.h() + 1e-9;
                assertThat(onEdge).as("leader of %s starts on its label's edge", l.id()).isTrue();
            }
        }
        // Every visible region (in the view, not under an overlay) is labelled once (its own label or a
        // cluster's), or listed as hidden.
        for (MapItem i : s.scene().items()) {
            boolean underAnOverlay = OVERLAYS.stream().anyMatch(o -> o.contains(i.x(), i.y()));
            if (i.kind() == MapItem.Kind.REGION && view.contains(i.x(), i.y()) && !underAnOverlay) {
                long labelled = ps.stream().filter(p -> p.ids().contains(i.id())).count();
                assertThat(labelled + (layout.hidden().contains(i.id()) ? 1 : 0)).as(i.id()).isEqualTo(1);
            }
        }
    }

    private static boolean overlap(Box a, Box b) {
        return a.x() < b.x() + b.w() && b.x() < a.x() + a.w() && a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
    }

    /** {@code n} regions on five continents, a third of them in tight groups of three (as in Northern Virginia). */
    static Topology syntheticDesign(int n, long seed) {
        Random random = new Random(seed);
        double[][] hubs = {{39, -77}, {45, -122}, {53, -8}, {50, 8}, {35, 139}, {1, 103}, {-33, 151}, {-23, -46},
            {19, 72}, {25, 55}};
        Topology t = Topology.EMPTY;
        for (int i = 0; i < n; i++) {
            double[] hub = hubs[i % hubs.length];
            boolean grouped = i % 3 == 0;
            double lat = hub[0] + (grouped ? random.nextDouble() * 0.6 : random.nextDouble() * 16 - 8);
            double lon = hub[1] + (grouped ? random.nextDouble() * 0.6 : random.nextDouble() * 24 - 12);
            t = t.withRegion(new Region("r" + i, null, "Region " + i + " (Site " + i + ")",
                    io.meridian.model.Provider.values()[i % 3], new io.meridian.model.GeoPoint(lat, lon), "XX", 0.9995,
                    4, 3));
        }
        return t;
    }
}
