package org.appraise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.FigureFormat;
import org.appraise.export.figures.Palette;
import org.appraise.export.figures.SummaryPlot;
import org.appraise.export.figures.TrafficLightPlot;
import org.appraise.model.Extraction;
import org.appraise.model.Review;
import org.appraise.model.Study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code appraise rob}: the risk-of-bias judgements of a review with one tool, as a table (text or JSON) or
 * as robvis-style figures written to SVG, PNG and PDF files (each file written whole or not at all).
 */
final class RiskOfBiasCommand {

    private final PrintStream out;
    private final PrintStream err;

    RiskOfBiasCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(Review review, Options options) throws IOException {
        RiskOfBiasTools tools = RiskOfBiasTools.builtIn();
        RiskOfBiasTool tool = chooseTool(review, tools, options.value("--tool"));
        RiskOfBiasTable table = RiskOfBiasTable.of(review, tool, options.value("--outcome").orElse(null));
        if (table.rows().isEmpty()) {
            err.println("No " + tool.shortName() + " assessments" + options.value("--outcome").map(o -> " of outcome " + o).orElse("")
                    + " in review " + review.getId());
        }
        Optional<String> plot = options.value("--plot");
        List<String[]> files = new ArrayList<>();
        for (String format : List.of("svg", "png", "pdf")) {
            options.value("--" + format).ifPresent(file -> files.add(new String[] { format, file }));
        }
        if (plot.isEmpty()) {
            if (!files.isEmpty()) {
                throw new UsageException("--svg, --png and --pdf need --plot traffic-light|summary");
            }
            print(table, options.flag("--json"));
            return Cli.OK;
        }
        if (files.isEmpty()) {
            throw new UsageException("--plot needs at least one of --svg FILE, --png FILE, --pdf FILE");
        }
        Palette palette;
        try {
            palette = Palette.parse(options.value("--palette").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--palette: " + e.getMessage());
        }
        int dpi = dpi(options.value("--dpi").orElse("600"));
        FigureFont font = new FigureFont();
        Drawing drawing = switch (plot.get()) {
        case "traffic-light" -> new TrafficLightPlot(font, palette).draw(table);
        case "summary" -> new SummaryPlot(font, palette).draw(table, options.flag("--weighted"));
        default -> throw new UsageException("--plot is traffic-light or summary, not '" + plot.get() + "'");
        };
        for (String[] file : files) {
            FigureFormat format = FigureFormat.valueOf(file[0].toUpperCase(java.util.Locale.ROOT));
            Path target = Path.of(file[1]);
            org.appraise.core.WholeFile.write(target, stream -> format.write(drawing, font, dpi, stream));
            err.println("Wrote " + target + (format == FigureFormat.PNG ? " at " + dpi + " dpi" : ""));
        }
        return Cli.OK;
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

    private static int dpi(String text) {
        try {
            int dpi = Integer.parseInt(text);
            if (dpi < 36 || dpi > 2400) {
                throw new UsageException("--dpi must be between 36 and 2400");
            }
            return dpi;
        } catch (NumberFormatException e) {
            throw new UsageException("--dpi must be a whole number, not '" + text + "'");
        }
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
                out.println(mapper.writeValueAsString(root));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        out.println(tool.title());
        StringBuilder header = new StringBuilder(String.format("%-40s", "Study"));
        table.captions().forEach(c -> header.append(String.format(" %-14s", c)));
        header.append(" Overall");
        out.println(header);
        for (RiskOfBiasTable.Row row : table.rows()) {
            String label = row.result().isEmpty() ? row.label() : row.label() + ": " + row.result();
            StringBuilder line = new StringBuilder(String.format("%-40s", label));
            for (String caption : table.captions()) {
                line.append(String.format(" %-14s", levelLabel(tool, row.judgements().get(caption))));
            }
            line.append(' ').append(levelLabel(tool, row.overall()));
            out.println(line);
        }
    }

    private static String levelLabel(RiskOfBiasTool tool, String level) {
        return level == null ? "(none)" : tool.level(level).map(l -> l.label()).orElse(level);
    }

}
