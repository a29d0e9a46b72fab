package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.core.NumberReader;
import org.appraise.core.NumberReader.Reading;
import org.appraise.core.NumberReader.Shape;
import org.appraise.core.ResultParts;
import org.appraise.core.assistant.Proposal.Kind;
import org.appraise.core.assistant.Proposal.Part;
import org.appraise.core.assistant.Proposal.Span;

/**
 * Results read from sentences: hazard ratios ("HR 0.62, [0.38–1.00]", "HR 0.18, p value < 0.001") for the survival
 * outcome named before them; median times per arm ("PFS (3.87 vs. 2.43 months", "median OS of 14.1 months
 * (6.8–21.4 months) in the combined-therapy group and 9.6 months ... in the sorafenib-only group"); and pairs of
 * percentages or counts for a counted outcome ("grade 3/4 AE (10.3% vs. 7.1%"), whose events are derived from the
 * arms' sizes in the one population where both percentages are whole counts; counts of totals ("21 of the 48 patients")
 * are {@link SentenceCounts}'. Arms are those the sentence names
 * next to each number, or in the order it names them ("X had longer PFS than Y (a vs. b)"); a ratio is of the arm
 * the sentence names first against the other. Nothing is proposed when the outcome, the arms or the population
 * could be read two ways.
 */
final class SentenceResults {

