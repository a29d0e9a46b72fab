package org.appraise.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers a reviewer selected in a report and proposes what they are, or nothing: a proposal is only
 * ever made of numbers that stand in the selection as written, whole (a digit run is never split: the 9 of
 * {@code 95%} or the 2 of {@code 27.6%} is not a number of its own), and a shape that could be read two ways
 * is not read. Shapes: a ratio with its interval and p ({@code HR 0.62, [0.38–1.00]}, {@code HR: 0.70, 95% CI,
 * 0.38–1.30, P = 0.146}), an estimate with its interval ({@code 7.4 months 95% CI:6.1–8.7},
 * {@code 3.87 (95% CI 2.1 to 5.6)}, {@code 5.86(3.19–8.53)}), a mean with its SD ({@code 53.0 ± 10.3}), a count
 * with its percentage ({@code 13 (22.4%)}, {@code 6(17.1%)}, {@code 13 22.4%}), a p-value ({@code $P=0.049$},
 * {@code P<0.001} as a bound with its relation), a percentage alone ({@code 27.6%}), a group size
 * ({@code n = 58}) and a bare number when it is all the selection holds ({@code 7.4}, {@code 66.7}).
 * <p>
 * The text is read as it is in papers: en and em dashes, U+2011 non-breaking hyphens and minus signs
 * separate interval limits, U+00A0 counts as a space, LaTeX {@code \pm} as ±. Numbers come out exactly
 * as written ({@code 1.00} keeps its two decimals). The reader only proposes: the reviewer confirms.
 */
public final class NumberReader {

    /** What a run of numbers is. */
    public enum Shape {
        RATIO_WITH_INTERVAL, ESTIMATE_WITH_INTERVAL,
        /** An estimate whose interval has no upper limit ({@code 11.3 (8.2–NR)}): estimate, lower, level when given; no upper. */
        ESTIMATE_OPEN_INTERVAL,
        /**
         * A median not reached, spelled out ({@code not reached}) or abbreviated before an interval ({@code NR (95% CI
         * 14.2–NR)}): lower and level when an interval is given; a bare {@code NR} may mean "not reported" and is not read,
         * nor is an interval's upper limit ("18.3 to not reached") standing apart from its median.
         */
        NOT_REACHED, MEAN_AND_SD, COUNT_AND_PERCENT, P_VALUE, PERCENT, GROUP_SIZE, NUMBER
    }

    /**
     * One proposal: its shape, the named numbers in reading order, where it stands in the span (offsets into
     * the span as given, end exclusive), and for a bound the relation of a number ({@code "p" -> "<"}).
     */
    public record Reading(Shape shape, Map<String, BigDecimal> values, int start, int end, Map<String, String> relations) {

        public Reading(Shape shape, Map<String, BigDecimal> values, int start, int end) {
            this(shape, values, start, end, Map.of());
        }

        public BigDecimal get(String name) {
            return values.get(name);
        }

        /** {@code "="} unless the paper gave the number as a bound ({@code <}, {@code >}, {@code ≤}, {@code ≥}). */
        public String relation(String name) {
            return relations.getOrDefault(name, "=");
        }
    }

    /**
     * A number as written: never starts or ends inside a run of digits, a decimal or a number grouped by thousands,
     * and never with a leading zero ("08" in a DOI is not a number of the paper). Thousands are grouped by commas in
     * threes ("1,234" is 1234); "1,5" or "12,34" (a decimal comma, a list without spaces) is not read at all, never as
     * the 5 or 34 after the comma.
     */
    /** A whole number from 1, grouped by thousands or not (one regular expression, no group of its own). */
    public static final String WHOLE = "[1-9]\\d{0,2}(?:,\\d{3})+|[1-9]\\d*";
    public static final String NUM = "(?<![\\d.])(?<!\\d,)((?:0|" + WHOLE + ")(?:\\.\\d+)?)(?![\\d]|[.,]\\d)";
    private static final String DASH = "\\s*(?:-|to)\\s*";
    /** An interval's level: "95% CI", "95% CI:", "95% confidence interval [CI]," as the NEJM writes it the first time. */
    private static final String LEVEL = "(?:(\\d{2}(?:\\.\\d+)?)\\s*%\\s*(?:CI|confidence\\s+interval(?:\\s*[\\[(]CI[\\])])?)\\s*[:,]?\\s*)";
    private static final String UNIT = "(?:\\s*(?:months?|mo|weeks?|days?|years?))?";
    private static final String RELATION = "([=<>≤≥])";
    private static final String P = "\\$?\\s*(?<![A-Za-z])[Pp]\\s*(?:-?\\s*value)?\\s*" + RELATION + "\\s*" + NUM + "\\s*\\$?";

