package org.appraise.core.rob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The risk-of-bias tools Appraise knows, read from the definition files shipped in this bundle
 * ({@code tools/*.json}, listed in {@code tools/index}). A definition that does not hold together (a rule
 * naming an unknown question or level, a condition that does not parse) is refused with the file and the
 * place named.
 */
public final class RiskOfBiasTools {

    private static final String FOLDER = "/tools/";

    private final List<RiskOfBiasTool> tools;

    private RiskOfBiasTools(List<RiskOfBiasTool> tools) {
        this.tools = List.copyOf(tools);
    }

    /** The tools shipped with Appraise. */
    public static RiskOfBiasTools builtIn() {
        List<RiskOfBiasTool> tools = new ArrayList<>();
        try (InputStream index = RiskOfBiasTools.class.getResourceAsStream(FOLDER + "index")) {
            if (index == null) {
                throw new IllegalStateException("The tool index " + FOLDER + "index is missing from org.appraise.core");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String file = line.strip();
                if (file.isEmpty() || file.startsWith("#")) {
                    continue;
                }
                try (InputStream in = RiskOfBiasTools.class.getResourceAsStream(FOLDER + file)) {
                    if (in == null) {
                        throw new IllegalStateException("Tool definition " + file + " is listed in the index but missing");
                    }
                    tools.add(read(file, in));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the risk-of-bias tool definitions: " + e.getMessage(), e);
        }
        return new RiskOfBiasTools(tools);
    }

    public List<RiskOfBiasTool> all() {
        return tools;
    }

    /**
     * The tool made for a study of this design: RoB 2 for a randomised trial; ROBINS-I for a non-randomised
     * trial or a cohort when it has results to assess, else the Newcastle-Ottawa scale for cohorts; NOS for
     * case-control studies; QUADAS-2 for diagnostic accuracy. Empty when the design is not yet chosen or no
     * tool here is made for it.
     */
    public Optional<RiskOfBiasTool> madeFor(org.appraise.model.StudyDesign design, boolean hasResults) {
        String id = switch (design) {
        case RANDOMISED_TRIAL -> "rob2";
        case NON_RANDOMISED_TRIAL -> "robins-i-2016";
        case PROSPECTIVE_COHORT, RETROSPECTIVE_COHORT -> hasResults ? "robins-i-2016" : "nos-cohort";
        case CASE_CONTROL -> "nos-case-control";
        case DIAGNOSTIC_ACCURACY -> "quadas-2";
        default -> null;
        };
        return id == null ? Optional.empty() : find(id);
    }

    public Optional<RiskOfBiasTool> find(String id) {
        return tools.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Reads one definition.
     *
     * @throws IllegalArgumentException naming the file and the place when the definition is not valid
     */
    public static RiskOfBiasTool read(String file, InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        try {
            return new Definition(root).tool();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The reading of one definition file. */
    private static final class Definition {
        private final JsonNode root;
        private final Map<String, Condition> terms = new LinkedHashMap<>();
        private final Map<String, String> termTexts = new LinkedHashMap<>();
        private final Map<String, List<AnswerOption>> answerSets = new LinkedHashMap<>();
        private final Set<String> questionIds = new HashSet<>();
        private final Set<String> domainIds = new HashSet<>();
        private final List<JudgementLevel> levels = new ArrayList<>();

        Definition(JsonNode root) {
            this.root = root;
        }

        RiskOfBiasTool tool() {
            if (!"risk-of-bias-tool".equals(root.path("appraise").asText())) {
                throw new IllegalArgumentException("not a risk-of-bias tool definition (\"appraise\" is not \"risk-of-bias-tool\")");
            }
            for (JsonNode level : root.path("levels")) {
                levels.add(new JudgementLevel(text(level, "id"), text(level, "label"), text(level, "tone"),
                        text(level, "symbol")));
            }
            root.path("answerSets").fields().forEachRemaining(set -> {
                List<AnswerOption> options = new ArrayList<>();
                for (JsonNode option : set.getValue()) {
                    options.add(new AnswerOption(text(option, "code"), text(option, "label"), option.path("stars").asInt(0)));
                }
                answerSets.put(set.getKey(), List.copyOf(options));
            });
            root.path("domains").forEach(d -> domainIds.add(text(d, "id")));
            root.path("terms").fields().forEachRemaining(t -> {
                terms.put(t.getKey(), condition(t.getValue().asText(), "term " + t.getKey()));
                termTexts.put(t.getKey(), t.getValue().asText());
            });
            List<SignallingQuestion> preliminary = questions(root.path("preliminary"), "preliminary questions");
            List<ToolDomain> domains = new ArrayList<>();
            for (JsonNode domain : root.path("domains")) {
                domains.add(domain(domain));
            }
            List<JudgementRule> overall = rules(root.path("overall"), "overall");
            return new RiskOfBiasTool(text(root, "id"), text(root, "version"), text(root, "name"), text(root, "shortName"),
                    text(root, "source"), text(root, "assesses"), List.copyOf(levels), preliminary, List.copyOf(domains),
                    overall);
        }

        private ToolDomain domain(JsonNode domain) {
            String id = text(domain, "id");
            List<SignallingQuestion> questions = questions(domain.path("questions"), "domain " + id);
            boolean starScored = questions.stream().anyMatch(q -> q.answers().stream().anyMatch(a -> a.stars() > 0));
            Optional<Condition> applies = domain.has("appliesWhen")
                    ? Optional.of(condition(domain.get("appliesWhen").asText(), "domain " + id + " appliesWhen"))
                    : Optional.empty();
            return new ToolDomain(id, domain.path("caption").asText(id), text(domain, "name"), questions,
                    rules(domain.path("rules"), "domain " + id), domain.path("inOverall").asBoolean(true), applies,
                    starScored, domain.path("partialAlgorithm").asBoolean(false));
        }

        private List<SignallingQuestion> questions(JsonNode array, String where) {
            List<SignallingQuestion> questions = new ArrayList<>();
            for (JsonNode question : array) {
                String id = text(question, "id");
                if (!questionIds.add(id) || domainIds.contains(id)) {
                    throw new IllegalArgumentException(where + ": question id " + id + " is used twice");
                }
                String set = text(question, "answers");
                List<AnswerOption> answers = answerSets.get(set);
                if (answers == null) {
                    throw new IllegalArgumentException(where + ", question " + id + ": unknown answer set " + set);
                }
                String askedWhen = question.path("askedWhen").asText("");
                questions.add(new SignallingQuestion(id, question.path("number").asText(id), text(question, "text"), answers,
                        askedWhen.isEmpty() ? Optional.empty() : Optional.of(condition(askedWhen, "question " + id + " askedWhen")),
                        askedWhen));
            }
            return List.copyOf(questions);
        }

        private List<JudgementRule> rules(JsonNode array, String where) {
            List<JudgementRule> rules = new ArrayList<>();
            for (JsonNode rule : array) {
                String level = text(rule, "level");
                if (levels.stream().noneMatch(l -> l.id().equals(level))) {
                    throw new IllegalArgumentException(where + ": rule proposes unknown level " + level);
                }
                String when = text(rule, "when");
                rules.add(new JudgementRule(condition(when, where), spelledOut(when), level));
            }
            return List.copyOf(rules);
        }

        /** A condition with its terms written out, as the editor shows it ("proposed because ..."). */
        private String spelledOut(String text) {
            java.util.regex.Matcher term = java.util.regex.Pattern.compile("\\$(\\w+)").matcher(text);
            StringBuilder out = new StringBuilder();
            while (term.find()) {
                String definition = termTexts.get(term.group(1));
                term.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        definition == null ? term.group() : "(" + spelledOut(definition) + ")"));
            }
            term.appendTail(out);
            return out.toString();
        }

        private Condition condition(String text, String where) {
            try {
                Condition condition = Condition.parse(text, terms);
                checkReferences(condition, where);
                return condition;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }

        /** Every question or domain a condition names exists (questions may be defined further down). */
        private void checkReferences(Condition condition, String where) {
            if (condition instanceof Condition.Is is) {
                if (!domainIds.contains(is.ref()) && !allQuestionIds().contains(is.ref())) {
                    throw new IllegalArgumentException("condition names unknown question or domain " + is.ref());
                }
            } else if (condition instanceof Condition.Stars stars) {
                if (stars.domain() != null && !domainIds.contains(stars.domain())) {
                    throw new IllegalArgumentException("stars of unknown domain " + stars.domain());
                }
            } else if (condition instanceof Condition.Not not) {
                checkReferences(not.operand(), where);
            } else if (condition instanceof Condition.All all) {
                all.operands().forEach(c -> checkReferences(c, where));
            } else if (condition instanceof Condition.AnyOf any) {
                any.operands().forEach(c -> checkReferences(c, where));
            }
        }

        private Set<String> allQuestionIds() {
            Set<String> ids = new HashSet<>();
            for (JsonNode q : root.path("preliminary")) {
                ids.add(q.path("id").asText());
            }
            for (JsonNode d : root.path("domains")) {
                for (JsonNode q : d.path("questions")) {
                    ids.add(q.path("id").asText());
                }
            }
            return ids;
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new IllegalArgumentException("missing text field \"" + field + "\" in " + abbreviate(node));
            }
            return value.asText();
        }

        private static String abbreviate(JsonNode node) {
            String text = node.toString();
            return text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }
    }
}
