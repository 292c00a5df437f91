package io.meridian.exports;

import io.meridian.evaluation.Evaluation;
import io.meridian.model.Component;
import io.meridian.model.Link;
import io.meridian.model.LinkKind;
import io.meridian.model.Quantities;
import io.meridian.model.Region;
import io.meridian.model.Topology;
import io.meridian.io.DesignFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The design as diagrams teams keep beside their decision records: Mermaid (a flowchart with a subgraph per region),
 * PlantUML (a deployment diagram: regions as nodes, components inside) and the Structurizr DSL (a deployment view:
 * regions as deployment nodes, components as containers, dependencies and replication as relationships, the key
 * figures as properties). Written as text, each in its own format's syntax; ids are kept, names are shown.
 */
public final class DiagramText {
    private DiagramText() {
    }

    /**
     * Writes one diagram whole or not at all (the atomic replace design files use); a failure names the option as
     * the user gave it: {@code --mermaid docs/design.md: cannot write: permission denied}.
     */
    public static void write(String label, Path target, String text) throws ExportFailedException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            DesignFiles.writeAtomically(target, o -> o.write(bytes));
        } catch (IOException e) {
            throw new ExportFailedException(label, target, ExportFailedException.describe(e, null, target), e);
        }
    }

    /** A Mermaid flowchart inside a Markdown code fence, with the verdict and key figures above it. */
    public static String mermaid(String name, Topology t, Evaluation e) {
        StringBuilder b = new StringBuilder("# ").append(name).append("\n\n").append(figures(e)).append("\n\n```mermaid\n")
                .append("flowchart LR\n");
        for (Region r : t.regions()) {
            b.append("  subgraph ").append(id(r.id())).append("[\"").append(text(r.name())).append("\"]\n");
            for (Component c : t.components()) {
                if (c.regionId().equals(r.id())) {
                    b.append("    ").append(id(c.id())).append("[\"").append(text(label(c))).append("\"]\n");
                }
            }
            b.append("  end\n");
        }
        for (Link l : t.links()) {
            if (l.kind() == LinkKind.NETWORK) {
                continue;
            }
            b.append("  ").append(id(l.from())).append(l.kind() == LinkKind.REPLICATION
                    ? " -. \"" + l.mode().id() + "\" .-> " : (l.hard() ? " --> " : " -.-> ")).append(id(l.to()))
                    .append('\n');
        }
        return b.append("```\n").toString();
    }

    /** A PlantUML deployment diagram. */
    public static String plantuml(String name, Topology t, Evaluation e) {
        // Left to right stacks the regions one under another: ten in a row would be wider than PlantUML draws.
        StringBuilder b = new StringBuilder("@startuml\nleft to right direction\ntitle ").append(text(name))
                .append("\\n").append(text(figures(e))).append('\n');
        // A multi-cloud design groups its regions by provider, since a provider-wide event takes a group down.
        boolean clouds = t.regions().stream().map(Region::provider).distinct().count() > 1;
        for (io.meridian.model.Provider p : io.meridian.model.Provider.values()) {
            List<Region> regions = t.regions().stream().filter(r -> r.provider() == p).toList();
            if (regions.isEmpty()) {
                continue;
            }
            String indent = clouds ? "  " : "";
            if (clouds) {
                b.append("cloud \"").append(p.id().toUpperCase(Locale.ROOT)).append("\" as provider_").append(p.id())
                        .append(" {\n");
            }
            for (Region r : regions) {
                b.append(indent).append("node \"").append(text(r.name())).append("\" as ").append(id(r.id()))
                        .append(" {\n");
                for (Component c : t.components()) {
                    if (c.regionId().equals(r.id())) {
                        b.append(indent).append("  ").append(c.kind().name().equals("DATABASE") ? "database"
                                : "component").append(" \"").append(text(label(c))).append("\" as ")
                                .append(id(c.id())).append('\n');
                    }
                }
                b.append(indent).append("}\n");
            }
            if (clouds) {
                b.append("}\n");
            }
        }
        for (Link l : t.links()) {
            if (l.kind() != LinkKind.NETWORK) {
                b.append(id(l.from())).append(l.kind() == LinkKind.REPLICATION ? " ..> " : " --> ").append(id(l.to()))
                        .append(l.kind() == LinkKind.REPLICATION ? " : " + l.mode().id() : "").append('\n');
            }
        }
        return b.append("@enduml\n").toString();
    }

    /** A Structurizr DSL workspace with a deployment view. */
    public static String structurizr(String name, Topology t, Evaluation e) {
        StringBuilder b = new StringBuilder("workspace \"").append(text(name)).append("\" \"")
                .append(text(figures(e))).append("\" {\n  model {\n    system = softwareSystem \"")
                .append(text(name)).append("\" {\n");
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Component c : t.components()) {
            // Structurizr wants container names unique within a system; a tier repeated per region is one per region.
            String named = c.name() + " (" + t.region(c.regionId()).map(Region::name).orElse(c.regionId()) + ")";
            String unique = taken.add(named) ? named : c.name() + " (" + c.id() + ")";
            taken.add(unique);
            b.append("      ").append(id(c.id())).append(" = container \"").append(text(unique)).append("\" \"")
                    .append(c.kind().id()).append("\" {\n        properties {\n          \"instances\" \"")
                    .append(c.instances()).append("\"\n          \"region\" \"").append(c.regionId())
                    .append("\"\n          \"monthly cost\" \"").append(Quantities.usd(monthly(e, c.id(), false)))
                    .append("\"\n        }\n      }\n");
        }
        b.append("    }\n");
        for (Link l : t.links()) {
            if (l.kind() != LinkKind.NETWORK) {
                b.append("    ").append(id(l.from())).append(" -> ").append(id(l.to())).append(" \"")
                        .append(l.kind() == LinkKind.REPLICATION ? "replicates (" + l.mode().id() + ")"
                                : l.hard() ? "depends on" : "uses").append("\"\n");
            }
        }
        b.append("    production = deploymentEnvironment \"Production\" {\n");
        for (Region r : t.regions()) {
            b.append("      deploymentNode \"").append(text(r.name())).append("\" \"").append(r.provider().id())
                    .append("\" {\n        properties {\n          \"availability\" \"")
                    .append(Quantities.availability(r.availability())).append("\"\n          \"monthly cost\" \"")
                    .append(Quantities.usd(monthly(e, r.id(), true))).append("\"\n        }\n");
            for (Component c : t.components()) {
                if (c.regionId().equals(r.id())) {
                    b.append("        containerInstance ").append(id(c.id())).append('\n');
                }
            }
            b.append("      }\n");
        }
        b.append("    }\n  }\n  views {\n    deployment system production \"Deployment\" {\n      include *\n"
                + "      autoLayout lr\n    }\n  }\n}\n");
        return b.toString();
    }

    private static String figures(Evaluation e) {
        return String.format(Locale.ROOT, "%s · availability %s · RTO %s · %s a month", e.verdict().summary(),
                Quantities.availability(e.availability().overallWithFailover().value()),
                Quantities.duration(e.recovery().rto().rto().value()), Quantities.usd(e.cost().monthly().value()));
    }

    /** The bill's lines for one element, or for everything in one region. */
    private static double monthly(Evaluation e, String id, boolean region) {
        return e.cost().lines().stream().filter(l -> id.equals(region ? l.regionId() : l.elementId()))
                .mapToDouble(l -> l.monthly().value()).sum();
    }

    private static String label(Component c) {
        return c.name() + (c.instances() > 1 ? " ×" + c.instances() : "");
    }

    /** An identifier every one of the three formats accepts: letters, digits and underscores. */
    static String id(String raw) {
        String s = raw.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.isLetter(s.charAt(0)) ? s : "e_" + s;
    }

    /** Text inside double quotes: quotes and line breaks out. */
    static String text(String raw) {
        return raw.replace('"', '\'').replace('\n', ' ').replace('\r', ' ');
    }
}
