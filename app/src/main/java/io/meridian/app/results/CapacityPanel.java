package io.meridian.app.results;

import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.CascadeStep;
import io.meridian.capacity.LoadState;
import io.meridian.capacity.RegionLoad;
import io.meridian.evaluation.Evaluation;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * Utilisation per region in every failure scenario right after the re-route (overloads in red, above target
 * in amber), the cascade each overload sets off, and the instances each tier needs to ride out a loss. Under a
 * what-if the matching scenario is marked and a banner says what happens.
 */
final class CapacityPanel implements ResultsPanel {
    private final ResultsViewModel model;

    CapacityPanel(ResultsViewModel model) {
        this.model = model;
    }

    @Override
    public String title() {
        return "Capacity";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        CapacityReport r = e.capacity();
        VBox sections = Cells.sections();
        // The what-if's one-line summary sits in the header above the tabs; here its scenario row is marked.
        WhatIfScenario whatIf = model.getScenario();
        sections.getChildren().addAll(
                Cells.heading("Utilisation per scenario (busiest tier, right after the re-route)"),
                scenarios(r, names, whatIf),
                Cells.heading("Instances to survive the loss of any one region"),
                RequirementsTable.of(r.anyRegion(), names),
                Cells.heading("Instances to survive the loss of any one provider"),
                r.anyProvider() == null
                        ? Cells.note("Every region belongs to one provider: losing it leaves nothing to carry the load.")
                        : RequirementsTable.of(r.anyProvider(), names));
        return sections;
    }

    private static Node scenarios(CapacityReport r, Names names, WhatIfScenario whatIf) {
        if (r.scenarios().isEmpty() || r.baseline().initial().regions().isEmpty()) {
            return Cells.note("No regions yet.");
        }
        List<String> regionIds = r.baseline().initial().regions().stream().map(RegionLoad::regionId).toList();
        List<Outcome> outcomes = r.scenarios().stream().map(s -> outcome(s, names)).toList();
        CanvasGrid grid = new CanvasGrid(new CanvasGrid.Model() {
            @Override
            public int rows() {
                return r.scenarios().size();
            }

            @Override
            public int columns() {
                return regionIds.size() + 1;
            }

            @Override
            public String rowHeader(int row) {
                return r.scenarios().get(row).name();
            }

            @Override
            public String columnHeader(int column) {
                return column < regionIds.size() ? regionIds.get(column) : "Cascade and unserved load";
            }

            @Override
            public CanvasGrid.GridCell cell(int row, int column) {
                if (column == regionIds.size()) {
                    return outcomes.get(row).cell();
                }
                return r.scenarios().get(row).initial().region(regionIds.get(column)).map(CapacityPanel::cell)
                        .orElse(CanvasGrid.GridCell.EMPTY);
            }

            @Override
            public String tooltip(int row, int column) {
                if (row < 0) {
                    return column < regionIds.size() ? names.full(regionIds.get(column)) : null;
                }
                CapacityScenario s = r.scenarios().get(row);
                if (column < 0) {
                    return s.name() + " (" + s.id() + ")\n" + (s.failedRegionIds().isEmpty() ? "nothing failed"
                            : "down: " + s.failedRegionIds().stream().map(names::full).collect(Collectors.joining(", ")));
                }
                if (column == regionIds.size()) {
                    return outcomes.get(row).tip();
                }
                return s.initial().region(regionIds.get(column)).map(l -> tip(l, names)).orElse(null);
            }
        }, false, "capacity-grid");
        if (whatIf != null) {
            whatIf.match(r).ifPresent(s -> grid.highlightRow(r.scenarios().indexOf(s)));
        }
        return grid;
    }

    /** "150%" in red when overloaded, amber above target, "down" for a failed region, "—" without service tiers. */
    static CanvasGrid.GridCell cell(RegionLoad l) {
        if (l.down()) {
            return new CanvasGrid.GridCell("down", null, null, "fg-subtle", CanvasGrid.Style.ITALIC, true);
        }
        if (l.utilisation() == null) {
            return new CanvasGrid.GridCell("—", null, null, "fg-muted", CanvasGrid.Style.PLAIN, true);
        }
        String text = Format.percent(l.utilisation().value());
        if (l.overloaded()) {
            return new CanvasGrid.GridCell(text, null, "danger-emphasis", "fg-emphasis", CanvasGrid.Style.BOLD, true);
        }
        if (l.aboveTarget()) {
            return new CanvasGrid.GridCell(text, null, "warning-subtle", "warning-fg", CanvasGrid.Style.PLAIN, true);
        }
        return new CanvasGrid.GridCell(text, null, null, "fg-default", CanvasGrid.Style.PLAIN, true);
    }

    private static String tip(RegionLoad l, Names names) {
        if (l.down()) {
            return names.full(l.regionId()) + " is down in this scenario";
        }
        if (l.utilisation() == null) {
            return l.note() + "\n" + l.load().explain();
        }
        return names.full(l.regionId()) + ": busiest tier " + l.bottleneckTierId() + "\n" + l.utilisation().explain()
                + "\n" + l.load().explain();
    }

    /** The last column: the cascade and the load left unserved, with the reasons in the tooltip. */
    record Outcome(CanvasGrid.GridCell cell, String tip) {
    }

    static Outcome outcome(CapacityScenario s, Names names) {
        StringBuilder text = new StringBuilder();
        StringBuilder tip = new StringBuilder();
        for (CascadeStep step : s.cascade()) {
            text.append(text.length() == 0 ? "cascade: " : " → ");
            text.append(step.fallen().stream().map(f -> names.of(f.regionId())).collect(Collectors.joining(", ")))
                    .append(" fails");
            step.fallen().forEach(f -> tip.append("step ").append(step.step()).append(": ").append(names.of(f.regionId()))
                    .append(" — ").append(f.reason()).append('\n'));
        }
        LoadState result = s.result();
        if (result.unservedRps().value() > 0) {
            text.append(text.length() == 0 ? "" : "; ").append(Format.plain(result.unservedRps().value()))
                    .append(" rps unserved");
            tip.append(result.unservedRps().explain()).append('\n');
            result.unserved().forEach(u -> tip.append(names.of(u.populationId())).append(": ").append(u.reason()).append('\n'));
        }
        if (text.length() == 0) {
            String ok = s.initial().aboveTargetRegionIds().isEmpty() ? "ok" : "ok, above target";
            return new Outcome(new CanvasGrid.GridCell(ok, null, null, "fg-muted", CanvasGrid.Style.PLAIN, false),
                    null);
        }
        return new Outcome(new CanvasGrid.GridCell(text.toString(), null, null, "danger-fg",
                s.cascades() ? CanvasGrid.Style.BOLD : CanvasGrid.Style.PLAIN, false), tip.toString().strip());
    }
}
