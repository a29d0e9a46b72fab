package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.appraise.core.screening.PrismaCounts;

/**
 * The PRISMA 2020 flow diagram for new reviews with databases, registers and other methods, laid out like
 * the template: the identification headers, then identification, screening and included phases (named in the
 * left margin), each box's text wrapped to its width and the box grown to fit it, so nothing is cut off; the
 * counts are those of {@link PrismaCounts}, never typed. The other-methods column is drawn when it has records.
 */
public final class PrismaDiagram {

    private static final double MARGIN = 14;
    private static final double TEXT = 8.5;
    private static final double PAD = 6;
    private static final double BOX = 190;
    private static final double GAP = 26;
    private static final double PHASE = 86;
    private static final double LINE = TEXT + 3;
    private static final String INK = "#000000";
    private static final String HEADER = "#FFC000";
    private static final String HEADER_OTHER = "#D9D9D9";
    private static final String PHASE_FILL = "#9DC3E6";

    private final FigureFont font;

    public PrismaDiagram(FigureFont font) {
        this.font = font;
    }

    public Drawing draw(PrismaCounts counts) {
        boolean other = counts.otherIdentified() > 0;
        double x1 = MARGIN + PHASE + 10;
        double x2 = x1 + BOX + GAP;
        double x3 = x2 + BOX + GAP * 1.5;
        double x4 = x3 + BOX + GAP;
        double width = (other ? x4 + BOX : x2 + BOX) + MARGIN;
        Drawing.Builder marks = new Drawing.Builder();
        double y = MARGIN;

        double headerHeight = Math.max(height(wrap("Identification of studies via databases and registers", 2 * BOX + GAP, true)),
                other ? height(wrap("Identification of studies via other methods", 2 * BOX + GAP, true)) : 0);
        box(marks, x1, y, 2 * BOX + GAP, headerHeight, HEADER, wrap("Identification of studies via databases and registers", 2 * BOX + GAP, true), true, true);
        if (other) {
            box(marks, x3, y, 2 * BOX + GAP, headerHeight, HEADER_OTHER, wrap("Identification of studies via other methods", 2 * BOX + GAP, true), true, true);
        }
        y += headerHeight + 14;

        // identification
        List<String> identified = new ArrayList<>(List.of("Records identified from:"));
        identified.add("Databases (n = " + counts.identifiedFromDatabases() + ")");
        counts.databases().forEach((name, n) -> identified.add("   " + name + " (n = " + n + ")"));
        identified.add("Registers (n = " + counts.identifiedFromRegisters() + ")");
        counts.registers().forEach((name, n) -> identified.add("   " + name + " (n = " + n + ")"));
        List<String> removed = List.of("Records removed before screening:", "   Duplicate records removed (n = " + counts.duplicates() + ")",
                "   Records marked as ineligible by automation tools (n = " + counts.removedByAutomation() + ")",
                "   Records removed for other reasons (n = " + counts.removedOther() + ")");
        List<String> otherIdentified = new ArrayList<>(List.of("Records identified from:"));
        counts.otherSources().forEach((name, n) -> otherIdentified.add("   " + name + " (n = " + n + ")"));
        double top = y;
        double rowHeight = Math.max(height(lines(identified)), height(lines(removed)));
        if (other) {
            rowHeight = Math.max(rowHeight, height(lines(otherIdentified)));
        }
        box(marks, x1, y, BOX, rowHeight, null, lines(identified), false, false);
        box(marks, x2, y, BOX, rowHeight, null, lines(removed), false, false);
        arrowRight(marks, x1 + BOX, x2, y + rowHeight / 2);
        if (other) {
            box(marks, x3, y, BOX, rowHeight, null, lines(otherIdentified), false, false);
        }
        double identificationBottom = y + rowHeight;
        phase(marks, "Identification", top, identificationBottom);
        y = identificationBottom + GAP;

        // screening
        double screeningTop = y;
        double[] screened = pair(marks, x1, x2, y, List.of("Records screened", "(n = " + counts.screened() + ")"),
                List.of("Records excluded", "(n = " + counts.excluded() + ")"));
        arrowDown(marks, x1 + BOX / 2, identificationBottom, y);
        y = screened[1] + GAP;
        double[] sought = pair(marks, x1, x2, y, List.of("Reports sought for retrieval", "(n = " + counts.sought() + ")"),
                List.of("Reports not retrieved", "(n = " + counts.notRetrieved() + ")"));
        arrowDown(marks, x1 + BOX / 2, screened[1], y);
        double[] otherSought = null;
        if (other) {
            otherSought = pair(marks, x3, x4, y, List.of("Reports sought for retrieval", "(n = " + counts.otherSought() + ")"),
                    List.of("Reports not retrieved", "(n = " + counts.otherNotRetrieved() + ")"));
            arrowDown(marks, x3 + BOX / 2, identificationBottom, y);
        }
        y = Math.max(sought[1], other ? otherSought[1] : 0) + GAP;
        double[] assessed = pair(marks, x1, x2, y, List.of("Reports assessed for eligibility", "(n = " + counts.assessed() + ")"),
                excluded(counts.excludedReports()));
        arrowDown(marks, x1 + BOX / 2, sought[1], y);
        double[] otherAssessed = null;
        if (other) {
            otherAssessed = pair(marks, x3, x4, y, List.of("Reports assessed for eligibility", "(n = " + counts.otherAssessed() + ")"),
                    excluded(counts.otherExcludedReports()));
            arrowDown(marks, x3 + BOX / 2, otherSought[1], y);
        }
        double screeningBottom = Math.max(assessed[1], other ? otherAssessed[1] : 0);
        phase(marks, "Screening", screeningTop, screeningBottom);
        y = screeningBottom + GAP;

        // included
        List<String> included = lines(List.of("Studies included in review", "(n = " + counts.studiesIncluded() + ")",
                "Reports of included studies", "(n = " + counts.reportsIncluded() + ")"));
        double includedHeight = height(included);
        box(marks, x1, y, BOX, includedHeight, null, included, false, true);
        arrowDown(marks, x1 + BOX / 2, assessed[1], y);
        if (other) {
            double from = x3 + BOX / 2;
            marks.add(new Drawing.Rule(from, otherAssessed[1], from, y + includedHeight / 2, INK, 0.8));
            arrowLeft(marks, from, x1 + BOX, y + includedHeight / 2);
        }
        phase(marks, "Included", y, y + includedHeight);
        y += includedHeight + 14;
        for (String line : font.wrap("PRISMA 2020 flow diagram for new systematic reviews (Page MJ et al. BMJ 2021;372:n71). "
                + "Counts computed by Appraise from the review's records, duplicates, screening decisions and studies.", TEXT, false,
                width - 2 * MARGIN)) {
            marks.add(new Drawing.Label(MARGIN, y + TEXT, line, TEXT, false, "start", "#333333"));
            y += LINE;
        }
        return marks.build(width, y + MARGIN, "PRISMA 2020 flow diagram");
    }