    /** The event a ratio counts, named after it: "hazard ratio for death", "HR for progression or death". */
    public static final String RATIO_EVENT = "(?:\\s+for\\s+(?:death|(?:disease\\s+)?progression\\s+or\\s+death|death\\s+or\\s+(?:disease\\s+)?progression))?";
    /** The arms a ratio compares, named between its event and its number: "with X as compared with Y was" (the NEJM's wording). */
    public static final String RATIO_COMPARISON = "(?:\\s+(?:with|for|of)\\s+[^;()\\[\\]]{1,80}?\\s+(?:as\\s+)?compared\\s+(?:with|to)\\s+[^;()\\[\\]]{1,60}?\\s+(?:was|is))?";
    private static final Pattern RATIO = Pattern.compile(
            "\\b(HR|OR|RR|aHR|aOR|hazard ratio|odds ratio|risk ratio)\\b" + RATIO_EVENT + RATIO_COMPARISON + "\\s*[:,=]?\\s*" + NUM + "\\s*[,;]?\\s*[\\[(]?\\s*"
                    + LEVEL + "?[\\[(]?\\s*" + NUM + DASH + NUM + "\\s*[\\])]?"
                    + "(?:\\s*[,;]?\\s*" + P + ")?",
            Pattern.CASE_INSENSITIVE);
    /** An interval needs a bracket or a level ("95% CI") before it: "3 5-7" is not an estimate. */
    private static final Pattern ESTIMATE = Pattern.compile(
            NUM + UNIT + "(?:\\s*[;,]?\\s*[\\[(]?\\s*" + LEVEL + "[\\[(]?|\\s*[\\[(]\\s*)\\s*" + NUM + UNIT + DASH + NUM + UNIT + "\\s*[\\])]?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A time whose interval follows a comma with no bracket or level, the range closing its clause: the Lancet's second
     * arm, "(12.3 months, 10.4-13.9; hazard ratio ...)". Without the unit, or with more words after the range, a comma
     * and a range are a list ("at 6 months, 12-18 months later"), not an interval.
     */
    private static final Pattern TIME_COMMA_INTERVAL = Pattern.compile(
            NUM + "\\s*(?:months?|mo|weeks?|days?|years?)\\s*,\\s*" + NUM + UNIT + DASH + NUM + UNIT + "(?=\\s*[;)\\]])", Pattern.CASE_INSENSITIVE);
    /** An upper limit that is no number: the curve never fell that low ("NR", "not reached", "NE", "not estimable"). */
    private static final String OPEN = "(?:not\\s+(?:yet\\s+)?reached|not\\s+estimable|not\\s+evaluable|(?-i:NR|NE))\\b";
    private static final String OPEN_INTERVAL = "(?:\\s*[;,]?\\s*[\\[(]?\\s*" + LEVEL + "[\\[(]?|\\s*[\\[(]\\s*)\\s*" + NUM + UNIT + DASH + OPEN + "\\s*[\\])]?";
    private static final Pattern ESTIMATE_OPEN = Pattern.compile(NUM + UNIT + OPEN_INTERVAL, Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_REACHED = Pattern.compile("(?<!(?:-|\\bto)\\s{0,3})\\b(?:not\\s+(?:yet\\s+)?reached|(?-i:NR)(?=" + OPEN_INTERVAL + "))(?:" + OPEN_INTERVAL + ")?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEAN_SD = Pattern.compile(NUM + "\\s*(?:±|\\+/-|\\\\pm)\\s*" + NUM);
    /** {@code 13 (22.4%)}, {@code 6(17.1%)}, {@code 0(0)} (a zero cell written without its sign), {@code 13 22.4%}. */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\w.\\-/])(?<!\\d,)(0|" + WHOLE + ")(?![\\d.%]|,\\d)(?:\\s*\\(\\s*" + NUM + "\\s*%?\\s*\\)|\\s+" + NUM + "\\s*%)");
    private static final Pattern P_VALUE = Pattern.compile(P);
    private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*%(?!\\s*(?:CI|confidence))", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP = Pattern.compile("\\b[nN]\\s*=\\s*" + NUM);
    private static final Pattern BARE = Pattern.compile("\\s*" + NUM + UNIT + "\\s*");

    private NumberReader() {
    }

    /** Every reading in the span, in order, none overlapping (the more specific shape wins). */
    public static List<Reading> read(String span) {
        String text = plain(span);
        List<Reading> found = new ArrayList<>();
        add(found, RATIO.matcher(text), NumberReader::ratio);
        add(found, ESTIMATE.matcher(text), NumberReader::estimate);
        add(found, TIME_COMMA_INTERVAL.matcher(text), m -> estimate(m, m.group(1), null, m.group(2), m.group(3)));
        add(found, ESTIMATE_OPEN.matcher(text), NumberReader::openEstimate);
        add(found, NOT_REACHED.matcher(text), NumberReader::notReached);
        add(found, MEAN_SD.matcher(text), m -> reading(Shape.MEAN_AND_SD, m, "mean", m.group(1), "sd", m.group(2)));
        add(found, COUNT.matcher(text), m -> reading(Shape.COUNT_AND_PERCENT, m, "count", m.group(1), "percent",
                m.group(2) != null ? m.group(2) : m.group(3)));
        add(found, P_VALUE.matcher(text), m -> bound(Shape.P_VALUE, m, "p", 1, 2));
        add(found, PERCENT.matcher(text), m -> reading(Shape.PERCENT, m, "percent", m.group(1)));
        add(found, GROUP.matcher(text), m -> reading(Shape.GROUP_SIZE, m, "n", m.group(1)));
        if (found.isEmpty()) {
            Matcher bare = BARE.matcher(text);
            if (bare.matches()) {
                found.add(new Reading(Shape.NUMBER, Map.of("number", number(bare.group(1))), bare.start(1), bare.end(1)));
            }
        }
        found.removeIf(r -> signed(text, r.start()));
        found.sort(Comparator.comparingInt(Reading::start));
        return found;
    }

    /**
     * Whether the number at this place is negative ("-1.2 ± 0.4", "(−12.5%)"): a minus right before it that follows no
     * digit, bracket or percent sign (in "4.2-6.6" the dash joins a range). No shape read here has negative numbers, so
     * such a reading is left out rather than given without its sign.
     */
    private static boolean signed(String text, int start) {
        if (start < 1 || text.charAt(start - 1) != '-') {
            return false;
        }
        int before = start - 2;
        if (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        return before < 0 || !(Character.isDigit(text.charAt(before)) || ")]%".indexOf(text.charAt(before)) >= 0);
    }

    /**
     * Whether a count and percentage agree with a total: the count over the total, rounded to the
     * decimals the percentage was given with, is the percentage (22.4% of 58 is 13; 17.1% of 35 is 6).
     */
    public static boolean agrees(Reading countAndPercent, BigDecimal total) {
        BigDecimal percent = countAndPercent.get("percent");
        BigDecimal computed = countAndPercent.get("count").multiply(BigDecimal.valueOf(100))
                .divide(total, percent.scale(), java.math.RoundingMode.HALF_UP);
        return computed.compareTo(percent) == 0;
    }

    private interface Maker {
        Reading make(Matcher m);
    }

    private static void add(List<Reading> found, Matcher matcher, Maker maker) {
        while (matcher.find()) {
            Reading candidate = maker.make(matcher);
            if (candidate != null && found.stream().noneMatch(r -> r.start() < candidate.end() && candidate.start() < r.end())) {
                found.add(candidate);
            }
        }
    }

    private static Reading ratio(Matcher m) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("estimate", number(m.group(2)));
        values.put("lower", number(m.group(4)));
        values.put("upper", number(m.group(5)));
        if (m.group(3) != null) {
            values.put("level", number(m.group(3)));
        }
        Map<String, String> relations = Map.of();
        if (m.group(7) != null) {
            values.put("p", number(m.group(7)));
            relations = relation("p", m.group(6));
        }
        if (!inside(values)) {
            return null;
        }
        return new Reading(Shape.RATIO_WITH_INTERVAL, values, m.start(), m.end(), relations);
    }

    private static Reading estimate(Matcher m) {
        return estimate(m, m.group(1), m.group(2), m.group(3), m.group(4));
    }

    /** An estimate with its interval (and level when given), or null when the interval does not hold the estimate. */
    private static Reading estimate(Matcher m, String estimate, String level, String lower, String upper) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("estimate", number(estimate));
        values.put("lower", number(lower));
        values.put("upper", number(upper));
        if (level != null) {
            values.put("level", number(level));
        }
        return inside(values) ? new Reading(Shape.ESTIMATE_WITH_INTERVAL, values, m.start(), m.end()) : null;
    }

