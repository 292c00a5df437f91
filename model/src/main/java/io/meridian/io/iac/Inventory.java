package io.meridian.io.iac;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources read, grouped ({@code count}/{@code for_each} instances of one resource form one group) and
 * searchable by reference: a configuration expression's references (plan, CloudFormation) or, failing that, an
 * attribute's value matched against the ids, ARNs and names of other resources (state, cross-stack literals).
 */
final class Inventory {
    /** Attributes that identify a resource when another one names it by value. */
    private static final List<String> IDENTITY = List.of("id", "arn", "name", "identifier", "cluster_identifier",
            "global_cluster_identifier", "bucket", "replication_group_id", "global_replication_group_id",
            "self_link", "logical_id");

    private final List<IacResource> all;
    private final Map<String, List<IacResource>> groups = new LinkedHashMap<>();

    Inventory(List<IacResource> resources) {
        this.all = List.copyOf(resources);
        for (IacResource r : all) {
            groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
    }

    List<IacResource> all() {
        return all;
    }

    /** The groups of these types, in file order; each group's first instance stands for it. */
    List<List<IacResource>> groups(String... types) {
        Set<String> wanted = Set.of(types);
        return groups.values().stream().filter(g -> wanted.contains(g.get(0).type())).toList();
    }

    List<IacResource> ofType(String... types) {
        Set<String> wanted = Set.of(types);
        return all.stream().filter(r -> wanted.contains(r.type())).toList();
    }

    /** The resource of one of {@code types} that {@code from}'s attribute refers to. */
    Optional<IacResource> ref(IacResource from, String attribute, String... types) {
        List<String> wanted = Arrays.asList(types);
        for (String group : from.referencesOf(attribute)) {
            List<IacResource> g = groups.get(group);
            if (g != null && wanted.contains(g.get(0).type())) {
                return Optional.of(g.get(0));
            }
        }
        Set<String> said = new LinkedHashSet<>();
        strings(from.values().get(attribute), said);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        return all.stream().filter(r -> r != from && wanted.contains(r.type()))
                .filter(r -> identity(r).stream().anyMatch(said::contains)).findFirst();
    }

    /** The resources of {@code types} whose attribute refers to {@code target}. */
    List<IacResource> referencing(IacResource target, String attribute, String... types) {
        return ofType(types).stream()
                .filter(r -> ref(r, attribute, target.type()).map(t -> t.group().equals(target.group()))
                        .orElse(false))
                .toList();
    }

    private static Set<String> identity(IacResource r) {
        Set<String> out = new LinkedHashSet<>();
        for (String field : IDENTITY) {
            JsonNode n = r.values().get(field);
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                out.add(n.asText());
            }
        }
        return out;
    }

    private static void strings(JsonNode n, Set<String> out) {
        if (n == null) {
            return;
        }
        if (n.isTextual() && !n.asText().isBlank()) {
            out.add(n.asText());
        } else if (n.isContainerNode()) {
            n.forEach(x -> strings(x, out));
        }
    }
}
