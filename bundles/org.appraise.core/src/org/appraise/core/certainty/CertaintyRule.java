package org.appraise.core.certainty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GRADE's rule from the starting level and the domains' ratings to the certainty of the evidence, read from
 * {@code rules/grade-certainty.json} (the rule is data, as the risk-of-bias tools' algorithms are). A level comes out
 * only when every downward domain is rated; otherwise the result says which are not.
 */
public final class CertaintyRule {

    private final List<String> levels;
    private final Map<String, String> start;
    private final Map<String, Integer> down;
    private final List<String> downDomains;
    private final Map<String, Integer> up;
    private final List<String> upDomains;
    private final List<String> upEvidence;
    private final Map<String, Integer> most;

    private CertaintyRule(JsonNode rule) {
        levels = strings(rule.get("levels"));
        start = new LinkedHashMap<>();
        rule.get("start").fields().forEachRemaining(e -> start.put(e.getKey(), e.getValue().asText()));
        down = numbers(rule.at("/down/ratings"));
        downDomains = strings(rule.at("/down/domains"));
        up = numbers(rule.at("/up/ratings"));
        upDomains = strings(rule.at("/up/domains"));
        upEvidence = strings(rule.at("/up/evidence"));
        most = numbers(rule.at("/up/most"));
    }

    /** GRADE's rule as Appraise ships it. */
    public static CertaintyRule grade() {
        try (InputStream in = CertaintyRule.class.getResourceAsStream("/rules/grade-certainty.json")) {
            if (in == null) {
                throw new IllegalStateException("rules/grade-certainty.json is missing from org.appraise.core");
            }
            return new CertaintyRule(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The levels from lowest to highest (VERY_LOW ... HIGH). */
    public List<String> levels() {
        return levels;
    }

    public List<String> downDomains() {
        return downDomains;
    }

    public List<String> upDomains() {
        return upDomains;
    }

    /** Every domain in GRADE's order: the five that rate down, then the three that rate up. */
    public List<String> domains() {
        List<String> all = new ArrayList<>(downDomains);
        all.addAll(upDomains);
        return List.copyOf(all);
    }

    /** The kinds of evidence (RANDOMISED, NON_RANDOMISED, NON_RANDOMISED_ROBINS_I). */
    public List<String> evidence() {
        return List.copyOf(start.keySet());
    }

    /** The ratings a domain takes (NOT_SERIOUS, SERIOUS, VERY_SERIOUS; or NONE, ONE, TWO). */
    public List<String> ratings(String domain) {
        return List.copyOf((downDomains.contains(domain) ? down : up).keySet());
    }

    /**
     * The certainty from the kind of evidence and the ratings by domain; the level is empty, with the problems, when the
     * evidence is not stated, a downward domain is not rated, or a rating does not belong to its domain.
     */
    public Certainty apply(String evidence, Map<String, String> ratings) {
        List<String> problems = new ArrayList<>();
        String from = evidence == null ? null : start.get(evidence);
        if (from == null) {
            problems.add("the kind of evidence is " + (evidence == null ? "not stated" : "'" + evidence + "', not one of " + start.keySet()));
        }
        int steps = 0;
        for (String domain : downDomains) {
            String rating = ratings.get(domain);
            if (rating == null) {
                problems.add(label(domain) + " is not rated");
            } else if (!down.containsKey(rating)) {
                problems.add(label(domain) + " is rated '" + rating + "', not one of " + down.keySet());
            } else {
                steps -= down.get(rating);
            }
        }
        for (String domain : upDomains) {
            String rating = ratings.get(domain);
            if (rating == null || rating.equals("NONE")) {
                continue;
            }
            if (!up.containsKey(rating)) {
                problems.add(label(domain) + " is rated '" + rating + "', not one of " + up.keySet());
            } else if (evidence != null && !upEvidence.contains(evidence)) {
                problems.add(label(domain) + " rates up, which only non-randomised evidence is");
            } else if (up.get(rating) > most.getOrDefault(domain, Integer.MAX_VALUE)) {
                problems.add(label(domain) + " rates up at most " + most.get(domain) + " level");
            } else {
                steps += up.get(rating);
            }
        }
        for (String domain : ratings.keySet()) {
            if (domain == null || domain.isBlank()) {
                problems.add("a rating does not name its domain");
            } else if (!downDomains.contains(domain) && !upDomains.contains(domain)) {
                problems.add("'" + domain + "' is not a GRADE domain");
            }
        }
        if (!problems.isEmpty()) {
            return new Certainty(null, from, problems);
        }
        int at = Math.max(0, Math.min(levels.size() - 1, levels.indexOf(from) + steps));
        return new Certainty(levels.get(at), from, List.of());
    }

    /** "Risk of bias", "Publication bias"... */
    public static String label(String key) {
        if (key == null || key.isBlank()) {
            return "(not given)";
        }
        String words = key.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static Map<String, Integer> numbers(JsonNode object) {
        Map<String, Integer> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
        return out;
    }
}