    private List<String> excluded(Map<String, Integer> reasons) {
        int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
        List<String> lines = new ArrayList<>(List.of("Reports excluded (n = " + total + "):"));
        reasons.forEach((reason, n) -> lines.add("   " + reason + " (n = " + n + ")"));
        return lines;
    }

    /** A box and the box of what it excluded to its right, at the same height; returns {top, bottom}. */
    private double[] pair(Drawing.Builder marks, double left, double right, double y, List<String> main, List<String> side) {
        List<String> a = lines(main);
        List<String> b = lines(side);
        double h = Math.max(height(a), height(b));
        box(marks, left, y, BOX, h, null, a, false, true);
        box(marks, right, y, BOX, h, null, b, false, false);
        arrowRight(marks, left + BOX, right, y + h / 2);
        return new double[] { y, y + h };
    }

    /** Wraps each line to the box width, keeping the indentation of continued lines. */
    private List<String> lines(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String text : texts) {
            String indent = text.startsWith("   ") ? "   " : "";
            List<String> wrapped = font.wrap(text.strip(), TEXT, false, BOX - 2 * PAD - font.width(indent + "   ", TEXT, false));
            for (String line : wrapped) {
                out.add(out.size() > 0 && !indent.isEmpty() && line != wrapped.get(0) ? indent + "   " + line : indent + line);
            }
        }
        return out;
    }

    private List<String> wrap(String text, double width, boolean bold) {
        return font.wrap(text, TEXT + 1, bold, width - 2 * PAD);
    }

    private static double height(List<String> lines) {
        return lines.size() * LINE + 2 * PAD - 2;
    }

    private void box(Drawing.Builder marks, double x, double y, double w, double h, String fill, List<String> lines, boolean bold,
            boolean centred) {
        marks.add(new Drawing.Box(x, y, w, h, fill == null ? "#FFFFFF" : fill, INK));
        double size = bold ? TEXT + 1 : TEXT;
        double ty = y + PAD + size - 1;
        for (String line : lines) {
            marks.add(new Drawing.Label(centred ? x + w / 2 : x + PAD, ty, centred ? line.strip() : line, size, bold,
                    centred ? "middle" : "start", INK));
            ty += LINE;
        }
    }

    private void phase(Drawing.Builder marks, String name, double top, double bottom) {
        marks.add(new Drawing.Box(MARGIN, top, PHASE, bottom - top, PHASE_FILL, INK));
        marks.add(new Drawing.Label(MARGIN + PHASE / 2, (top + bottom) / 2 + TEXT / 3, name, TEXT + 0.5, true, "middle", INK));
    }

    private static void arrowDown(Drawing.Builder marks, double x, double from, double to) {
        marks.add(new Drawing.Rule(x, from, x, to, INK, 0.8));
        marks.add(new Drawing.Rule(x - 3.5, to - 5, x, to, INK, 0.8));
        marks.add(new Drawing.Rule(x + 3.5, to - 5, x, to, INK, 0.8));
    }

    private static void arrowRight(Drawing.Builder marks, double from, double to, double y) {
        marks.add(new Drawing.Rule(from, y, to, y, INK, 0.8));
        marks.add(new Drawing.Rule(to - 5, y - 3.5, to, y, INK, 0.8));
        marks.add(new Drawing.Rule(to - 5, y + 3.5, to, y, INK, 0.8));
    }

    private static void arrowLeft(Drawing.Builder marks, double from, double to, double y) {
        marks.add(new Drawing.Rule(from, y, to, y, INK, 0.8));
        marks.add(new Drawing.Rule(to + 5, y - 3.5, to, y, INK, 0.8));
        marks.add(new Drawing.Rule(to + 5, y + 3.5, to, y, INK, 0.8));
    }
}
