package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.core.rob.JudgementLevel;
import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.ToolDomain;

/**
 * The traffic-light plot of robvis: a row per study (per result for result-level tools), a column per domain
 * and one for the overall judgement, each cell a disc in the judgement's colour with its symbol; under it the
 * domain captions spelled out, the judgement legend, and the tool's exact name and version. A cell without a
 * judgement stays empty (a grey ring), never guessed.
 */
public final class TrafficLightPlot {

    private static final double MARGIN = 14;
    private static final double TEXT = 9;
    private static final double HEADING = 10;
    private static final double SMALL = 8;
    private static final double ROW = 22;
    private static final double RADIUS = 8.5;
    private static final double SLACK = 1.08;
    private static final String INK = "#000000";
    private static final String GRID = "#BBBBBB";

    private final FigureFont font;
    private final Palette palette;

    public TrafficLightPlot(FigureFont font, Palette palette) {
        this.font = font;
        this.palette = palette;
    }

    public Drawing draw(RiskOfBiasTable table) {
        RiskOfBiasTool tool = table.tool();
        List<String> columns = new ArrayList<>(table.captions());
        columns.add("Overall");
        List<String> labels = table.rows().stream().map(RiskOfBiasTable.Row::label).toList();
        boolean results = table.rows().stream().anyMatch(r -> !r.result().isEmpty());
        double row = results ? ROW + 6 : ROW;
        double labelWidth = width("Study", HEADING, true);
        for (RiskOfBiasTable.Row r : table.rows()) {
            labelWidth = Math.max(labelWidth, Math.max(width(r.label(), TEXT, false), width(r.result(), SMALL, false)));
        }
        double column = 2 * RADIUS + 12;
        for (String caption : columns) {
            column = Math.max(column, width(caption, TEXT, true) + 10);
        }
        double gridLeft = MARGIN + labelWidth + 12;
        double gridWidth = column * columns.size();
        List<String> legend = domainLegend(tool);
        double legendWidth = legend.stream().mapToDouble(l -> width(l, TEXT, false)).max().orElse(0);
        double judgementWidth = width("Judgement", HEADING, true) + 10;
        for (JudgementLevel level : tool.levels()) {
            judgementWidth = Math.max(judgementWidth, 2 * RADIUS + 8 + width(level.label(), TEXT, false));
        }
        double contentWidth = Math.max(gridLeft - MARGIN + gridWidth, Math.max(legendWidth + 12 + judgementWidth, 360));
        double pageWidth = contentWidth + 2 * MARGIN;

        Drawing.Builder marks = new Drawing.Builder();
        double y = MARGIN + HEADING;
        marks.add(new Drawing.Label(gridLeft + gridWidth / 2, y, "Risk of bias domains", HEADING, true, "middle", INK));
        y += 8;
        marks.add(new Drawing.Box(gridLeft, y, gridWidth, 18, "#EEEEEE", GRID));
        for (int c = 0; c < columns.size(); c++) {
            marks.add(new Drawing.Label(gridLeft + column * c + column / 2, y + 13, columns.get(c), TEXT, true, "middle", INK));
        }
        marks.add(new Drawing.Label(MARGIN, y + 13, "Study", HEADING, true, "start", INK));
        y += 18;
        double gridTop = y;
        for (int r = 0; r < table.rows().size(); r++) {
            RiskOfBiasTable.Row entry = table.rows().get(r);
            double centre = y + row / 2;
            if (entry.result().isEmpty()) {
                marks.add(new Drawing.Label(MARGIN, centre + TEXT / 3, labels.get(r), TEXT, false, "start", INK));
            } else {
                marks.add(new Drawing.Label(MARGIN, centre - 1.5, labels.get(r), TEXT, false, "start", INK));
                marks.add(new Drawing.Label(MARGIN, centre + SMALL + 1, entry.result(), SMALL, false, "start", "#444444"));
            }
            for (int c = 0; c < columns.size(); c++) {
                String level = c == columns.size() - 1 ? entry.overall() : entry.judgements().get(columns.get(c));
                cell(marks, tool, level, gridLeft + column * c + column / 2, centre);
            }
            y += row;
        }
        marks.add(new Drawing.Box(gridLeft, gridTop, gridWidth, y - gridTop, null, GRID));
        for (int c = 1; c < columns.size(); c++) {
            double x = gridLeft + column * c;
            marks.add(new Drawing.Rule(x, gridTop - 18, x, y, GRID, 0.5));
        }

        double legendTop = y + 16;
        double ly = legendTop;
        marks.add(new Drawing.Label(MARGIN, ly, "Domains:", HEADING, true, "start", INK));
        for (String line : legend) {
            ly += TEXT + 4;
            marks.add(new Drawing.Label(MARGIN, ly, line, TEXT, false, "start", INK));
        }
        double jx = MARGIN + legendWidth + 12;
        if (jx + judgementWidth > MARGIN + contentWidth) {
            jx = MARGIN;
            ly += 2 * TEXT;
            legendTop = ly;
        }
        double jy = legendTop;
        marks.add(new Drawing.Label(jx, jy, "Judgement", HEADING, true, "start", INK));
        for (JudgementLevel level : tool.levels()) {
            jy += 2 * RADIUS + 3;
            cell(marks, tool, level.id(), jx + RADIUS, jy - TEXT / 3);
            marks.add(new Drawing.Label(jx + 2 * RADIUS + 6, jy, level.label(), TEXT, false, "start", INK));
        }
        double bottom = Math.max(ly, jy) + 16;
        for (String line : font.wrap(caption(table), TEXT, false, contentWidth / SLACK)) {
            marks.add(new Drawing.Label(MARGIN, bottom, line, TEXT, false, "start", "#333333"));
            bottom += TEXT + 3;
        }
        return marks.build(pageWidth, bottom + MARGIN - TEXT, "Risk of bias (traffic-light plot): " + tool.title());
    }

