package org.appraise.cli.internal.rob;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.FigureFiles;
import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;

import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.Palette;
import org.appraise.export.figures.SummaryPlot;
import org.appraise.export.figures.TrafficLightPlot;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appraise rob}: the risk-of-bias judgements of a review with one tool, as a table (text or JSON) or
 * as robvis-style figures written to SVG, PNG and PDF files (each file written whole or not at all).
 */
@Command(name = "rob", description = { "The risk-of-bias judgements with one tool (rob2, robins-i-2016, nos-cohort, nos-case-control, quadas-2),",
        "a row per study or result; or robvis-style figures (--plot) written to SVG, PNG (600 dpi unless --dpi says otherwise) and PDF." })
public final class RobCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--tool", paramLabel = "ID", description = "The tool (default: the review's first tool that has assessments).")
    private String toolId;

    @Option(names = "--outcome", paramLabel = "ID", description = "Only the assessments of this outcome (tools that judge a result).")
    private String outcome;

    @Option(names = "--json", description = "Print the table as JSON.")
    private boolean json;

    @Option(names = "--plot", paramLabel = "traffic-light|summary", description = "Draw a figure instead of printing the table.")
    private String plot;

    @Option(names = "--weighted", description = "With --plot summary: bars weighted by the studies' sizes.")
    private boolean weighted;

    @Option(names = "--palette", paramLabel = "colour-blind|robvis|low=#rrggbb,...", description = "The figure's colours (default: colour-blind safe).")
    private String paletteName;

    @Mixin
    private FigureFiles files;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.openWhole("judge");
        return Terminal.withProblems(run(session.folder().review()), session);
    }

    private int run(Review review) throws IOException {
        RiskOfBiasTools tools = RiskOfBiasTools.builtIn();
        RiskOfBiasTool tool = chooseTool(review, tools, Optional.ofNullable(toolId));
        RiskOfBiasTable table = RiskOfBiasTable.of(review, tool, outcome);
        if (table.rows().isEmpty()) {
            terminal.err().println("No " + tool.shortName() + " assessments" + (outcome == null ? "" : " of outcome " + outcome) + " in review "
                    + review.getId());
        }
        if (plot == null) {
            if (!files.chosen().isEmpty()) {
                throw new UsageException("--svg, --png and --pdf need --plot traffic-light|summary");
            }
            print(table, json);
            return Terminal.OK;
        }
        if (files.chosen().isEmpty()) {
            throw new UsageException("--plot needs at least one of --svg FILE, --png FILE, --pdf FILE");
        }
        Palette palette;
        try {
            palette = Palette.parse(paletteName);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--palette: " + e.getMessage());
        }
        FigureFont font = new FigureFont();
        Drawing drawing = switch (plot) {
        case "traffic-light" -> new TrafficLightPlot(font, palette).draw(table);
        case "summary" -> new SummaryPlot(font, palette).draw(table, weighted);
        default -> throw new UsageException("--plot is traffic-light or summary, not '" + plot + "'");
        };
        files.write(drawing, font, terminal.err());
        return Terminal.OK;
    }

    private static RiskOfBiasTool chooseTool(Review review, RiskOfBiasTools tools, Optional<String> named) {
        if (named.isPresent()) {
            return tools.find(named.get()).orElseThrow(() -> new UsageException("--tool is one of "
                    + tools.all().stream().map(RiskOfBiasTool::id).toList() + ", not '" + named.get() + "'"));
        }
        List<String> used = new ArrayList<>();
        for (Study study : review.getStudies()) {
            for (Extraction extraction : study.getExtractions()) {
                extraction.getAssessments().forEach(a -> {
                    if (!used.contains(a.getTool())) {
                        used.add(a.getTool());
                    }
                });
            }
        }
        for (String id : review.getRiskOfBiasTools()) {
            if (used.contains(id) && tools.find(id).isPresent()) {
                return tools.find(id).get();
            }
        }
        return used.stream().map(tools::find).flatMap(Optional::stream).findFirst().orElseThrow(
                () -> new UsageException("the review has no risk-of-bias assessments; name a tool with --tool"));
    }

    private void print(RiskOfBiasTable table, boolean json) {
        RiskOfBiasTool tool = table.tool();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("tool", tool.id());
            root.put("toolVersion", tool.version());
            root.put("toolName", tool.name());
            ArrayNode domains = root.putArray("domains");
            table.captions().forEach(domains::add);
            ArrayNode rows = root.putArray("rows");
            for (RiskOfBiasTable.Row row : table.rows()) {
                ObjectNode node = rows.addObject();
                node.put("study", row.study().getId());
                node.put("label", row.label());
                node.put("assessment", row.assessment().getId());
                node.put("result", row.result());
                node.put("reviewer", row.reviewer());
                node.put("consensus", row.agreed());
                ObjectNode judgements = node.putObject("judgements");
                for (Map.Entry<String, String> judgement : row.judgements().entrySet()) {
                    judgements.put(judgement.getKey(), judgement.getValue());
                }
                node.put("overall", row.overall());
            }
            try {
                terminal.out().println(mapper.writeValueAsString(root));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        terminal.out().println(tool.title());
        StringBuilder header = new StringBuilder(String.format("%-40s", "Study"));
        table.captions().forEach(c -> header.append(String.format(" %-14s", c)));
        header.append(" Overall");
        terminal.out().println(header);
        for (RiskOfBiasTable.Row row : table.rows()) {
            String label = row.result().isEmpty() ? row.label() : row.label() + ": " + row.result();
            StringBuilder line = new StringBuilder(String.format("%-40s", label));
            for (String caption : table.captions()) {
                line.append(String.format(" %-14s", levelLabel(tool, row.judgements().get(caption))));
            }
            line.append(' ').append(levelLabel(tool, row.overall()));
            terminal.out().println(line);
        }
    }

    private static String levelLabel(RiskOfBiasTool tool, String level) {
        return level == null ? "(none)" : tool.level(level).map(l -> l.label()).orElse(level);
    }

}
