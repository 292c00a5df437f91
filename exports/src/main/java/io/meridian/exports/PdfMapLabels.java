package io.meridian.exports;

import io.meridian.maplayout.LabelSizes;
import io.meridian.model.Component;
import io.meridian.model.ComponentKind;
import io.meridian.model.Population;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The labels of the page-1 map as the PDF draws them: a region's card (its components), its chip, a cluster's chip
 * and a population's label, each measured with the report's fonts for {@link io.meridian.maplayout.MapLabeller}
 * ({@link #sizes()}) and drawn at the box it is given.
 */
final class PdfMapLabels {
    static final int MAX_LINES = PdfDiagram.MAX_LINES;
    static final float LABEL = PdfDiagram.LABEL;
    static final float CHIP_H = PdfDiagram.CHIP_H;

    private final PdfPages pages;
    private final Topology topology;
    private final Map<String, Card> cards = new LinkedHashMap<>();

    PdfMapLabels(PdfPages pages, Topology topology) {
        this.pages = pages;
        this.topology = topology;
        topology.regions().forEach(r -> cards.put(r.id(), measure(r)));
    }

    /** The region's card as measured. */
    Card card(String regionId) {
        return cards.get(regionId);
    }

    /** What the placement needs: each form of each label, measured. */
    LabelSizes sizes() {
        return new LabelSizes() {
            @Override
            public Size full(String id) {
                Card c = cards.get(id);
                return c != null ? new Size(c.width(), c.height()) : text(populationText(id));
            }

            @Override
            public Size compact(String id) {
                return topology.region(id).map(r -> new Size(chipWidth(chipText(r)), CHIP_H))
                        .orElseGet(() -> text(populationLoad(id)));
            }

            @Override
            public Size cluster(List<String> regionIds) {
                return new Size(chipWidth(clusterText(regionIds)), CHIP_H);
            }

            private Size text(String s) {
                return new Size(pages.width(pages.fonts.regular, LABEL, s) + 3, 8.5);
            }
        };
    }

    String chipText(Region r) {
        return r.id() + (r.catalogId() == null || r.catalogId().isBlank() ? "" : " " + r.catalogId());
    }

    String clusterText(List<String> ids) {
        String all = String.join(" · ", ids);
        return ids.size() <= 3 ? all : ids.get(0) + " · " + ids.get(1) + " + " + (ids.size() - 2) + " regions";
    }

    String populationText(String id) {
        Population q = topology.population(id).orElseThrow();
        return pages.elided(q.name(), pages.fonts.regular, LABEL, 120) + " · " + populationLoad(id);
    }

    String populationLoad(String id) {
        Population q = topology.population(id).orElseThrow();
        return ReportTable.Kind.INTEGER.format(q.requestsPerSecond()) + " req/s";
    }

    float chipWidth(String text) {
        return pages.width(pages.fonts.bold, 7, text) + 8;
    }

    void chip(float bx, float by, float width, String text, float[] color) throws IOException {
        pages.fillRect(bx, by, width, CHIP_H, color);
        pages.text(bx + 4, by + 3.2f, pages.fonts.bold, 7, new float[] {1, 1, 1}, text);
    }

    /** A region's card: its title and up to {@link #MAX_LINES} components, measured. */
    record Card(String title, List<String> lines, List<ComponentKind> kinds, float width, float height) {
    }

    private Card measure(Region r) {
        List<Component> components = topology.componentsIn(r.id());
        List<String> lines = new ArrayList<>();
        List<ComponentKind> kinds = new ArrayList<>();
        for (Component c : components) {
            if (lines.size() == MAX_LINES - 1 && components.size() > MAX_LINES) {
                lines.add("+ " + (components.size() - lines.size()) + " more components");
                kinds.add(null);
                break;
            }
            lines.add(pages.elided(c.name(), pages.fonts.regular, 6.8f, 140) + (c.instances() > 1 ? " ×" + c.instances() : ""));
            kinds.add(c.kind());
        }
        String title = chipText(r);
        float size = 6.8f;
        float width = pages.width(pages.fonts.bold, 7.2f, title) + 10;
        for (String l : lines) {
            width = Math.max(width, pages.width(pages.fonts.regular, size, l) + 20);
        }
        width = Math.min(width, 170);
        title = pages.elided(title, pages.fonts.bold, 7.2f, width - 8);
        float height = 14 + lines.size() * (size + 3) + 3;
        return new Card(title, lines, kinds, width, height);
    }

    void drawCard(PDPageContentStream cs, Region r, float bx, float by, Card card) throws IOException {
        float size = 6.8f;
        float width = card.width();
        float height = card.height();
        float[] pc = PdfStyle.provider(r.provider());
        cs.setNonStrokingColor(1f, 1f, 1f);
        cs.setStrokingColor(pc[0], pc[1], pc[2]);
        cs.setLineWidth(0.9f);
        cs.addRect(bx, by, width, height);
        cs.fillAndStroke();
        pages.fillRect(bx, by + height - 12, width, 12, pc);
        pages.text(bx + 4, by + height - 9, pages.fonts.bold, 7.2f, new float[] {1, 1, 1}, card.title());
        float ty = by + height - 14 - size;
        for (int i = 0; i < card.lines().size(); i++) {
            ComponentKind kind = card.kinds().get(i);
            if (kind != null) {
                float[] kc = PdfStyle.kind(kind);
                pages.fillRect(bx + 5, ty, 6, 6, kc);
            }
            pages.text(bx + 15, ty + 0.5f, pages.fonts.regular, size, PdfPages.INK,
                    pages.elided(card.lines().get(i), pages.fonts.regular, size, width - 18));
            ty -= size + 3;
        }
    }
}
