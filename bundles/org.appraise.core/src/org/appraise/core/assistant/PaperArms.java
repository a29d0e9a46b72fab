package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.core.NumberReader;
import org.appraise.core.assistant.Proposal.Span;

/**
 * The arms a paper compares, read from its table headers: their number (the columns of each population), each
 * arm's label from the first header that labels every column, and its size in each population from the headers
 * that give sizes, in column order (papers keep their arms in one order across tables). Sentences name arms in
 * other words ("the combination group", "anti-PD-1 alone"): an arm is named where a sentence uses the words that
 * set its label apart from the other arms', or says "combination"/"combined" of the arm whose label joins two
 * treatments, "alone"/"only"/"mono" of the arm given one.
 */
public final class PaperArms {

    /** One arm: its label as the paper writes it, and its size in each population with where the size stands. */
    public record Arm(int index, String label, Map<Population, Size> sizes) {

        public BigDecimal n(Population population) {
            Size size = sizes.get(population);
            return size == null ? null : size.n();
        }
    }

    /** A group size, the words that give it ("(n = 58)"), and the other places the paper gives the same size of the arm. */
    public record Size(BigDecimal n, Span span, List<Span> elsewhere) {
    }

    private static final Pattern JOINED = Pattern.compile("\\bplus\\b|\\+|\\bcombin|\\bwith\\b|\\band\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile("\\balone\\b|\\bonly\\b|\\bmono", Pattern.CASE_INSENSITIVE);

    private final List<Arm> arms;

    private PaperArms(List<Arm> arms) {
        this.arms = arms;
    }

    public List<Arm> arms() {
        return arms;
    }

    static PaperArms of(List<TableHeader> headers) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (TableHeader header : headers) {
            counts.merge(perPopulation(header), 1, Integer::sum);
        }
        int k = counts.entrySet().stream().filter(e -> e.getKey() >= 2).max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
        List<String> labels = new ArrayList<>(java.util.Collections.nCopies(k, (String) null));
        List<Map<Population, Size>> sizes = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            sizes.add(new EnumMap<>(Population.class));
        }
        for (TableHeader header : headers) {
            if (perPopulation(header) != k) {
                continue;
            }
            List<TableHeader.Column> columns = header.columns();
            for (int c = 0; c < columns.size(); c++) {
                TableHeader.Column column = columns.get(c);
                int arm = c % k;
                if (column.label() != null && labels.get(arm) == null && columns.stream().allMatch(x -> x.label() != null)) {
                    labels.set(arm, column.label());
                }
                if (column.n() != null) {
                    Size known = sizes.get(arm).get(column.population());
                    if (known == null) {
                        sizes.get(arm).put(column.population(), new Size(column.n(), column.nSpan(), List.of()));
                    } else if (known.n().compareTo(column.n()) == 0) {
                        List<Span> more = new ArrayList<>(known.elsewhere());
                        more.add(column.nSpan());
                        sizes.get(arm).put(column.population(), new Size(known.n(), known.span(), List.copyOf(more)));
                    }
                }
            }
        }
        List<Arm> arms = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            arms.add(new Arm(i, labels.get(i) == null ? "Arm " + (i + 1) : labels.get(i), Map.copyOf(sizes.get(i))));
        }
        return new PaperArms(List.copyOf(arms));
    }

    private static final Pattern SIZED = Pattern.compile("([A-Za-z][A-Za-z0-9 +/\\-]{0,60}?)\\s*\\(\\s*[nN]\\s*=\\s*(0|" + NumberReader.WHOLE + ")\\s*\\)");
    private static final Pattern CUT = Pattern.compile(
            "(?i).*(?:\\b(?:to|or|and|versus|vs|receive|received|receiving|given|undergo|undergoing|the|of|in|between|were|was|into|comprising|either|both|matching)\\b|[,;:(])\\s*");

    /**
     * A group's size before its treatment: "40 received camrelizumab plus apatinib and 41 received sorafenib", "120
     * patients were assigned to nivolumab": the label runs to a comma, a semicolon, the sentence's end, or an "and"/"or"/
     * "versus" that comes before the next group's size ("carboplatin and paclitaxel" stays one label).
     */
    private static final Pattern COUNTED = Pattern.compile("(?<![\\d.,%])(" + NumberReader.WHOLE + ")\\s+(?:(?:patients|participants|subjects)\\s+)?"
            + "(?:received|were\\s+given|were\\s+treated\\s+with|were\\s+(?:randomly\\s+)?(?:assigned|allocated|randomi[sz]ed)\\s+to)\\s+"
            + "(?:the\\s+)?([A-Za-z][A-Za-z0-9 +/\\-]{0,60}?)(?=\\s*(?:[,;)]|\\.(?!\\d)|$)|\\s+(?:and|or|while|whereas|versus|vs)\\s+\\d)");

    /**
     * The arms a paper without result tables names in its prose: the first sentence that gives two to four groups
     * with their sizes ("assigned to pembrolizumab (n = 154) or chemotherapy (n = 151)", or "40 received camrelizumab
     * plus apatinib and 41 received sorafenib"), in that order, each size in the population the sentence names before
     * it (the whole cohort when it names none).
     */
    static PaperArms ofProse(PaperText paper, List<int[]> sentences) {
        for (int[] sentence : sentences) {
            String text = paper.plain().substring(sentence[0], sentence[1]);
            List<String> labels = new ArrayList<>();
            List<Map<Population, Size>> sizes = new ArrayList<>();
            for (java.util.regex.MatchResult m : SIZED.matcher(text).results().toList()) {
                group(text, sentence[0], CUT.matcher(m.group(1)).replaceFirst("").strip(), m.group(2), m.end(1), m.end(), m.start(), labels, sizes);
            }
            if (labels.size() < 2) {
                labels.clear();
                sizes.clear();
                List<java.util.regex.MatchResult> counted = COUNTED.matcher(text).results().toList();
                if (allocation(text, counted)) {
                    for (java.util.regex.MatchResult m : counted) {
                        group(text, sentence[0], m.group(2).strip(), m.group(1), m.start(1), m.end(1), m.start(), labels, sizes);
                    }
                }
            }
            if (labels.size() >= 2 && labels.size() <= 4) {
                List<Arm> arms = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    arms.add(new Arm(i, labels.get(i), sizes.get(i)));
                }
                return new PaperArms(List.copyOf(arms));
            }
        }
        return new PaperArms(List.of());
    }

    /** Words that make counted groups a study's arms, not later treatments of some patients ("of these, 12 received radiotherapy"). */
    private static final Pattern ALLOCATION = Pattern.compile("\\b(?:enrolled|included|assigned|allocated|randomi[sz]ed|cohort|divided|arms?|groups?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL = Pattern.compile("(?<![\\d.,])(" + NumberReader.WHOLE + ")\\s+(?:patients|participants|subjects)\\b");

    /**
     * Whether groups counted before their treatments are the study's arms: the sentence says they were enrolled,
     * assigned or grouped, and a total it gives before them is their sum.
     */
    private static boolean allocation(String text, List<java.util.regex.MatchResult> counted) {
        if (counted.size() < 2 || !ALLOCATION.matcher(text).find()) {
            return false;
        }
        Matcher total = TOTAL.matcher(text.substring(0, counted.get(0).start()));
        BigDecimal sum = counted.stream().map(m -> NumberReader.number(m.group(1))).reduce(BigDecimal.ZERO, BigDecimal::add);
        return !total.find() || NumberReader.number(total.group(1)).compareTo(sum) == 0;
    }

    /** One group of a sentence: its label and size, with the words that give the size; a label given twice counts once. */
    private static void group(String text, int offset, String label, String n, int from, int to, int at, List<String> labels,
            List<Map<Population, Size>> sizes) {
        if (label.replaceAll("[^A-Za-z]", "").length() < 2 || labels.stream().anyMatch(l -> words(l).equals(words(label)))) {
            return;
        }
        Population population = Population.mentions(text.substring(0, at)).stream().map(Population.Mention::population)
                .reduce((a, b) -> b).orElse(Population.ALL);
        labels.add(label);
        sizes.add(Map.of(population, new Size(NumberReader.number(n), new Span(offset + from, offset + to, null), List.of())));
    }

    private static int perPopulation(TableHeader header) {
        long populations = header.columns().stream().map(TableHeader.Column::population).distinct().count();
        return (int) (header.columns().size() / Math.max(1, populations));
    }

    /** The arm a column label names: by its words, or by its place when the label is missing or names none. */
    int armOfColumn(TableHeader.Column column, int place) {
        if (column.label() != null) {
            int named = named(column.label(), 0, column.label().length());
            if (named >= 0) {
                return named;
            }
        }
        return arms.isEmpty() ? -1 : place % arms.size();
    }

    /** The arm the text names between the offsets, -1 when it names none or more than one. */
    int named(String text, int from, int to) {
        List<Integer> found = namedInOrder(text, from, to);
        return found.size() == 1 ? found.get(0) : -1;
    }

    /** The arms the text names between the offsets, in the order it first names them. */
    List<Integer> namedInOrder(String text, int from, int to) {
        return mentions(text, from, to).stream().map(h -> h[1]).toList();
    }

    /** Where the text first names each arm it names between the offsets (an offset into the text, the arm), in that order. */
    List<int[]> mentions(String text, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        String span = text.substring(Math.max(0, from), Math.min(text.length(), to)).toLowerCase(Locale.ROOT);
        List<int[]> hits = new ArrayList<>();
        for (Arm arm : arms) {
            int at = firstMention(arm, span);
            if (at >= 0) {
                hits.add(new int[] { Math.max(0, from) + at, arm.index() });
            }
        }
        hits.sort(java.util.Comparator.comparingInt(h -> h[0]));
        return List.copyOf(hits);
    }

    private int firstMention(Arm arm, String span) {
        int best = -1;
        Set<String> own = distinctive(arm);
        for (String word : own) {
            Matcher m = Pattern.compile("(?<![a-z0-9])" + Pattern.quote(word) + "(?![a-z0-9])").matcher(span);
            if (m.find() && (best < 0 || m.start() < best)) {
                best = m.start();
            }
        }
        boolean joined = joined(arm) && arms.stream().noneMatch(a -> a != arm && joined(a));
        boolean single = SINGLE.matcher(arm.label()).find() && arms.stream().noneMatch(a -> a != arm && SINGLE.matcher(a.label()).find())
                || !joined(arm) && arms.size() == 2 && arms.stream().anyMatch(a -> a != arm && joined(a));
        Matcher kind = (joined ? Pattern.compile("\\bcombin\\w*|\\bcombined\\b") : single ? Pattern.compile("\\balone\\b|\\bonly\\b|\\bmonotherapy\\b")
                : Pattern.compile("(?!)")).matcher(span);
        if (kind.find() && (best < 0 || kind.start() < best)) {
            best = kind.start();
        }
        return best;
    }

    private static boolean joined(Arm arm) {
        return JOINED.matcher(arm.label()).find();
    }

    /** The words of an arm's label that no other arm's label has ("sorafenib" against "alone"). */
    private Set<String> distinctive(Arm arm) {
        Set<String> own = new LinkedHashSet<>(namingWords(arm.label()));
        for (Arm other : arms) {
            if (other != arm) {
                own.removeAll(namingWords(other.label()));
            }
        }
        own.removeIf(w -> w.length() < 2 || w.matches("[0-9+-]+") || w.equals("group") || w.equals("arm") || w.equals("the") || w.equals("plus")
                || w.equals("with") || w.equals("and") || w.equals("therapy"));
        return own;
    }

    /**
     * The words a text may name an arm by: its label's words, and the parts of a word that joins drugs by a hyphen
     * ("atezolizumab-bevacizumab" is also "atezolizumab" and "bevacizumab"; "anti-pd-1" stays whole).
     */
    private static List<String> namingWords(String label) {
        List<String> all = new ArrayList<>();
        for (String word : words(label).split(" ")) {
            all.add(word);
            String[] parts = word.split("-");
            if (parts.length > 1 && java.util.Arrays.stream(parts).allMatch(p -> p.matches("[a-z]{4,}"))) {
                all.addAll(List.of(parts));
            }
        }
        return all;
    }

    /** A label's words, lower case, hyphens kept inside words ("anti-pd-1 plus sorafenib"). */
    static String words(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+-]+", " ").replaceAll("\\s+", " ").strip();
    }
}
