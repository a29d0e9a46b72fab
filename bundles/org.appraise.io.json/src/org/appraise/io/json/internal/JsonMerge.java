package org.appraise.io.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges two sets of changes made to one file of a review folder from the same content: this session's edits (yours)
 * and a change made on disk since the file was read (a teammate saving to the shared drive, a sync, another program).
 * Objects merge field by field; lists of objects element by element, matched by what identifies them (an id; a
 * screening decision's record and stage; a signalling question; a domain; a group's population); lists of quote ids
 * ({@code sources}) as sets. A value both sides changed to different things, or removed on one side and changed on
 * the other, is a conflict, named by where it is and both values: nothing is guessed, the merge is left to the reviewer.
 */
public final class JsonMerge {

    /** What identifies an element of a list of objects, tried in this order; a list none fits merges only when one side alone changed it. */
    private static final List<List<String>> KEYS = List.of(List.of("id"), List.of("reference", "stage"), List.of("question"), List.of("domain"),
            List.of("population"));

    /** A value both sides changed differently: where it is ("/log/decisions[rec-3 TITLE_ABSTRACT]/verdict"), and both values. */
    public record Conflict(String where, String yours, String onDisk) {
        public String describe() {
            return where + " (yours: " + yours + "; on disk: " + onDisk + ")";
        }
    }

    /** The merged document, or the conflicts that keep it from being one (then {@code merged} is not to be written). */
    public record Outcome(JsonNode merged, List<Conflict> conflicts) {
    }

    private final List<Conflict> conflicts = new ArrayList<>();

    private JsonMerge() {
    }

    public static Outcome merge(JsonNode base, JsonNode yours, JsonNode onDisk) {
        JsonMerge merge = new JsonMerge();
        JsonNode merged = merge.value(base, yours, onDisk, "", "");
        return new Outcome(merged, List.copyOf(merge.conflicts));
    }

    /** The merge of one value (null: absent), at a place, under a field name. */
    private JsonNode value(JsonNode base, JsonNode yours, JsonNode onDisk, String where, String field) {
        if (Objects.equals(yours, onDisk) || Objects.equals(base, onDisk)) {
            return yours;
        }
        if (Objects.equals(base, yours)) {
            return onDisk;
        }
        if (base != null && yours != null && onDisk != null) {
            if (base.isObject() && yours.isObject() && onDisk.isObject()) {
                return object(base, yours, onDisk, where);
            }
            if (base.isArray() && yours.isArray() && onDisk.isArray()) {
                List<String> key = KEYS.stream().filter(k -> keyed(k, base, yours, onDisk)).findFirst().orElse(null);
                if (key != null) {
                    return elements(key, base, yours, onDisk, where);
                }
                if (field.endsWith("ources") && scalars(base, yours, onDisk)) {
                    return set(base, yours, onDisk);
                }
            }
        }
        conflicts.add(new Conflict(where.isEmpty() ? "/" : where, show(yours), show(onDisk)));
        return yours;
    }

    private ObjectNode object(JsonNode base, JsonNode yours, JsonNode onDisk, String where) {
        Set<String> fields = new LinkedHashSet<>();
        yours.fieldNames().forEachRemaining(fields::add);
        onDisk.fieldNames().forEachRemaining(fields::add);
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (String name : fields) {
            JsonNode value = value(base.get(name), yours.get(name), onDisk.get(name), where + "/" + name, name);
            if (value != null) {
                merged.set(name, value);
            }
        }
        return merged;
    }

    /** Lists of objects matched by key: the order on disk, with the elements only yours holds beside their neighbours in yours. */
    private ArrayNode elements(List<String> key, JsonNode base, JsonNode yours, JsonNode onDisk, String where) {
        Map<String, JsonNode> before = byKey(key, base);
        Map<String, JsonNode> mine = byKey(key, yours);
        Map<String, JsonNode> theirs = byKey(key, onDisk);
        List<String> order = new ArrayList<>(theirs.keySet());
        int at = -1;
        for (String k : mine.keySet()) {
            int found = order.indexOf(k);
            if (found < 0) {
                order.add(++at, k);
            } else {
                at = found;
            }
        }
        for (String k : before.keySet()) {
            if (!order.contains(k)) {
                order.add(k); // removed on both sides: merges to nothing
            }
        }
        ArrayNode merged = JsonNodeFactory.instance.arrayNode();
        for (String k : order) {
            JsonNode value = value(before.get(k), mine.get(k), theirs.get(k), where + "[" + k + "]", "");
            if (value != null) {
                merged.add(value);
            }
        }
        return merged;
    }

    /** Lists of ids (a value's quotes): what either side added, less what either side removed, in yours' order first. */
    private static ArrayNode set(JsonNode base, JsonNode yours, JsonNode onDisk) {
        Set<String> before = texts(base);
        Set<String> mine = texts(yours);
        Set<String> theirs = texts(onDisk);
        Set<String> merged = new LinkedHashSet<>(mine);
        merged.addAll(theirs);
        for (String id : before) {
            if (!mine.contains(id) || !theirs.contains(id)) {
                merged.remove(id);
            }
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        merged.forEach(out::add);
        return out;
    }

    private static boolean keyed(List<String> key, JsonNode... lists) {
        for (JsonNode list : lists) {
            Set<String> seen = new LinkedHashSet<>();
            for (JsonNode element : list) {
                if (!element.isObject() || key.stream().anyMatch(f -> !element.path(f).isTextual()) || !seen.add(keyOf(key, element))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean scalars(JsonNode... lists) {
        for (JsonNode list : lists) {
            Set<String> seen = new LinkedHashSet<>();
            for (JsonNode element : list) {
                if (!element.isTextual() || !seen.add(element.asText())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(List<String> key, JsonNode list) {
        Map<String, JsonNode> elements = new LinkedHashMap<>();
        list.forEach(element -> elements.put(keyOf(key, element), element));
        return elements;
    }

    private static String keyOf(List<String> key, JsonNode element) {
        return String.join(" ", key.stream().map(f -> element.path(f).asText()).toList());
    }

    private static Set<String> texts(JsonNode list) {
        Set<String> texts = new LinkedHashSet<>();
        list.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    /** A value as the reviewer reads it in a message: text in quotes, cut at 80 characters; "removed" when absent. */
    private static String show(JsonNode value) {
        if (value == null) {
            return "removed";
        }
        String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