    private void cell(Drawing.Builder marks, RiskOfBiasTool tool, String level, double cx, double cy) {
        Optional<JudgementLevel> judgement = level == null ? Optional.empty() : tool.level(level);
        if (judgement.isEmpty()) {
            marks.add(new Drawing.Disc(cx, cy, RADIUS, null, GRID));
            return;
        }
        String tone = judgement.get().tone();
        marks.add(new Drawing.Disc(cx, cy, RADIUS, palette.colour(tone), "#555555"));
        String symbol = judgement.get().symbol().equals("-") ? "\u2212" : judgement.get().symbol();
        marks.add(new Drawing.Label(cx, cy + 3.6, symbol, 10, true, "middle", palette.ink(tone)));
    }

    static List<String> domainLegend(RiskOfBiasTool tool) {
        List<String> lines = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (ToolDomain domain : tool.domains()) {
            if (!domain.inOverall()) {
                continue;
            }
            if (seen.contains(domain.caption())) {
                continue;
            }
            seen.add(domain.caption());
            String name = tool.domains().stream().filter(d -> d.caption().equals(domain.caption())).count() > 1
                    ? domain.name().replaceAll(" \\(.*\\)$", "") : domain.name();
            lines.add(name.startsWith(domain.caption()) ? name : domain.caption() + ": " + name + ".");
        }
        return lines;
    }

    static String caption(RiskOfBiasTable table) {
        long agreed = table.rows().stream().filter(RiskOfBiasTable.Row::agreed).count();
        java.util.Set<String> assessors = new java.util.TreeSet<>();
        table.rows().stream().filter(r -> !r.agreed()).forEach(r -> assessors.add(r.reviewer()));
        String source = agreed == table.rows().size() ? "consensus judgements."
                : (agreed == 0 ? "" : agreed + " consensus, ") + "judgements of " + String.join(", ", assessors)
                        + " where no consensus is recorded.";
        return "Tool: " + table.tool().title() + ". " + table.rows().size()
                + (table.tool().assesses().equals("result") ? " results; " : " studies; ") + source;
    }

    private double width(String text, double size, boolean bold) {
        return font.width(text, size, bold) * SLACK;
    }
}
