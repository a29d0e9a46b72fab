package org.appraise.core;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.model.Annotation;
import org.appraise.model.Value;

/**
 * Whether a recorded number stands in the words it was quoted from: as a whole number (never the 9 of "95%"),
 * equal in value ({@code 22.40} recorded from "22.4" is the same number), thousands separators allowed.
 */
final class QuotedNumbers {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d]|\\.\\d)");

    private QuotedNumbers() {
    }

    static boolean inAnyQuote(Value value) {
        BigDecimal wanted = value.getNumber().abs();
        for (Annotation source : value.getSources()) {
            String quote = source.getQuote();
            if (quote == null) {
                continue;
            }
            Matcher m = NUMBER.matcher(quote);
            while (m.find()) {
                String written = m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2));
                if (new BigDecimal(written).compareTo(wanted) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static String shortQuote(Value value) {
        String quote = value.getSources().get(0).getQuote();
        quote = quote == null ? "" : quote.replaceAll("\\s+", " ").strip();
        return quote.length() > 80 ? quote.substring(0, 80) + "..." : quote;
    }
}
