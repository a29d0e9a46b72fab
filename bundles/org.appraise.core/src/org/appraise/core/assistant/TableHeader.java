package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.core.NumberReader;
import org.appraise.core.assistant.Proposal.Span;

/**
 * The columns a block of table header lines names: the population of each column ("Before PSM ... After PSM"),
 * the arm's label and size where the header gives them ("RT + PD1, N = 37", "Anti-PD-1 alone (n = 82)"), and
 * sub-columns that repeat under each arm ("Any grade / Grade 3-4"). A label is kept only when every column of a
 * population has one of its own: a header flattened out of order gives sizes only.
 */
final class TableHeader {

    /** One column of numbers: its population, its arm's label and size as the header gives them (either may be null). */
    record Column(Population population, String populationWords, String label, BigDecimal n, Span nSpan) {
    }

    /** A group's size, "n = 58" or "n = 1,234" (thousands grouped by commas); "n = 12,34" is none. */
    private static final Pattern SIZE = Pattern.compile("(?<![\\w])[nN]\\s*=\\s*(0|" + NumberReader.WHOLE + ")(?![\\d]|[.,]\\d)");
    private static final Pattern P_CELL = Pattern.compile("<i>\\s*P\\s*</i>|(?<![\\w])[Pp][\\s-]*value(?![\\w])|(?<![\\w(])P(?![\\w)=<>])");
    private static final Pattern STUB = Pattern.compile(
            "^(?:\\s*(?:variables?|characteristics?|response|adverse\\s+events?|outcomes?|efficacy|value|\\(%\\)|[),;:(]))+\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Words and marks a column label never runs across: the stub column's heading, a legend's semicolons, a sentence's end. */
    private static final Pattern STOP = Pattern.compile(
            "\\b(?:variables?|characteristics?|response|adverse\\s+events?|outcomes?|efficacy)\\b|[;:]|\\.\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_GRADE = Pattern.compile("any\\s+grade", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIGH_GRADE = Pattern.compile("grade\\s*(?:3|III)\\s*(?:-|/|to|or)\\s*(?:4|IV)|grade\\s*(?:≥|>=)\\s*3",
            Pattern.CASE_INSENSITIVE);

    private final List<Column> columns;
    private final int gradeColumn;
    private final int subcolumns;

    private TableHeader(List<Column> columns, int subcolumns, int gradeColumn) {
        this.columns = columns;
        this.subcolumns = subcolumns;
        this.gradeColumn = gradeColumn;
    }

    List<Column> columns() {
        return columns;
    }

    /** How many numbers stand under each column (2 for "Any grade / Grade 3-4"), at least 1. */
    int subcolumns() {
        return subcolumns;
    }

    /** Which sub-column holds grade 3-4 events, -1 when the header has no such split. */
    int gradeColumn() {
        return gradeColumn;
    }

    /**
     * The header the lines give, or null when they name no columns (a line "According to mRECIST" between rows).
     */
    static TableHeader read(List<PaperText.Line> lines) {
        StringBuilder joined = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        for (PaperText.Line line : lines) {
            for (int i = 0; i < line.plain().length(); i++) {
                joined.append(line.plain().charAt(i));
                offsets.add(line.start() + i);
            }
            joined.append(' ');
            offsets.add(line.end());
        }
        String text = joined.toString();
        List<Population.Mention> populations = Population.mentions(text);
        int subcolumns = 1;
        int grade = -1;
        if (count(ANY_GRADE, text) >= 2 && count(HIGH_GRADE, text) >= 2) {
            subcolumns = 2;
            grade = first(HIGH_GRADE, text) < first(ANY_GRADE, text) ? 0 : 1;
        }
        List<Column> columns = sized(text, offsets, populations);
        if (columns.isEmpty()) {
            columns = labelled(lines, populations);
        }
        return columns.isEmpty() ? null : new TableHeader(List.copyOf(columns), subcolumns, grade);
    }

    private static List<Column> sized(String text, List<Integer> offsets, List<Population.Mention> populations) {
        List<java.util.regex.MatchResult> sizes = SIZE.matcher(text).results().toList();
        if (sizes.isEmpty()) {
            return List.of();
        }
        boolean populationsFirst = !populations.isEmpty() && populations.get(populations.size() - 1).end() <= sizes.get(0).start();
        List<Column> columns = new ArrayList<>();
        int delimiter = 0;
        for (int i = 0; i < sizes.size(); i++) {
            java.util.regex.MatchResult size = sizes.get(i);
            Population.Mention population = populationsFirst
                    ? populations.get(Math.min(populations.size() - 1, i * populations.size() / sizes.size()))
                    : lastBefore(populations, size.start());
            for (Population.Mention mention : populations) {
                if (mention.end() <= size.start()) {
                    delimiter = Math.max(delimiter, mention.end());
                }
            }
            Matcher p = P_CELL.matcher(text).region(delimiter, size.start());
            while (p.find()) {
                delimiter = p.end();
            }
            String between = text.substring(delimiter, size.start());
            int cut = 0;
            Matcher stop = STOP.matcher(between);
            while (stop.find()) {
                cut = stop.end();
            }
            String label = label(between.substring(cut));
            BigDecimal n = NumberReader.number(size.group(1));
            Span span = new Span(offsets.get(size.start()), offsets.get(size.end() - 1) + 1, null);
            columns.add(new Column(population == null ? Population.ALL : population.population(),
                    population == null ? null : population.words(), label, n, span));
            delimiter = size.end();
        }
        return trustedLabels(columns);
    }

    /** Labels only when every column of each population has its own, distinct from the others'. */
    private static List<Column> trustedLabels(List<Column> columns) {
        java.util.Map<Population, List<Column>> byPopulation = new java.util.LinkedHashMap<>();
        columns.forEach(c -> byPopulation.computeIfAbsent(c.population(), k -> new ArrayList<>()).add(c));
        boolean trusted = byPopulation.values().stream().allMatch(
                cs -> cs.stream().allMatch(c -> c.label() != null) && cs.stream().map(c -> PaperArms.words(c.label())).distinct().count() == cs.size());
        return trusted ? columns : columns.stream().map(c -> new Column(c.population(), c.populationWords(), null, c.n(), c.nSpan())).toList();
    }

    /** Labels from a header line of tab-separated arm names ("combined-therapy group / sorafenib-only group"). */
    private static List<Column> labelled(List<PaperText.Line> lines, List<Population.Mention> populations) {
        for (PaperText.Line line : lines) {
            String[] cells = line.raw().split("\\t");
            if (cells.length < 3) {
                continue;
            }
            List<String> labels = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
                String cell = org.appraise.core.NumberReader.plain(cells[i]).strip();
                if (cell.replaceAll("[^A-Za-z]", "").length() >= 3 && !P_CELL.matcher(cell).matches() && Population.mentions(cell).isEmpty()
                        && !cell.toLowerCase(java.util.Locale.ROOT).contains("grade")) {
                    labels.add(cell);
                }
            }
            if (labels.size() < 2) {
                continue;
            }
            List<Population.Mention> named = populations.isEmpty() ? java.util.Collections.singletonList(null) : populations;
            if (labels.size() % named.size() != 0) {
                return List.of();
            }
            List<Column> columns = new ArrayList<>();
            int per = labels.size() / named.size();
            for (int i = 0; i < labels.size(); i++) {
                Population.Mention population = named.get(i / per);
                columns.add(new Column(population == null ? Population.ALL : population.population(),
                        population == null ? null : population.words(), labels.get(i), null, null));
            }
            return trustedLabels(columns);
        }
        return List.of();
    }

    private static String label(String between) {
        String label = between.replace("(%)", " ").replaceAll("\\s+", " ").strip();
        label = STUB.matcher(label).replaceFirst("");
        label = label.replaceAll("[\\s,;:(]+$", "").strip();
        String[] words = label.split(" ");
        if (words.length > 8) {
            return null;
        }
        return label.replaceAll("[^A-Za-z]", "").length() >= 2 ? label : null;
    }

    private static Population.Mention lastBefore(List<Population.Mention> populations, int offset) {
        Population.Mention last = null;
        for (Population.Mention mention : populations) {
            if (mention.end() <= offset) {
                last = mention;
            }
        }
        return last;
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    private static int first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }
}