    private static final String NUM = NumberReader.NUM;
    private static final Pattern HR_ALONE = Pattern.compile("\\b(?:a?HR|hazard\\s+ratio)" + NumberReader.RATIO_EVENT + NumberReader.RATIO_COMPARISON
            + "\\s*[:,=]?\\s*" + NUM
            + "(?![\\d.])(?:\\s*[,;]\\s*\\$?\\s*[Pp](?:\\s*-?\\s*value)?\\s*([=<>≤≥])\\s*" + NUM + ")?", Pattern.CASE_INSENSITIVE);
    /** A ratio that names its event: it is of overall survival (death) or progression-free survival, whatever the sentence named before. */
    private static final Pattern HR_EVENT = Pattern.compile("^\\(?\\s*(?:a?HR|hazard\\s+ratio)\\s+for\\s+(death|(?:disease\\s+)?progression\\s+or\\s+death"
            + "|death\\s+or\\s+(?:disease\\s+)?progression)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HR_WORD = Pattern.compile("^\\(?\\s*(?:a?HR|hazard\\s+ratio)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAIR = Pattern.compile("(?:" + NUM + "|(not\\s+(?:estimated|reached|estimable)|NR|NE))\\s*(?:months?)?\\s*(?:vs\\.?|versus)\\s*" + NUM
            + "\\s*(?:months?|mo)\\b", Pattern.CASE_INSENSITIVE);
    /** Times that are no medians: means, averages, restricted mean survival times. */
    private static final Pattern MEAN = Pattern.compile("\\b(?:mean|average|RMST)\\b", Pattern.CASE_INSENSITIVE);
    /** Words that make a sentence's numbers a subgroup's: "in patients with", "among those aged", "subgroup", "stratified by". */
    /** A comparison's reference introduced before an arm's name, up to three words before it. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:compared\\s+(?:with|to)|relative\\s+to|in\\s+comparison\\s+(?:with|to)|versus|vs\\.?"
            + "|unlike|in\\s+contrast\\s+(?:with|to)|against|than|over)\\s+(?:[\\w+/\u2011-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIMED = Pattern.compile("^\\s*(?:months?|mo)\\b|^[^)]{0,25}\\bmonths?\\b", Pattern.CASE_INSENSITIVE);

    private final PaperText paper;
    private final PaperArms arms;
    private final TableResults.Defaults defaults;
    private final SentenceCounts counts;
    private final Subgroups subgroups;

    SentenceResults(PaperText paper, PaperArms arms, TableResults.Defaults defaults) {
        this.paper = paper;
        this.arms = arms;
        this.defaults = defaults;
        this.counts = new SentenceCounts(paper, arms, defaults);
        this.subgroups = new Subgroups(arms);
    }

    List<Proposal> read(List<int[]> sentences) {
        List<Proposal> found = new ArrayList<>();
        if (arms.arms().size() != 2) {
            return found;
        }
        for (int i = 0; i < sentences.size(); i++) {
            int[] s = sentences.get(i);
            String sentence = paper.plain().substring(s[0], s[1]);
            String context = paper.plain().substring(sentences.get(paragraphStart(sentences, i))[0], s[0]);
            List<Reading> readings = NumberReader.read(sentence);
            List<Proposal> here = new ArrayList<>();
            ratios(s[0], sentence, context, readings, here);
            medians(s[0], sentence, context, readings, here);
            counts.read(s[0], sentence, here); // a count stated with its total before the percentages a pair derives counts from
            pairs(s[0], sentence, context, readings, here);
            boolean framed = i > 0 && paragraphStart(sentences, i) < i && subgroups.opens(paper.plain().substring(sentences.get(i - 1)[0], sentences.get(i - 1)[1]));
            if (!framed && here.stream().noneMatch(p -> subgroups.of(sentence, p.quote().start() - s[0], p.quote().end() - s[0]))) {
                found.addAll(here);
            }
        }
        return found;
    }

    /** The first of the (at most four) sentences before sentence i that stand in its paragraph (no blank line between). */
    private int paragraphStart(List<int[]> sentences, int i) {
        int j = i;
        while (j > 0 && j > i - 4 && !headed(sentences.get(j))
                && !paper.text().substring(sentences.get(j - 1)[1], sentences.get(j)[0]).matches("(?s).*\\n\\s*\\n.*")) {
            j--;
        }
        return j;
    }

    /**
     * Whether a sentence starts under a heading: its first line is a few words with no closing punctuation ("Toxicity")
     * and the next line starts a sentence of its own (a capital).
     */
    private boolean headed(int[] sentence) {
        String text = paper.text().substring(sentence[0], sentence[1]);
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return false;
        }
        String first = text.substring(0, newline).strip();
        String next = text.substring(newline).strip();
        return !first.isEmpty() && first.split("\\s+").length <= 6 && Character.isUpperCase(first.charAt(0)) && !first.matches(".*[.,;:)\\-\u2010\u2011]$")
                && !next.isEmpty() && Character.isUpperCase(next.charAt(0));
    }

    private void ratios(int base, String sentence, String context, List<Reading> readings, List<Proposal> found) {
        List<int[]> taken = new ArrayList<>();
        for (Reading r : readings) {
            if (r.shape() == Shape.RATIO_WITH_INTERVAL && HR_WORD.matcher(sentence.substring(r.start())).find()) {
                taken.add(new int[] { r.start(), r.end() });
                List<Part> parts = new ArrayList<>();
                Span quote = span(base + r.start(), base + r.end());
                for (String name : List.of("estimate", "lower", "upper", "level", "p")) {
                    if (r.get(name) != null && (!name.equals("p") || r.relation("p").equals("="))) {
                        parts.add(new Part(name, name.equals("level") ? r.get(name).movePointLeft(2) : r.get(name), quote, null));
                    }
                }
                ratio(base, sentence, context, r.start(), parts, quote, found);
            }
        }
        Matcher m = HR_ALONE.matcher(sentence);
        while (m.find()) {
            int at = m.start();
            if (taken.stream().anyMatch(t -> t[0] <= at && at < t[1])) {
                continue;
            }
            Span quote = span(base + m.start(), base + m.end());
            List<Part> parts = new ArrayList<>();
            parts.add(new Part("estimate", NumberReader.number(m.group(1)), quote, null));
            if (m.group(3) != null && m.group(2).equals("=")) {
                parts.add(new Part("p", NumberReader.number(m.group(3)), quote, null));
            }
            ratio(base, sentence, context, m.start(), parts, quote, found);
        }
    }

    private void ratio(int base, String sentence, String context, int at, List<Part> parts, Span quote, List<Proposal> found) {
        OutcomeMention term = OutcomeMention.last(sentence, at, false, true);
        String population = population(sentence, at, context);
        Matcher event = HR_EVENT.matcher(sentence.substring(at));
        OutcomeTerm ofEvent = !event.find() ? null : event.group(1).toLowerCase(java.util.Locale.ROOT).contains("progression") ? OutcomeTerm.PFS : OutcomeTerm.OS;
        if (term == null && ofEvent != null) {
            term = new OutcomeMention(ofEvent, at + event.start(1), at + event.end(1)); // "The hazard ratio for death with X ...": its event names it
        }
        if (term == null || population == null) {
            return;
        }
        if (ofEvent != null && term.term() != ofEvent) {
            return; // "median PFS ...; hazard ratio for death": the ratio is not of the outcome the sentence named, left to the reviewer
        }
        int[] compared = RatioArms.compared(sentence, at, arms);
        if (compared != null) {
            found.add(new Proposal(Kind.HAZARD_RATIO, term.term(), defaults.of(term.term(), Criteria.lastResponse(sentence.substring(0, at))),
                    population, null, compared[0], compared[1], List.copyOf(parts), quote, null, 0.85, "sentence: hazard ratio for '"
                            + sentence.substring(term.start(), term.end()) + "', of " + arms.arms().get(compared[0]).label() + " as compared with "
                            + arms.arms().get(compared[1]).label() + " (the sentence's words)", List.of()));
            return;
        }
        List<int[]> mentioned = arms.mentions(sentence, 0, at);
        if (!mentioned.isEmpty() && asReference(sentence, mentioned.get(0)[0])) {
            return; // "Versus Y, the hazard ratio of X was ...": which arm is which is left to the reviewer
        }
        if (mentioned.size() == 1 && !NumberReader.read(sentence.substring(0, mentioned.get(0)[0])).isEmpty()) {
            return; // "6.8 months in the X group and 4.3 months in the Y group (HR ...)", X's name not known: Y was not named first
        }
        List<Integer> named = mentioned.stream().map(h -> h[1]).toList();
        int experimental = named.isEmpty() ? 0 : named.get(0);
        String direction = named.isEmpty() ? "the sentence names no arm: the paper's first arm against its second"
                : "of " + arms.arms().get(experimental).label() + " (named first) against " + arms.arms().get(1 - experimental).label();
        String hr = parts.size() == 1 || parts.size() == 2 && parts.get(1).part().equals("p") ? "; no interval given" : "";
        found.add(new Proposal(Kind.HAZARD_RATIO, term.term(), defaults.of(term.term(), Criteria.lastResponse(sentence.substring(0, at))),
                population, null, experimental, 1 - experimental, List.copyOf(parts), quote, null, named.isEmpty() ? 0.6 : 0.85,
                "sentence: hazard ratio for '" + sentence.substring(term.start(), term.end()) + "', " + direction + hr, List.of()));
    }

    private void medians(int base, String sentence, String context, List<Reading> readings, List<Proposal> found) {
        List<Candidate> candidates = new ArrayList<>();
        for (Reading r : readings) {
            // a median not reached is a time whatever follows it; "not reached" alone counts only in a pair ("not reached vs. 7.2 months")
            boolean timed = r.shape() == Shape.NOT_REACHED ? r.get("lower") != null : TIMED.matcher(sentence.substring(r.start())).find();
            if (MedianParts.SHAPES.contains(r.shape()) && timed && !ratioBefore(sentence, r.start())) {
                candidates.add(new Candidate(r.start(), r.end(), MedianParts.of(r, span(base + r.start(), base + r.end()), null, MedianParts.unitAfter(sentence, r))));
            }
        }
        Matcher m = PAIR.matcher(sentence);
        while (m.find()) {
            int at = m.start();
            if (candidates.stream().anyMatch(c -> c.start() <= at && at < c.end())) {
                continue;
            }
            String unit = NumberReader.timeUnit(m.group());
            if (m.group(1) != null) {
                candidates.add(new Candidate(m.start(), m.end(), List.of(new Part("median", NumberReader.number(m.group(1)), span(base + m.start(), base + m.end()), null, unit))));
            } else if (m.group(2).toLowerCase(java.util.Locale.ROOT).contains("reached")) {
                candidates.add(new Candidate(m.start(), m.end(), List.of(new Part(MedianParts.NOT_REACHED, BigDecimal.ONE, span(base + m.start(), base + m.end()), null))));
            } else {
                candidates.add(new Candidate(m.start(), m.end(), List.of())); // "NR", "not estimated": not reached, or not reported?
            }
            candidates.add(new Candidate(m.start(), m.end(), List.of(new Part("median", NumberReader.number(m.group(3)), span(base + m.start(), base + m.end()), null, unit))));
        }
        boolean bare = candidates.isEmpty() && bareTimes(base, sentence, candidates);
        candidates.sort(java.util.Comparator.comparingInt(Candidate::start));
        Reading apart = candidates.size() == 1 ? MedianParts.notReachedApart(sentence, readings, candidates.get(0).start(), candidates.get(0).end()) : null;
        if (apart != null) { // "was not reached in the X group and was 13.2 months (...) in the Y group"
            candidates.add(new Candidate(apart.start(), apart.end(), MedianParts.of(apart, span(base + apart.start(), base + apart.end()), null, null)));
            candidates.sort(java.util.Comparator.comparingInt(Candidate::start));
        }
        if (candidates.size() != 2) {
            return;
        }
        OutcomeMention term = OutcomeMention.last(sentence, candidates.get(0).start(), false, true);
        String population = population(sentence, candidates.get(0).start(), context);
        int[] order = armsOf(sentence, candidates);
        if (MEAN.matcher(sentence.substring(0, candidates.get(0).start())).find()) {
            return; // "Mean PFS was 9.0 vs 6.1 months", "the restricted mean survival time ...": no medians
        }
        if (term == null || population == null || order == null || bare && order[2] != 1 || candidates.get(0).start() - term.end() > 140
                || sentence.substring(term.start(), term.end()).toLowerCase(java.util.Locale.ROOT).matches("death|mortality|.*progression")) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            Candidate c = candidates.get(i);
            if (c.parts().isEmpty()) {
                continue;
            }
            Span quote = span(base + c.start(), base + c.end());
            found.add(new Proposal(Kind.MEDIAN, term.term(), defaults.of(term.term(), Criteria.lastResponse(sentence.substring(0, c.start()))),
                    population, null, order[i], -1, MedianParts.sharingLevel(c.parts(), candidates.get(1 - i).parts()), quote, null,
                    order[2] == 1 ? 0.85 : 0.65,
                    "sentence: " + ("median " + sentence.substring(term.start(), term.end())).replaceFirst("(?i)^median (median )", "$1") + " of "
                            + arms.arms().get(order[i]).label()
                            + (order[2] == 1 ? " (named beside the number)" : " (the sentence's order of arms)"), List.of()));
        }
    }

