package io.meridian.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.model.Alternative;
import io.meridian.model.Design;
import io.meridian.model.ModelException;
import io.meridian.model.Provider;
import io.meridian.model.Topology;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a walkthrough file and checks it against its design: every step's variant exists, and every highlighted
 * element and failed region exists in that variant. All problems are collected and reported in one exception, one
 * line each, naming the file and the JSON path, like the design reader does.
 */
final class WalkthroughReader {
    private static final Set<String> ROOT_FIELDS = Set.of("title", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("title", "text", "variant", "highlight", "failRegions",
            "failProviders", "result");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    private WalkthroughReader(String file) {
        this.file = file;
    }

    /**
     * @throws IllegalArgumentException listing every problem, one per line
     */
    static Walkthrough read(String templateId, String json, String file, Design design) {
        return new WalkthroughReader(file).parse(templateId, json, design);
    }

    private Walkthrough parse(String templateId, String json, Design design) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": $: expected a JSON object with \"title\" and \"steps\"");
        }
        unknownFields(root, ROOT_FIELDS, "$");
        String title = text(root, "title", "$", true);
        List<WalkthroughStep> steps = new ArrayList<>();
        JsonNode list = root.get("steps");
        if (list == null || !list.isArray()) {
            problem("$.steps", "expected an array of steps");
        } else {
            for (int i = 0; i < list.size(); i++) {
                step(list.get(i), "$.steps[" + i + "]", design).ifPresent(steps::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new Walkthrough(templateId, title, steps);
    }

    private Optional<WalkthroughStep> step(JsonNode node, String at, Design design) {
        if (!node.isObject()) {
            problem(at, "expected a step object");
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(node, STEP_FIELDS, at);
        String title = text(node, "title", at, true);
        String text = text(node, "text", at, true);
        String variantId = node.has("variant") ? text(node, "variant", at, false) : Design.BASELINE_ID;
        Topology topology = variant(design, variantId).orElse(null);
        if (variantId != null && topology == null) {
            problem(at + ".variant", "no variant '" + variantId + "' (expected " + Design.BASELINE_ID
                    + " or an alternative's id)");
        }
        List<String> highlight = strings(node, "highlight", at);
        List<String> failedRegions = strings(node, "failRegions", at);
        List<Provider> providers = strings(node, "failProviders", at).stream()
                .map(id -> parse(id, Provider::fromId, at + ".failProviders")).toList();
        ResultView result = node.has("result") ? parse(text(node, "result", at, false), ResultView::fromId, at + ".result")
                : null;
        if (result == null && !node.has("result")) {
            problem(at + ".result", "missing (one of " + io.meridian.model.EnumIds.choices(ResultView.class) + ")");
        }
        if (topology != null) {
            for (int i = 0; i < highlight.size(); i++) {
                if (!topology.containsId(highlight.get(i))) {
                    problem(at + ".highlight[" + i + "]", "no element '" + highlight.get(i) + "' in variant '"
                            + variantId + "'");
                }
            }
            for (int i = 0; i < failedRegions.size(); i++) {
                if (topology.region(failedRegions.get(i)).isEmpty()) {
                    problem(at + ".failRegions[" + i + "]", "no region '" + failedRegions.get(i) + "' in variant '"
                            + variantId + "'");
                }
            }
            for (Provider p : providers) {
                if (p != null && topology.regions().stream().noneMatch(r -> r.provider() == p)) {
                    problem(at + ".failProviders", "no region of provider '" + p.id() + "' in variant '"
                            + variantId + "'");
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new WalkthroughStep(title, text, variantId, highlight, failedRegions, providers, result));
    }

    private static Optional<Topology> variant(Design design, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return design.variants().stream().filter(v -> v.id().equals(id)).map(Alternative::topology).findFirst();
    }

    private <T> T parse(String id, Function<String, T> parser, String at) {
        if (id == null) {
            return null;
        }
        try {
            return parser.apply(id);
        } catch (ModelException e) {
            problem(at, "unknown value '" + id + "'" + detail(e.getMessage()));
            return null;
        }
    }

    private static String detail(String message) {
        int open = message.indexOf("(expected");
        return open < 0 ? "" : " " + message.substring(open);
    }

    private String text(JsonNode node, String field, String at, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(at + "." + field, "missing");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problem(at + "." + field, "expected a non-empty string");
            return null;
        }
        return value.asText();
    }

    private List<String> strings(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem(at + "." + field, "expected an array of ids");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                out.add(value.get(i).asText());
            } else {
                problem(at + "." + field + "[" + i + "]", "expected a string");
            }
        }
        return out;
    }

    private void unknownFields(JsonNode node, Set<String> known, String at) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!known.contains(name)) {
                problem(at, "unknown field '" + name + "' (expected one of " + String.join(", ", known.stream()
                        .sorted().toList()) + ")");
            }
        }
    }

    private void problem(String path, String message) {
        problems.add(file + ": " + path + ": " + message);
    }
}
