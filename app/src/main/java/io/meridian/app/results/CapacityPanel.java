package io.meridian.app.results;

import io.meridian.capacity.CapacityReport;
import io.meridian.capacity.CapacityScenario;
import io.meridian.capacity.CascadeStep;
import io.meridian.capacity.FallenRegion;
import io.meridian.capacity.InstanceRequirements;
import io.meridian.capacity.LoadState;
import io.meridian.capacity.RegionLoad;
import io.meridian.capacity.TierRequirement;
import io.meridian.evaluation.Evaluation;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Utilisation per region in every failure scenario right after the re-route (overloads in red, above target
 * in amber), the cascade each overload sets off, and the instances each tier needs to ride out a loss.
 */
final class CapacityPanel implements ResultsPanel {
    @Override
    public String title() {
        return "Capacity";
    }

    @Override
    public Node render(Evaluation e, Names names) {
        CapacityReport r = e.capacity();
        var sections = Cells.sections(Cells.heading("Utilisation per scenario (busiest tier, right after the re-route)"),
                scenarios(r, names),
                Cells.heading("Instances to survive the loss of any one region"), requirements(r.anyRegion(), names));
        sections.getChildren().add(Cells.heading("Instances to survive the loss of any one provider"));
        sections.getChildren().add(r.anyProvider() == null
                ? Cells.note("Every region belongs to one provider: losing it leaves nothing to carry the load.")
                : requirements(r.anyProvider(), names));
        return sections;
    }

    private static Node scenarios(CapacityReport r, Names names) {
        if (r.scenarios().isEmpty() || r.baseline().initial().regions().isEmpty()) {
            return Cells.note("No regions yet.");
        }
        List<String> regionIds = r.baseline().initial().regions().stream().map(RegionLoad::regionId).toList();
        String[] headers = new String[regionIds.size() + 2];
        headers[0] = "Scenario";
        for (int i = 0; i < regionIds.size(); i++) {
            headers[i + 1] = regionIds.get(i);
        }
        headers[headers.length - 1] = "Cascade and unserved load";
        Cells.Table table = new Cells.Table(headers);
        for (CapacityScenario s : r.scenarios()) {
            Node[] row = new Node[regionIds.size() + 2];
            row[0] = Cells.explained(Cells.text(s.name(), "scenario-name"), () -> s.failedRegionIds().isEmpty()
                    ? "nothing failed" : "down: " + s.failedRegionIds().stream().map(names::full)
                    .collect(Collectors.joining(", ")));
            for (int i = 0; i < regionIds.size(); i++) {
                row[i + 1] = s.initial().region(regionIds.get(i)).map(l -> cell(l, names)).orElse(Cells.text(""));
            }
            row[row.length - 1] = outcome(s);
            table.row(row);
        }
        return table.node();
    }

    /** "150%" in red when overloaded, amber above target, "down" for a failed region, "—" without service tiers. */
    private static Label cell(RegionLoad l, Names names) {
        if (l.down()) {
            return Cells.explained(Cells.numeric(Cells.text("down", "region-down")), () -> names.full(l.regionId())
                    + " is down in this scenario");
        }
        if (l.utilisation() == null) {
            return Cells.explained(Cells.numeric(Cells.text("—", "results-note")), () -> l.note() + "\n"
                    + l.load().explain());
        }
        String state = l.overloaded() ? "overloaded" : l.aboveTarget() ? "above-target" : "within-target";
        Label cell = Cells.numeric(Cells.text(Format.percent(l.utilisation().value()), "utilisation", state));
        cell.setUserData(l.regionId());
        return Cells.explained(cell, () -> names.full(l.regionId()) + ": busiest tier " + l.bottleneckTierId()
                + "\n" + l.utilisation().explain() + "\n" + l.load().explain());
    }

    private static Node outcome(CapacityScenario s) {
        StringBuilder text = new StringBuilder();
        StringBuilder tip = new StringBuilder();
        for (CascadeStep step : s.cascade()) {
            text.append(text.length() == 0 ? "cascade: " : " → ");
            text.append(step.fallen().stream().map(FallenRegion::regionId).collect(Collectors.joining(", ")))
                    .append(" fails");
            step.fallen().forEach(f -> tip.append("step ").append(step.step()).append(": ").append(f.regionId())
                    .append(" — ").append(f.reason()).append('\n'));
        }
        LoadState result = s.result();
        if (result.unservedRps().value() > 0) {
            text.append(text.length() == 0 ? "" : "; ").append(Format.plain(result.unservedRps().value()))
                    .append(" rps unserved");
            tip.append(result.unservedRps().explain()).append('\n');
            result.unserved().forEach(u -> tip.append(u.populationId()).append(": ").append(u.reason()).append('\n'));
        }
        if (text.length() == 0) {
            return Cells.text(s.initial().aboveTargetRegionIds().isEmpty() ? "ok" : "ok, above target",
                    "results-note");
        }
        Label l = Cells.text(text.toString(), s.cascades() ? "cascade" : "unserved");
        l.setWrapText(true);
        l.setMaxWidth(320);
        return Cells.explained(l, tip.toString().strip());
    }

    private static Node requirements(InstanceRequirements req, Names names) {
        if (req.tiers().isEmpty()) {
            return Cells.note("No service tiers with a stated capacity.");
        }
        Cells.Table table = new Cells.Table("Tier", "Region", "Has", "Needs", "Change", "Worst scenario")
                .numericColumns(2, 3, 4);
        for (TierRequirement t : req.tiers()) {
            String change = t.delta() > 0 ? "+" + t.delta() : t.delta() == 0 ? "0" : String.valueOf(t.delta());
            table.row(Cells.explained(Cells.text(names.of(t.componentId())), names.full(t.componentId())),
                    Cells.text(t.regionId()),
                    Cells.text(String.valueOf(t.instances())),
                    Cells.explained(Cells.text(Format.plain(t.needed().value())), t.needed().explain()),
                    Cells.text(change, t.sufficient() ? "pass" : "fail"),
                    Cells.explained(Cells.text(t.worstScenarioId()), Format.plain(t.peakLoadRps())
                            + " rps peak load in this scenario"));
        }
        Label verdict = Cells.text(req.met() ? "Every tier rides it out at its target utilisation."
                : "Some tiers are short: add the instances marked +.", req.met() ? "pass" : "fail");
        return Cells.sections(table.node(), verdict);
    }
}