    /** Medians given as bare times, no interval (see {@link MedianParts#bareTimes}); proposed only with each arm named beside its time. */
    private boolean bareTimes(int base, String sentence, List<Candidate> candidates) {
        for (java.util.regex.MatchResult m : MedianParts.bareTimes(sentence, at -> ratioBefore(sentence, at))) {
            candidates.add(new Candidate(m.start(), m.end(), List.of(new Part("median", NumberReader.number(m.group(1)), span(base + m.start(),
                    base + m.end()), null, NumberReader.timeUnit(m.group())))));
        }
        return !candidates.isEmpty();
    }

    private boolean ratioBefore(String sentence, int at) {
        String before = sentence.substring(Math.max(0, at - 14), at);
        return before.matches("(?is).*\\b(?:HR|OR|RR|ratio)\\b\\s*[:,=]?\\s*$");
    }

    /** A number of one arm found in a sentence. */
    private record Candidate(int start, int end, List<Part> parts) {
    }

    private void pairs(int base, String sentence, String context, List<Reading> readings, List<Proposal> found) {
        List<OutcomeMention> terms = OutcomeMention.allIn(sentence);
        for (int t = 0; t < terms.size(); t++) {
            OutcomeMention term = terms.get(t);
            int until = t + 1 < terms.size() ? terms.get(t + 1).start() : sentence.length();
            List<Reading> pair = readings.stream().filter(r -> r.start() >= term.end() && r.end() <= until
                    && (r.shape() == Shape.PERCENT || r.shape() == Shape.COUNT_AND_PERCENT)).toList();
            if (term.term().dichotomous() && pair.size() == 2 && pair.get(0).start() - term.end() <= 120
                    && between(sentence, pair.get(0), pair.get(1)).matches("(?is).*\\b(?:and|vs\\.?|versus)\\b.*")) {
                pair(base, sentence, context, term, pair, found);
            }
        }
    }

