package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.core.NumberReader;
import org.appraise.core.assistant.Proposal.Kind;
import org.appraise.core.assistant.Proposal.Part;
import org.appraise.core.assistant.Proposal.Span;

/**
 * A counted outcome a sentence gives as a count of a total for each arm: "an objective response was achieved by 21 of
 * the 48 patients in the combination group (43.8%) compared with 17 of the 72 patients in the monotherapy group
 * (23.6%)", "ORR was 21/48 with lenvatinib plus pembrolizumab and 17/72 with lenvatinib alone". Proposed only when
 * the sentence names the outcome before two counts, each count's arm right beside it (two different arms), each total
 * is its arm's size in one population (the one the sentence names, else the one where both totals are the arms'
 * sizes), and a percentage given with a count is that count of that total. A count of another total (the patients
 * evaluable for response) is of a population the paper's arms do not give: nothing is proposed.
 */
final class SentenceCounts {

    /** A count of a total: "21/48", "21 of the 48 patients", and as the Lancet and NEJM print it, "186 (57%) of 329", "115 [24%] of 478". */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,/])(0|" + NumberReader.WHOLE + ")\\s*(?:/|(?:[(\\[]\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*[)\\]]\\s*)?(?:out\\s+)?of(?:\\s+the)?)\\s*("
                    + NumberReader.WHOLE + ")(?![\\d/%]|[.,]\\d)(?:\\s+(?:patients|participants|subjects|people|cases))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\(\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%");
    private static final int NEAR = 45;
    /**
     * How far the first count may stand from the outcome, with no semicolon or colon between but the outcome's own
     * ("Complete response: 3/48"): another clause's counts are not the outcome's.
     */
    private static final int CLOSE = 60;

    private final PaperText paper;
    private final PaperArms arms;
    private final TableResults.Defaults defaults;

    SentenceCounts(PaperText paper, PaperArms arms, TableResults.Defaults defaults) {
        this.paper = paper;
        this.arms = arms;
        this.defaults = defaults;
    }

    /** The proposals of one sentence starting at base in the paper's text. */
    void read(int base, String sentence, List<Proposal> found) {
        List<OutcomeMention> terms = OutcomeMention.allIn(sentence);
        for (int t = 0; t < terms.size(); t++) {
            OutcomeMention term = terms.get(t);
            int until = t + 1 < terms.size() ? terms.get(t + 1).start() : sentence.length();
            List<MatchedCount> counts = new ArrayList<>();
            Matcher m = COUNT.matcher(sentence).region(term.end(), until);
            while (m.find()) {
                counts.add(new MatchedCount(m.start(), m.end(), NumberReader.number(m.group(1)), m.start(1), m.end(1), NumberReader.number(m.group(3)),
                        m.start(3), m.end(3), m.group(2) == null ? null : new BigDecimal(m.group(2))));
            }
            String before = counts.isEmpty() ? "" : sentence.substring(term.end(), counts.get(0).start()).strip();
            if (term.term().dichotomous() && counts.size() == 2 && counts.get(0).start() - term.end() <= CLOSE && !before.contains(";")
                    && before.lastIndexOf(':') <= 0) {
                pair(base, sentence, term, counts, until, found);
            }
        }
    }

    private void pair(int base, String sentence, OutcomeMention term, List<MatchedCount> counts, int until, List<Proposal> found) {
        MatchedCount a = counts.get(0);
        MatchedCount b = counts.get(1);
        for (MatchedCount c : counts) {
            if (c.count().compareTo(c.total()) > 0 || c.total().signum() == 0) {
                return;
            }
        }
        if (!percentAgrees(sentence, a, b.start()) || !percentAgrees(sentence, b, until)) {
            return;
        }
        // each arm named right after its count ("21 of the 48 patients in the combination group"), or right before it
        // ("combination 21/48 vs monotherapy 17/72"); read both ways, the sentence must say one thing
        int[] after = { arms.named(sentence, a.end(), Math.min(b.start(), a.end() + NEAR)), arms.named(sentence, b.end(), Math.min(until, b.end() + NEAR)) };
        int[] before = { arms.named(sentence, Math.max(term.end(), a.start() - NEAR), a.start()), arms.named(sentence, Math.max(a.end(), b.start() - NEAR), b.start()) };
        boolean byAfter = after[0] >= 0 && after[1] >= 0 && after[0] != after[1];
        boolean byBefore = before[0] >= 0 && before[1] >= 0 && before[0] != before[1];
        if (byAfter == byBefore && (!byAfter || after[0] != before[0])) {
            return;
        }
        int[] order = byAfter ? after : before;
        List<Population.Mention> stated = Population.mentions(sentence.substring(0, counts.get(0).start()));
        List<Population> fitting = new ArrayList<>();
        for (Population p : Population.values()) {
            if ((stated.isEmpty() || stated.get(stated.size() - 1).population() == p) && isSize(order[0], p, counts.get(0).total())
                    && isSize(order[1], p, counts.get(1).total())) {
                fitting.add(p);
            }
        }
        if (fitting.size() != 1) {
            return;
        }
        Population population = fitting.get(0);
        for (int i = 0; i < 2; i++) {
            MatchedCount c = counts.get(i);
            PaperArms.Arm arm = arms.arms().get(order[i]);
            found.add(new Proposal(Kind.DICHOTOMOUS, term.term(), defaults.of(term.term(), Criteria.lastResponse(sentence.substring(0, c.start()))),
                    stated.isEmpty() ? population.words() : stated.get(stated.size() - 1).words(), null, order[i], -1,
                    List.of(new Part("events", c.count(), span(base + c.countStart(), base + c.countEnd()), null),
                            new Part("total", c.total(), span(base + c.totalStart(), base + c.totalEnd()), null)),
                    span(base + c.start(), base + c.end()), null, 0.8,
                    "sentence: " + sentence.substring(term.start(), term.end()) + " of " + arm.label() + ", a count out of the arm's "
                            + c.total().toPlainString() + " (" + population.words()
                            + (stated.isEmpty() ? ": the one population whose sizes are both totals)" : ")"),
                    arm.sizes().get(population).elsewhere()));
        }
    }

    private boolean isSize(int arm, Population population, BigDecimal total) {
        BigDecimal n = arms.arms().get(arm).n(population);
        return n != null && n.compareTo(total) == 0;
    }

    /**
     * Whether the percentage given with the count ("186 (57%) of 329"), else the first given after it (before the next
     * count), is the count of the total, rounded as written; true when none is given.
     */
    private static boolean percentAgrees(String sentence, MatchedCount c, int next) {
        BigDecimal written = c.percent();
        if (written == null) {
            Matcher p = PERCENT.matcher(sentence).region(c.end(), Math.min(next, c.end() + 2 * NEAR));
            if (!p.find()) {
                return true;
            }
            written = new BigDecimal(p.group(1));
        }
        BigDecimal computed = c.count().multiply(BigDecimal.valueOf(100)).divide(c.total(), written.scale(), RoundingMode.HALF_UP);
        return computed.compareTo(written) == 0;
    }

    private Span span(int start, int end) {
        return new Span(start, end, paper.text().substring(start, end));
    }

    /** A count of a total where it stands in the sentence, with the places of both numbers and the percentage written between them, if any. */
    private record MatchedCount(int start, int end, BigDecimal count, int countStart, int countEnd, BigDecimal total, int totalStart,
            int totalEnd, BigDecimal percent) {
    }
}
