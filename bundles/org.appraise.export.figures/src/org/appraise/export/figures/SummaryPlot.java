package org.appraise.export.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.appraise.core.rob.JudgementLevel;
import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.ToolDomain;

/**
 * The summary plot of robvis: for each domain and overall, a bar split by the share of studies (or results)
 * at each judgement, optionally weighted by the number of participants; an axis from 0 to 100 %, the legend
 * and the tool's exact name and version. Shares are computed exactly and drawn to the point.
 */
public final class SummaryPlot {

    private static final double MARGIN = 14;
    private static final double TEXT = 9;
    private static final double HEADING = 10;
    private static final double BAR = 16;
    private static final double GAP = 8;
    private static final double BAR_WIDTH = 320;
    private static final double SLACK = 1.08;
    private static final String INK = "#000000";

    private final FigureFont font;
    private final Palette palette;

    public SummaryPlot(FigureFont font, Palette palette) {
        this.font = font;
        this.palette = palette;
    }

    public Drawing draw(RiskOfBiasTable table, boolean weighted) {
        RiskOfBiasTool tool = table.tool();
        List<String> captions = new ArrayList<>(table.captions());
        List<String> names = new ArrayList<>();
        for (String caption : captions) {
            names.add(domainName(tool, caption));
        }
        captions.add("Overall");
        names.add("Overall risk of bias");
        double labelWidth = names.stream().mapToDouble(n -> width(n, TEXT, false)).max().orElse(0);
        double barLeft = MARGIN + labelWidth + 10;
        double contentWidth = Math.max(barLeft - MARGIN + BAR_WIDTH + 10, 360);
        Drawing.Builder marks = new Drawing.Builder();
        double y = MARGIN + HEADING;
        marks.add(new Drawing.Label(barLeft + BAR_WIDTH / 2, y,
                weighted ? "Share of participants at each judgement" : "Share of " + (tool.assesses().equals("result") ? "results" : "studies") + " at each judgement",
                HEADING, true, "middle", INK));
        y += 10;
        for (int i = 0; i < captions.size(); i++) {
            Map<String, BigDecimal> shares = table.shares(captions.get(i), weighted);
            marks.add(new Drawing.Label(barLeft - 10, y + BAR / 2 + TEXT / 3, names.get(i), TEXT, i == captions.size() - 1,
                    "end", INK));
            double x = barLeft;
            for (JudgementLevel level : tool.levels()) {
                double share = shares.getOrDefault(level.id(), BigDecimal.ZERO).doubleValue();
                if (share > 0) {
                    double w = share * BAR_WIDTH;
                    marks.add(new Drawing.Box(x, y, w, BAR, palette.colour(level.tone()), "#555555"));
                    x += w;
                }
            }
            if (x == barLeft) {
                marks.add(new Drawing.Box(barLeft, y, BAR_WIDTH, BAR, null, "#BBBBBB"));
            }
            y += BAR + GAP;
        }
        double axis = y;
        marks.add(new Drawing.Rule(barLeft, axis, barLeft + BAR_WIDTH, axis, INK, 0.6));
        for (int percent = 0; percent <= 100; percent += 25) {
            double x = barLeft + BAR_WIDTH * percent / 100.0;
            marks.add(new Drawing.Rule(x, axis, x, axis + 4, INK, 0.6));
            marks.add(new Drawing.Label(x, axis + 6 + TEXT, percent + "%", TEXT, false, "middle", INK));
        }
        y = axis + 6 + TEXT + 18;
        double x = MARGIN;
        for (JudgementLevel level : tool.levels()) {
            double entry = 14 + 4 + width(level.label(), TEXT, false) + 14;
            if (x + entry > MARGIN + contentWidth) {
                x = MARGIN;
                y += 16;
            }
            marks.add(new Drawing.Box(x, y - 10, 12, 12, palette.colour(level.tone()), "#555555"));
            marks.add(new Drawing.Label(x + 16, y, level.label(), TEXT, false, "start", INK));
            x += entry;
        }
        y += 20;
        String caption = "Tool: " + tool.title() + ". " + table.rows().size()
                + (tool.assesses().equals("result") ? " results" : " studies")
                + (weighted ? ", weighted by the number of participants (rows without a size weigh nothing)." : ", unweighted.");
        for (String line : font.wrap(caption, TEXT, false, contentWidth / SLACK)) {
            marks.add(new Drawing.Label(MARGIN, y, line, TEXT, false, "start", "#333333"));
            y += TEXT + 3;
        }
        return marks.build(contentWidth + 2 * MARGIN, y + MARGIN - TEXT, "Risk of bias (summary plot): " + tool.title());
    }

    private static String domainName(RiskOfBiasTool tool, String caption) {
        List<ToolDomain> domains = tool.domains().stream().filter(d -> d.inOverall() && d.caption().equals(caption)).toList();
        String name = domains.get(0).name();
        return domains.size() > 1 ? name.replaceAll(" \\(.*\\)$", "") : name;
    }

    private double width(String text, double size, boolean bold) {
        return font.width(text, size, bold) * SLACK;
    }
}
