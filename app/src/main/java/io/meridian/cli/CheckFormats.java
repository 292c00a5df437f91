package io.meridian.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.evaluation.Evaluation;
import io.meridian.evaluation.Finding;
import io.meridian.evaluation.ObjectiveResult;
import io.meridian.evaluation.Severity;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code meridian check --format junit|sarif|json}: the objectives and findings where CI tools read them. JUnit XML:
 * one test case per objective and per error finding (CI systems render them as tests); SARIF 2.1.0: one result per
 * objective missed and per finding, located at the line of the element it names in the design file (code-scanning UIs
 * annotate the file); JSON: the same as plain data.
 */
final class CheckFormats {
    private CheckFormats() {
    }

    /** One checked variant, and whether it passes (objectives, error findings, and the risk limit if asked). */
    record Checked(Evaluation evaluation, boolean pass, String riskLine) {
    }

    static String junit(String designName, List<Checked> checked) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int tests = 0;
        int failures = 0;
        for (Checked c : checked) {
            tests += cases(c.evaluation()) + (c.riskLine() == null ? 0 : 1);
            failures += failures(c);
        }
        b.append(String.format(Locale.ROOT, "<testsuites name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\">%n",
                xml("meridian check: " + designName), tests, failures));
        for (Checked c : checked) {
            Evaluation e = c.evaluation();
            b.append(String.format(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\">%n",
                    xml(e.variantName()), cases(e) + (c.riskLine() == null ? 0 : 1), failures(c)));
            for (ObjectiveResult o : e.objectives()) {
                b.append(String.format(Locale.ROOT, "    <testcase classname=\"objectives\" name=\"%s\">",
                        xml(o.objective())));
                if (!o.pass()) {
                    b.append(String.format(Locale.ROOT, "<failure message=\"%s\">%s</failure>",
                            xml(objectiveMessage(o)), xml(o.detail())));
                }
                b.append("</testcase>\n");
            }
            for (Finding f : e.findings()) {
                if (f.severity() == Severity.ERROR) {
                    b.append(String.format(Locale.ROOT, "    <testcase classname=\"findings\" name=\"%s\">"
                                    + "<failure message=\"%s\">%s</failure></testcase>%n", xml(f.code().name()),
                            xml(f.title()), xml(f.explanation() + " Fix: " + f.fix())));
                }
            }
            if (c.riskLine() != null) {
                boolean riskPass = c.riskLine().endsWith("pass");
                b.append("    <testcase classname=\"risk\" name=\"breach share\">")
                        .append(riskPass ? "" : "<failure message=\"" + xml(c.riskLine()) + "\"/>")
                        .append("</testcase>\n");
            }
            b.append("  </testsuite>\n");
        }
        return b.append("</testsuites>\n").toString();
    }

    static ObjectNode json(String designName, List<Checked> checked) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("design", designName);
        root.put("pass", checked.stream().allMatch(Checked::pass));
        ArrayNode variants = root.putArray("variants");
        for (Checked c : checked) {
            Evaluation e = c.evaluation();
            ObjectNode v = variants.addObject();
            v.put("id", e.variantId());
            v.put("name", e.variantName());
            v.put("pass", c.pass());
            v.put("verdict", e.verdict().summary());
            ArrayNode objectives = v.putArray("objectives");
            for (ObjectiveResult o : e.objectives()) {
                ObjectNode n = objectives.addObject();
                n.put("objective", o.objective());
                n.put("target", o.target());
                n.put("actual", o.actual().value());
                n.put("unit", o.unit());
                n.put("pass", o.pass());
                n.put("detail", o.detail());
            }
            ArrayNode findings = v.putArray("findings");
            for (Finding f : e.findings()) {
                ObjectNode n = findings.addObject();
                n.put("code", f.code().name());
                n.put("severity", f.severity().name());
                n.put("title", f.title());
                f.elementIds().forEach(n.withArray("elementIds")::add);
            }
            if (c.riskLine() != null) {
                v.put("risk", c.riskLine());
            }
        }
        return root;
    }

    /**
     * SARIF 2.1.0: rules are the objectives and finding codes; each objective missed is an error at the design file's
     * top, each finding a result at the line of the first element it names ({@code lineOf} gives it, 0 when unknown).
     */
    static ObjectNode sarif(String artifact, List<Checked> checked, Function<String, Integer> lineOf) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Meridian");
        driver.put("informationUri", "https://github.com/meridian");
        ArrayNode rules = driver.putArray("rules");
        java.util.Set<String> ruleIds = new java.util.LinkedHashSet<>();
        ArrayNode results = run.putArray("results");
        for (Checked c : checked) {
            Evaluation e = c.evaluation();
            for (ObjectiveResult o : e.objectives()) {
                if (!o.pass()) {
                    String id = "objective/" + o.objective();
                    ruleIds.add(id);
                    result(results, id, "error", e.variantName() + ": " + objectiveMessage(o), artifact, 0);
                }
            }
            for (Finding f : e.findings()) {
                String id = f.code().name();
                ruleIds.add(id);
                String level = switch (f.severity()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    default -> "note";
                };
                int line = f.elementIds().isEmpty() ? 0 : lineOf.apply(f.elementIds().get(0));
                result(results, id, level, e.variantName() + ": " + f.title() + ". Fix: " + f.fix(), artifact, line);
            }
        }
        for (String id : ruleIds) {
            ObjectNode r = rules.addObject();
            r.put("id", id);
            r.putObject("shortDescription").put("text", id.startsWith("objective/")
                    ? "objective " + id.substring("objective/".length()) + " missed" : id.replace('_', ' '));
        }
        return root;
    }

    private static void result(ArrayNode results, String ruleId, String level, String message, String artifact,
                               int line) {
        ObjectNode r = results.addObject();
        r.put("ruleId", ruleId);
        r.put("level", level);
        r.putObject("message").put("text", message);
        ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", artifact);
        if (line > 0) {
            physical.putObject("region").put("startLine", line);
        }
    }

    private static String objectiveMessage(ObjectiveResult o) {
        return o.objective() + " missed: target " + o.target() + (o.unit().isEmpty() ? "" : " " + o.unit())
                + ", actual " + o.actual().value() + (o.unit().isEmpty() ? "" : " " + o.unit());
    }

    private static int cases(Evaluation e) {
        return e.objectives().size() + (int) e.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    private static int failures(Checked c) {
        Evaluation e = c.evaluation();
        int n = (int) e.objectives().stream().filter(o -> !o.pass()).count()
                + (int) e.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        return n + (c.riskLine() != null && !c.riskLine().endsWith("pass") ? 1 : 0);
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch < 0x20 && ch != '\n' && ch != '\t' ? ' ' : ch);
            }
        }
        return b.toString();
    }
}
