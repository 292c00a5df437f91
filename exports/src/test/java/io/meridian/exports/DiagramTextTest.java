package io.meridian.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.model.Container;
import com.structurizr.model.DeploymentNode;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Evaluator;
import io.meridian.model.Design;
import io.meridian.model.Topology;
import java.io.ByteArrayOutputStream;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;

/**
 * The two-region template as diagrams, read back by the formats' own parsers (the Structurizr DSL parser and
 * PlantUML's renderer) and, for Mermaid, by a reading of the flowchart subset written here.
 */
class DiagramTextTest {
    private final Design design = Fixtures.twoRegion();
    private final Topology t = design.topology();
    private final Evaluation e = Evaluator.evaluate(t);

    @Test
    void theStructurizrWorkspaceHasARegionNodePerRegionAndAContainerPerComponent() throws Exception {
        StructurizrDslParser parser = new StructurizrDslParser();
        parser.parse(DiagramText.structurizr(design.name(), t, e));
        Workspace w = parser.getWorkspace();
        assertThat(w.getModel().getElements().stream().filter(x -> x instanceof Container).count())
                .isEqualTo(t.components().size());
        assertThat(w.getModel().getDeploymentNodes()).extracting(DeploymentNode::getName)
                .containsExactlyInAnyOrder("US East (N. Virginia)", "US West (Oregon)");
        long links = t.links().stream().filter(l -> l.kind() != io.meridian.model.LinkKind.NETWORK).count();
        assertThat(w.getModel().getRelationships().stream().filter(r -> r.getLinkedRelationshipId() == null
                && r.getSource() instanceof Container).count()).isEqualTo(links);
        assertThat(w.getViews().getDeploymentViews()).hasSize(1);
        // The key figures ride along as properties: 50 API instances in us-east-1, as the template has them.
        Container api = (Container) w.getModel().getElements().stream()
                .filter(x -> x instanceof Container && x.getName().equals("API tier (US East (N. Virginia))"))
                .findFirst().orElseThrow();
        assertThat(api.getProperties()).containsEntry("instances", "50").containsEntry("region", "use1")
                .containsEntry("monthly cost", "$3,504"); // 50 × $0.096/h × 730 h, nothing else billed to it
    }

    @Test
    void plantUmlRendersItWithoutASyntaxError() throws Exception {
        String source = DiagramText.plantuml(design.name(), t, e);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        String out = svg.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("Syntax Error").contains("US East (N. Virginia)").contains("API tier ×50");
    }

    @Test
    void mermaidHasASubgraphPerRegionAndAnEdgePerLink() {
        String md = DiagramText.mermaid(design.name(), t, e);
        assertThat(md).contains("```mermaid\nflowchart LR").contains("subgraph use1[\"US East (N. Virginia)\"]")
                .contains("subgraph usw2[\"US West (Oregon)\"]");
        long links = t.links().stream().filter(l -> l.kind() != io.meridian.model.LinkKind.NETWORK).count();
        assertThat(md.lines().filter(l -> l.contains("-->") || l.contains(".->")).count()).isEqualTo(links);
        // Read back: subgraphs balance, every node is declared once, every edge joins two declared nodes.
        String body = md.substring(md.indexOf("flowchart LR\n") + 13, md.lastIndexOf("```"));
        java.util.Set<String> nodes = new java.util.HashSet<>();
        int depth = 0;
        java.util.regex.Pattern node = java.util.regex.Pattern.compile("^\\s+([A-Za-z][A-Za-z0-9_]*)\\[\"[^\"]*\"\\]$");
        java.util.regex.Pattern edge = java.util.regex.Pattern.compile(
                "^\\s+([A-Za-z][A-Za-z0-9_]*) (-->|-\\.->|-\\. \"[a-z-]+\" \\.->) ([A-Za-z][A-Za-z0-9_]*)$");
        for (String line : body.lines().toList()) {
            if (line.trim().startsWith("subgraph ")) {
                depth++;
            } else if (line.trim().equals("end")) {
                depth--;
            } else if (node.matcher(line).matches()) {
                java.util.regex.Matcher m = node.matcher(line);
                m.matches();
                assertThat(nodes.add(m.group(1))).as("declared once: %s", line).isTrue();
            } else {
                java.util.regex.Matcher m = edge.matcher(line);
                assertThat(m.matches()).as("a node, subgraph or edge line: %s", line).isTrue();
                assertThat(nodes).contains(m.group(1), m.group(3));
            }
            assertThat(depth).isBetween(0, 1);
        }
        assertThat(depth).isZero();
        assertThat(nodes).hasSize(t.components().size());
        // Ids every format accepts: "lb-use1" becomes lb_use1.
        assertThat(DiagramText.id("lb-use1")).isEqualTo("lb_use1");
        assertThat(DiagramText.id("3az")).isEqualTo("e_3az");
    }
}