    private void pair(int base, String sentence, String context, OutcomeMention term, List<Reading> pair, List<Proposal> found) {
        List<Candidate> candidates = pair.stream().map(r -> new Candidate(r.start(), r.end(), List.of())).toList();
        int[] order = armsOf(sentence, candidates);
        if (order == null) {
            return;
        }
        String stated = population(sentence, pair.get(0).start(), context);
        List<Population> fitting = new ArrayList<>();
        for (Population p : Population.values()) {
            if ((stated == null || Population.of(stated) == p) && fits(pair, order, p)) {
                fitting.add(p);
            }
        }
        if (fitting.size() != 1) {
            return;
        }
        Population population = fitting.get(0);
        String words = stated != null ? stated : population.words();
        Span whole = span(base + pair.get(0).start(), base + pair.get(1).end());
        for (int i = 0; i < 2; i++) {
            Reading r = pair.get(i);
            PaperArms.Size size = arms.arms().get(order[i]).sizes().get(population);
            Span quote = span(base + r.start(), base + r.end());
            boolean counted = r.shape() == Shape.COUNT_AND_PERCENT;
            BigDecimal events = counted ? r.get("count") : ResultParts.countsRoundingTo(r.get("percent"), size.n()).get(0);
            String derivation = counted ? null : ResultParts.derivation(r.get("percent"), size.n(), events);
            found.add(new Proposal(Kind.DICHOTOMOUS, term.term(), defaults.of(term.term(), Criteria.lastResponse(sentence.substring(0, r.start()))),
                    words, null, order[i], -1, List.of(new Part("events", events, counted ? quote : whole, derivation),
                            new Part("total", size.n(), size.span(), null)), counted ? quote : whole, null, counted ? 0.8 : 0.7,
                    "sentence: " + sentence.substring(term.start(), term.end()) + " of " + arms.arms().get(order[i]).label()
                            + (counted ? "" : ", events derived from the percentage")
                            + (stated == null ? ", " + population.words() + " (the one population whose sizes make both whole counts)" : ""),
                    size.elsewhere()));
        }
    }