    private static Reading openEstimate(Matcher m) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("estimate", number(m.group(1)));
        values.put("lower", number(m.group(3)));
        if (m.group(2) != null) {
            values.put("level", number(m.group(2)));
        }
        return values.get("estimate").compareTo(values.get("lower")) >= 0 ? new Reading(Shape.ESTIMATE_OPEN_INTERVAL, values, m.start(), m.end()) : null;
    }

    /** Groups 1 and 2 are the look-ahead's (an "NR" is read only before its interval); 3 and 4 the interval's level and lower limit. */
    private static Reading notReached(Matcher m) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (m.group(4) != null) {
            values.put("lower", number(m.group(4)));
        }
        if (m.group(3) != null) {
            values.put("level", number(m.group(3)));
        }
        return new Reading(Shape.NOT_REACHED, values, m.start(), m.end());
    }

    /** An estimate inside its interval; otherwise the numbers are a range of something else, and nothing is proposed. */
    private static boolean inside(Map<String, BigDecimal> values) {
        BigDecimal estimate = values.get("estimate");
        return values.get("lower").compareTo(values.get("upper")) <= 0 && estimate.compareTo(values.get("lower")) >= 0
                && estimate.compareTo(values.get("upper")) <= 0;
    }

    private static Reading bound(Shape shape, Matcher m, String name, int relationGroup, int numberGroup) {
        return new Reading(shape, Map.of(name, number(m.group(numberGroup))), m.start(), m.end(),
                relation(name, m.group(relationGroup)));
    }

    private static Map<String, String> relation(String name, String symbol) {
        return symbol.equals("=") ? Map.of() : Map.of(name, symbol);
    }

    private static Reading reading(Shape shape, Matcher m, String... namesAndValues) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], number(namesAndValues[i + 1]));
        }
        return new Reading(shape, values, m.start(), m.end());
    }

    /** The span with dashes, minus signs and no-break spaces made plain, one character for one. */
    public static String plain(String span) {
        StringBuilder out = new StringBuilder(span.length());
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            out.append(switch (c) {
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00a0', '\u2009', '\u202f', '\n', '\r', '\t' -> ' ';
                default -> c;
            });
        }
        return out.toString();
    }

    private static final Pattern TIME_UNIT = Pattern.compile("\\b(months?|mo|weeks?|wks?|days?|years?|yrs?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The one unit of time the words name ("6.8 months (95% CI ...)", "Median OS, months (95% CI)": "months"), or null
     * when they name none or more than one: a unit is never assumed.
     */
    public static String timeUnit(String words) {
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        Matcher m = TIME_UNIT.matcher(words);
        while (m.find()) {
            String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
            named.add(w.startsWith("mo") ? "months" : w.startsWith("w") ? "weeks" : w.startsWith("d") ? "days" : "years");
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** A number as written, its thousands' commas dropped ("1,234" is 1234). */
    public static BigDecimal number(String written) {
        return new BigDecimal(written.replace(",", ""));
    }
}
