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
 * Reads the numbers a reviewer selected in a report and proposes what they are: a count with its
 * percentage ({@code 13 (22.4%)}, {@code 6(17.1%)}, {@code 13 22.4%}), a ratio with its confidence
 * interval ({@code HR 0.62, [0.38–1.00]}, {@code HR: 0.70, 95% CI, 0.38–1.30, P = 0.146}), an
 * estimate with its interval ({@code 3.87 (95% CI 2.1–5.6)}, {@code 5.86(3.19–8.53)}), a mean with
 * its standard deviation ({@code 53.0 ± 10.3}) or a group size ({@code n = 58}).
 * <p>
 * The text is read as it is in papers: en and em dashes, U+2011 non-breaking hyphens and minus signs
 * separate interval limits, U+00A0 counts as a space, LaTeX {@code \pm} as ±. Numbers come out exactly
 * as written ({@code 1.00} keeps its two decimals). The reader only proposes: the reviewer confirms.
 */
public final class NumberReader {

    /** What a run of numbers is. */
    public enum Shape {
        RATIO_WITH_INTERVAL, ESTIMATE_WITH_INTERVAL, MEAN_AND_SD, COUNT_AND_PERCENT, GROUP_SIZE
    }

    /**
     * One proposal: its shape, the named numbers in reading order, and where it stands in the span
     * (offsets into the span as given, end exclusive).
     */
    public record Reading(Shape shape, Map<String, BigDecimal> values, int start, int end) {

        public BigDecimal get(String name) {
            return values.get(name);
        }
    }

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String DASH = "\\s*(?:-|to)\\s*";
    private static final String LEVEL = "(?:(\\d{2}(?:\\.\\d+)?)\\s*%\\s*CI\\s*[:,]?\\s*)";
    private static final String UNIT = "(?:\\s*(?:months?|mo|weeks?|days?|years?))?";

    private static final Pattern RATIO = Pattern.compile(
            "\\b(HR|OR|RR|aHR|aOR|hazard ratio|odds ratio|risk ratio)\\b\\s*[:,=]?\\s*" + NUM + "\\s*[,;]?\\s*[\\[(]?\\s*"
                    + LEVEL + "?[\\[(]?\\s*" + NUM + DASH + NUM + "\\s*[\\])]?"
                    + "(?:\\s*[,;]\\s*[Pp]\\s*(?:value)?\\s*=\\s*" + NUM + ")?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ESTIMATE = Pattern.compile(
            NUM + UNIT + "\\s*(?:[;,]\\s*" + LEVEL + "|\\(\\s*" + LEVEL + "?)" + NUM + UNIT + DASH + NUM + UNIT + "\\s*\\)?");
    private static final Pattern MEAN_SD = Pattern.compile(NUM + "\\s*(?:±|\\+/-|\\\\pm)\\s*" + NUM);
    /** {@code 13 (22.4%)}, {@code 6(17.1%)}, {@code 0(0)} (a zero cell written without its sign), {@code 13 22.4%}. */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.])(\\d+)\\s*(?:\\(\\s*" + NUM + "\\s*%?\\s*\\)|" + NUM + "\\s*%)");
    private static final Pattern GROUP = Pattern.compile("\\b[nN]\\s*=\\s*(\\d+)\\b");

    private NumberReader() {
    }

    /** Every reading in the span, in order, none overlapping (the more specific shape wins). */
    public static List<Reading> read(String span) {
        String text = plain(span);
        List<Reading> found = new ArrayList<>();
        add(found, RATIO.matcher(text), m -> ratio(m));
        add(found, ESTIMATE.matcher(text), m -> estimate(m));
        add(found, MEAN_SD.matcher(text), m -> reading(Shape.MEAN_AND_SD, m, "mean", m.group(1), "sd", m.group(2)));
        add(found, COUNT.matcher(text), m -> reading(Shape.COUNT_AND_PERCENT, m, "count", m.group(1), "percent",
                m.group(2) != null ? m.group(2) : m.group(3)));
        add(found, GROUP.matcher(text), m -> reading(Shape.GROUP_SIZE, m, "n", m.group(1)));
        found.sort(Comparator.comparingInt(Reading::start));
        return found;
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
        values.put("estimate", new BigDecimal(m.group(2)));
        values.put("lower", new BigDecimal(m.group(4)));
        values.put("upper", new BigDecimal(m.group(5)));
        if (m.group(3) != null) {
            values.put("level", new BigDecimal(m.group(3)));
        }
        if (m.group(6) != null) {
            values.put("p", new BigDecimal(m.group(6)));
        }
        return new Reading(Shape.RATIO_WITH_INTERVAL, values, m.start(), m.end());
    }

    private static Reading estimate(Matcher m) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("estimate", new BigDecimal(m.group(1)));
        values.put("lower", new BigDecimal(m.group(4)));
        values.put("upper", new BigDecimal(m.group(5)));
        String level = m.group(2) != null ? m.group(2) : m.group(3);
        if (level != null) {
            values.put("level", new BigDecimal(level));
        }
        BigDecimal estimate = values.get("estimate");
        if (values.get("lower").compareTo(values.get("upper")) > 0 || estimate.compareTo(values.get("lower")) < 0
                || estimate.compareTo(values.get("upper")) > 0) {
            return null; // not an estimate inside its interval: a range of something else
        }
        return new Reading(Shape.ESTIMATE_WITH_INTERVAL, values, m.start(), m.end());
    }

    private static Reading reading(Shape shape, Matcher m, String... namesAndValues) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], new BigDecimal(namesAndValues[i + 1]));
        }
        return new Reading(shape, values, m.start(), m.end());
    }

    /** The span with dashes, minus signs and no-break spaces made plain, one character for one. */
    private static String plain(String span) {
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
}