    private boolean fits(List<Reading> pair, int[] order, Population population) {
        for (int i = 0; i < 2; i++) {
            PaperArms.Size size = arms.arms().get(order[i]).sizes().get(population);
            if (size == null) {
                return false;
            }
            Reading r = pair.get(i);
            boolean whole = r.shape() == Shape.COUNT_AND_PERCENT ? NumberReader.agrees(r, size.n())
                    : ResultParts.countsRoundingTo(r.get("percent"), size.n()).size() == 1;
            if (!whole) {
                return false;
            }
        }
        return true;
    }

    /**
     * The arms of two numbers: each named right after it ("14.1 months ... in the combined-therapy group"), or right
     * before it, or both in the order the sentence names them before the first number; the third element is 1 when
     * named beside the numbers. Null when the sentence names them some other way.
     */
    private int[] armsOf(String sentence, List<Candidate> candidates) {
        Candidate a = candidates.get(0);
        Candidate b = candidates.get(1);
        int afterA = arms.named(sentence, a.end(), Math.min(b.start(), a.end() + 45));
        int afterB = arms.named(sentence, b.end(), Math.min(sentence.length(), b.end() + 45));
        if (afterA >= 0 && afterB >= 0 && afterA != afterB && a.end() != b.end()) {
            return new int[] { afterA, afterB, 1 };
        }
        int beforeA = arms.named(sentence, Math.max(0, a.start() - 45), a.start());
        int beforeB = arms.named(sentence, Math.max(a.end(), b.start() - 45), b.start());
        if (beforeA >= 0 && beforeB >= 0 && beforeA != beforeB && a.end() != b.end()) {
            return new int[] { beforeA, beforeB, 1 };
        }
        List<int[]> named = arms.mentions(sentence, 0, sentence.length());
        if (named.isEmpty() || asReference(sentence, named.get(0)[0])) {
            return null; // "Compared with Y, X prolonged PFS (8.2 vs 5.4 months)": the numbers need not follow the order the arms are named in
        }
        if (named.size() == 1 && named.get(0)[0] > a.start()) {
            return null; // "6.8 months in the X group and 4.3 months in the Y group" with X's name not known: Y names neither number's order
        }
        return new int[] { named.get(0)[1], named.size() == 2 ? named.get(1)[1] : 1 - named.get(0)[1], 0 };
    }

    /**
     * Whether the sentence names the arm at this place as what it compares with ("Compared with lenvatinib alone,",
     * "Relative to monotherapy,", "versus those given sorafenib"): a few words may stand between.
     */
    private static boolean asReference(String sentence, int at) {
        return REFERENCE.matcher(sentence.substring(Math.max(0, at - 60), at)).find();
    }

    /** The population a sentence or the sentences before it in its paragraph name last, the whole cohort when the paper's arms have no other, else null. */
    private String population(String sentence, int at, String context) {
        List<Population.Mention> here = Population.mentions(sentence.substring(0, at));
        if (!here.isEmpty()) {
            return here.get(here.size() - 1).words();
        }
        List<Population.Mention> before = Population.mentions(context);
        if (!before.isEmpty()) {
            return before.get(before.size() - 1).words();
        }
        boolean onlyAll = arms.arms().stream().allMatch(a -> a.sizes().keySet().stream().allMatch(p -> p == Population.ALL));
        return onlyAll ? Population.ALL.words() : null;
    }

    private static String between(String sentence, Reading a, Reading b) {
        return a.end() <= b.start() ? sentence.substring(a.end(), b.start()) : "";
    }

    private Part part(String name, Reading r, String value, int base) {
        return new Part(name, r.get(value), span(base + r.start(), base + r.end()), null);
    }

    private Span span(int start, int end) {
        return new Span(start, end, paper.text().substring(start, end));
    }
}
