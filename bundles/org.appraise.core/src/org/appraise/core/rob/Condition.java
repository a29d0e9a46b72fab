package org.appraise.core.rob;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A condition of a tool's algorithm, written in the tool definition in the words of the published tables:
 * {@code 1.2 is Y/PY and (1.1 is Y/PY/NI or 1.3 is N/PN/NI)}, {@code any domain is high},
 * {@code every answer is Y}, {@code stars(S) >= 3}, {@code $term}. A question that was not asked reads as
 * {@code NA}.
 */
public sealed interface Condition {

    boolean holds(Facts facts);

    /** What a condition is evaluated against: one assessment's answers and judgements. */
    interface Facts {
        /** The answer code to a question, {@code NA} when it was not asked, null when unanswered. */
        String answer(String question);

        /** The judgement level of a domain, null when there is none. */
        String judgement(String domain);

        /** The answers to the questions of the domain being judged. */
        List<String> domainAnswers();

        /** The judgements of the domains that count towards the overall judgement. */
        List<String> overallJudgements();

        /** The stars of a domain (null: the domain being judged), or of all domains together with "*". */
        int stars(String domain);
    }

    record Is(String ref, Set<String> codes) implements Condition {
        @Override
        public boolean holds(Facts facts) {
            String value = facts.answer(ref);
            if (value == null) {
                value = facts.judgement(ref);
            }
            return value != null && codes.contains(value);
        }
    }

    /** {@code every|any domain|answer is codes}. */
    record Quantified(boolean every, boolean domains, Set<String> codes) implements Condition {
        @Override
        public boolean holds(Facts facts) {
            List<String> values = domains ? facts.overallJudgements() : facts.domainAnswers();
            if (every) {
                return !values.isEmpty() && values.stream().allMatch(v -> v != null && codes.contains(v));
            }
            return values.stream().anyMatch(v -> v != null && codes.contains(v));
        }
    }

    record Stars(String domain, String operator, int bound) implements Condition {
        @Override
        public boolean holds(Facts facts) {
            int stars = facts.stars(domain);
            return switch (operator) {
            case ">=" -> stars >= bound;
            case "<=" -> stars <= bound;
            case ">" -> stars > bound;
            case "<" -> stars < bound;
            default -> stars == bound;
            };
        }
    }

    record Not(Condition operand) implements Condition {
        @Override
        public boolean holds(Facts facts) {
            return !operand.holds(facts);
        }
    }

    record All(List<Condition> operands) implements Condition {
        @Override
        public boolean holds(Facts facts) {
            return operands.stream().allMatch(c -> c.holds(facts));
        }
    }

    record AnyOf(List<Condition> operands) implements Condition {
        @Override
        public boolean holds(Facts facts) {
            return operands.stream().anyMatch(c -> c.holds(facts));
        }
    }

    record Always() implements Condition {
        @Override
        public boolean holds(Facts facts) {
            return true;
        }
    }

    /**
     * Reads a condition.
     *
     * @param terms named conditions that {@code $name} refers to (already parsed)
     * @throws IllegalArgumentException naming the position and what was expected
     */
    static Condition parse(String text, Map<String, Condition> terms) {
        return new Reader(text, terms).read();
    }

    /** A recursive-descent reader of the condition language. */
    final class Reader {
        private static final Set<String> OPERATORS = Set.of(">=", "<=", ">", "<", "=");
        private final String text;
        private final Map<String, Condition> terms;
        private final List<String> tokens = new ArrayList<>();
        private int position;

        Reader(String text, Map<String, Condition> terms) {
            this.text = text;
            this.terms = terms;
            for (String token : text.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }

        Condition read() {
            Condition condition = or();
            if (position < tokens.size()) {
                throw error("end of condition");
            }
            return condition;
        }

        private Condition or() {
            List<Condition> operands = new ArrayList<>(List.of(and()));
            while (accept("or")) {
                operands.add(and());
            }
            return operands.size() == 1 ? operands.get(0) : new AnyOf(List.copyOf(operands));
        }

        private Condition and() {
            List<Condition> operands = new ArrayList<>(List.of(unary()));
            while (accept("and")) {
                operands.add(unary());
            }
            return operands.size() == 1 ? operands.get(0) : new All(List.copyOf(operands));
        }

        private Condition unary() {
            if (accept("not")) {
                return new Not(unary());
            }
            if (accept("(")) {
                Condition inner = or();
                expect(")");
                return inner;
            }
            if (accept("always")) {
                return new Always();
            }
            if (peek().startsWith("$")) {
                String name = next().substring(1);
                Condition term = terms.get(name);
                if (term == null) {
                    position--;
                    throw error("a defined term (known: " + terms.keySet() + ")");
                }
                return term;
            }
            if (peek().equals("every") || peek().equals("any")) {
                boolean every = next().equals("every");
                String what = next();
                if (!what.equals("domain") && !what.equals("answer")) {
                    position--;
                    throw error("'domain' or 'answer'");
                }
                expect("is");
                return new Quantified(every, what.equals("domain"), codes());
            }
            if (peek().equals("stars")) {
                next();
                String domain = null;
                if (accept("(")) {
                    domain = next();
                    expect(")");
                }
                String operator = next();
                if (!OPERATORS.contains(operator)) {
                    position--;
                    throw error("a comparison (>=, <=, >, <, =)");
                }
                String bound = next();
                try {
                    return new Stars(domain, operator, Integer.parseInt(bound));
                } catch (NumberFormatException e) {
                    position--;
                    throw error("a whole number of stars");
                }
            }
            String ref = next();
            expect("is");
            return new Is(ref, codes());
        }

        private Set<String> codes() {
            String list = next();
            return Set.of(list.split("/"));
        }

        private String peek() {
            if (position >= tokens.size()) {
                throw error("more of the condition");
            }
            return tokens.get(position);
        }

        private String next() {
            String token = peek();
            position++;
            return token;
        }

        private boolean accept(String token) {
            if (position < tokens.size() && tokens.get(position).equals(token)) {
                position++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw error("'" + token + "'");
            }
        }

        private IllegalArgumentException error(String expected) {
            String found = position < tokens.size() ? "'" + tokens.get(position) + "'" : "the end";
            return new IllegalArgumentException(
                    "In condition \"" + text + "\": expected " + expected + " at word " + (position + 1) + ", found " + found);
        }
    }
}
