package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.appraise.core.NumberReader;
import org.appraise.core.NumberReader.Reading;
import org.appraise.core.NumberReader.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number reader is right or silent (issue #12): the shapes the coding issue saw misread, and every line of
 * the three papers of the sample review read with no proposal that splits a number, takes a CI level for a
 * count, or puts an estimate outside its interval.
 */
final class NumberReaderCorpusTest {

    private static final Path REPORTS = Path.of(System.getProperty("appraise.repo", "../.."), "samples/hcc-pd1-combination/reports");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** What a selection is read as: shape and numbers in reading order (name=value), or nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7.4 months 95% CI:6.1\u20138.7|ESTIMATE_WITH_INTERVAL|estimate=7.4 lower=6.1 upper=8.7 level=95",
            "7.4 months 95% CI,6.1\u20138.7|ESTIMATE_WITH_INTERVAL|estimate=7.4 lower=6.1 upper=8.7 level=95",
            "3.87 (95% CI 2.1\u20135.6)|ESTIMATE_WITH_INTERVAL|estimate=3.87 lower=2.1 upper=5.6 level=95",
            "3.87 (95% CI 2.1 to 5.6)|ESTIMATE_WITH_INTERVAL|estimate=3.87 lower=2.1 upper=5.6 level=95",
            "13.4 months [95% CI 12.1\u201114.6]|ESTIMATE_WITH_INTERVAL|estimate=13.4 lower=12.1 upper=14.6 level=95",
            "(10.2 months; 95% CI 4.5\u201319.0|ESTIMATE_WITH_INTERVAL|estimate=10.2 lower=4.5 upper=19.0 level=95",
            "5.86(3.19\u20138.53)|ESTIMATE_WITH_INTERVAL|estimate=5.86 lower=3.19 upper=8.53",
            "27.6%|PERCENT|percent=27.6",
            "13 (22.4%)|COUNT_AND_PERCENT|count=13 percent=22.4",
            "13 22.4%|COUNT_AND_PERCENT|count=13 percent=22.4",
            "6(17.1%)|COUNT_AND_PERCENT|count=6 percent=17.1",
            "$P=0.049$|P_VALUE|p=0.049",
            "($P = 0.043$)|P_VALUE|p=0.043",
            "P<0.001|P_VALUE|p<0.001",
            "p <  0.05|P_VALUE|p<0.05",
            "HR 0.62, [0.38\u20131.00]|RATIO_WITH_INTERVAL|estimate=0.62 lower=0.38 upper=1.00",
            "HR, 0.51; 95% CI 0.30\u20130.86; P = 0.017|RATIO_WITH_INTERVAL|estimate=0.51 lower=0.30 upper=0.86 level=95 p=0.017",
            "HR 0.51 (95% CI 0.30\u20130.86), P<0.001|RATIO_WITH_INTERVAL|estimate=0.51 lower=0.30 upper=0.86 level=95 p<0.001",
            "53.0 \u00b1 10.3|MEAN_AND_SD|mean=53.0 sd=10.3",
            "n = 58|GROUP_SIZE|n=58",
            "7.4|NUMBER|number=7.4",
            " 66.7 |NUMBER|number=66.7",
            "7.4 months|NUMBER|number=7.4",
            "95% CI|NONE|",
            "in 95% of patients|PERCENT|percent=95",
            "HR 1.20 (0.38\u20131.00)|NONE|",
            "Between 2016 and 2019|NONE|" })
    void readsEachShapeOrNothing(String span, String shape, String expected) {
        List<Reading> readings = NumberReader.read(span);
        if (shape.equals("NONE")) {
            assertEquals(List.of(), readings, span);
            return;
        }
        assertEquals(1, readings.size(), span + ": " + readings);
        Reading reading = readings.get(0);
        assertEquals(Shape.valueOf(shape), reading.shape(), span);
        List<String> named = new ArrayList<>();
        reading.values().forEach((name, value) -> named.add(name + (reading.relation(name)) + value.toPlainString()));
        assertEquals(expected, String.join(" ", named), span);
    }

    @Test
    void noProposalOverEveryLineOfThePapersSplitsANumberOrMisreadsAnInterval() throws IOException {
        List<Path> papers;
        try (Stream<Path> files = Files.list(REPORTS)) {
            papers = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(3, papers.size());
        int lines = 0;
        int proposals = 0;
        List<String> wrong = new ArrayList<>();
        for (Path paper : papers) {
            for (String line : Files.readString(paper, StandardCharsets.UTF_8).split("\n")) {
                if (!DIGITS.matcher(line).find()) {
                    continue;
                }
                lines++;
                for (Reading reading : NumberReader.read(line)) {
                    proposals++;
                    String why = wrongIn(line, reading);
                    if (why != null) {
                        wrong.add(paper.getFileName() + ": " + why + " in \"" + line.strip() + "\": " + reading);
                    }
                }
            }
        }
        assertTrue(lines > 500 && proposals > 500, lines + " lines with numbers, " + proposals + " proposals");
        assertEquals(List.of(), wrong, wrong.size() + " wrong of " + proposals + " proposals over " + lines + " lines");
    }

    /** Why a reading is wrong against the text it came from, or null. */
    private static String wrongIn(String line, Reading reading) {
        String span = line.substring(reading.start(), reading.end());
        List<String> whole = new ArrayList<>();
        Matcher digits = DIGITS.matcher(span);
        while (digits.find()) {
            whole.add(digits.group());
        }
        for (Map.Entry<String, BigDecimal> value : reading.values().entrySet()) {
            if (!whole.contains(value.getValue().toPlainString())) {
                return value.getKey() + " " + value.getValue().toPlainString() + " is not a whole number of the span \"" + span + "\"";
            }
        }
        if (reading.shape() == Shape.COUNT_AND_PERCENT || reading.shape() == Shape.PERCENT) {
            String after = line.substring(reading.end()).stripLeading();
            if (after.startsWith("CI") || span.matches("(?s).*\\d\\s*%\\s*CI.*")) {
                return "a CI level read as a percentage";
            }
        }
        BigDecimal estimate = reading.get("estimate");
        if (estimate != null && (estimate.compareTo(reading.get("lower")) < 0 || estimate.compareTo(reading.get("upper")) > 0)) {
            return "an estimate outside its interval";
        }
        return null;
    }
}
