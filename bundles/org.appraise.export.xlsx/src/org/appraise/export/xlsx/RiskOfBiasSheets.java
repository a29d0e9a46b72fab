package org.appraise.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.core.rob.JudgementLevel;
import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.core.rob.ToolDomain;
import org.appraise.export.figures.Palette;
import org.appraise.model.Annotation;
import org.appraise.model.DomainJudgement;
import org.appraise.model.Review;
import org.appraise.model.RiskOfBiasAssessment;

/**
 * One sheet per risk-of-bias tool the review uses: a row per study (per result for RoB 2 and ROBINS-I), and
 * per domain the judgement as a coloured cell with its name (and stars for Newcastle-Ottawa) beside a cell
 * with the proposal, the rationale, the support and the quotes; then the overall judgement. The consensus is
 * used where one is recorded, and the row says whose judgements it shows.
 */
final class RiskOfBiasSheets {

    private final RiskOfBiasTools tools;
    private final Palette palette;
    private final Cells cells;

    RiskOfBiasSheets(RiskOfBiasTools tools, Palette palette, Cells cells) {
        this.tools = tools;
        this.palette = palette;
        this.cells = cells;
    }

    /** Writes the sheets; returns their names, for the README. */
    List<String> write(SXSSFWorkbook workbook, Review review) {
        List<String> names = new ArrayList<>();
        for (RiskOfBiasTool tool : tools.all()) {
            RiskOfBiasTable table = RiskOfBiasTable.of(review, tool, null);
            if (table.rows().isEmpty()) {
                continue;
            }
            String name = name(tool);
            names.add(name);
            Sheet sheet = workbook.createSheet(name);
            List<String> headers = new ArrayList<>(List.of("Study", "Label"));
            boolean results = tool.assesses().equals("result");
            if (results) {
                headers.add("Result");
            }
            headers.addAll(List.of("Assessed by", "Consensus"));
            for (String caption : table.captions()) {
                headers.add(caption);
                headers.add(caption + ": proposal, rationale, support");
            }
            headers.addAll(List.of("Overall", "Overall: proposal, rationale", "Other assessors who differ", "Tool", "Tool version"));
            cells.header(sheet, headers.toArray(String[]::new));
            int r = 1;
            for (RiskOfBiasTable.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                int c = 0;
                cells.string(line, c++, row.study().getId(), null);
                cells.string(line, c++, row.label(), null);
                if (results) {
                    cells.string(line, c++, row.result(), null);
                }
                cells.string(line, c++, row.reviewer(), null);
                cells.string(line, c++, row.agreed() ? "yes" : "no", null);
                for (String caption : table.captions()) {
                    Optional<DomainJudgement> judgement = judgementOf(tool, row.assessment(), caption);
                    String level = row.judgements().get(caption);
                    String stars = judgement.map(DomainJudgement::getScore).map(s -> " (" + s + (s == 1 ? " star)" : " stars)")).orElse("");
                    judgementCell(line, c++, tool, level, stars);
                    cells.string(line, c++, judgement.map(j -> explanation(tool, j)).orElse(""), cells.wrap);
                }
                judgementCell(line, c++, tool, row.overall(), "");
                StringJoiner overall = new StringJoiner("\n");
                overall.add("Proposed: " + label(tool, row.assessment().getProposedOverall()));
                if (row.assessment().getOverallRationale() != null && !row.assessment().getOverallRationale().isBlank()) {
                    overall.add("Rationale: " + row.assessment().getOverallRationale());
                }
                cells.string(line, c++, overall.toString(), cells.wrap);
                StringJoiner others = new StringJoiner("; ");
                row.disagreeing().forEach(o -> others.add(o.reviewer() + " on " + String.join(", ", o.differences())));
                cells.string(line, c++, others.toString(), cells.wrap);
                cells.string(line, c++, tool.name(), null);
                cells.string(line, c, tool.version(), null);
            }
            int[] widths = new int[headers.size()];
            for (int i = 0; i < widths.length; i++) {
                String header = headers.get(i);
                widths[i] = header.endsWith("support") || header.startsWith("Overall:") ? 50 : header.equals("Label") ? 40 : 16;
            }
            Cells.finish(sheet, headers.size(), r, widths);
        }
        return names;
    }

    /** The sheet of a tool: "RoB " and its short name, without the characters a sheet name cannot have, at most 31. */
    static String name(RiskOfBiasTool tool) {
        String name = ("RoB " + tool.shortName()).replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private void judgementCell(Row line, int column, RiskOfBiasTool tool, String level, String suffix) {
        Optional<JudgementLevel> judgement = level == null ? Optional.empty() : tool.level(level);
        if (judgement.isEmpty()) {
            cells.string(line, column, "not judged", null);
            return;
        }
        String symbol = judgement.get().symbol();
        cells.string(line, column, judgement.get().label() + suffix + " [" + symbol + "]", cells.fill(palette.colour(judgement.get().tone())));
    }

    private static Optional<DomainJudgement> judgementOf(RiskOfBiasTool tool, RiskOfBiasAssessment assessment, String caption) {
        for (ToolDomain domain : tool.domains()) {
            if (!domain.caption().equals(caption)) {
                continue;
            }
            for (DomainJudgement judgement : assessment.getDomains()) {
                if (domain.id().equals(judgement.getDomain()) && judgement.getJudgement() != null && !judgement.getJudgement().isEmpty()) {
                    return Optional.of(judgement);
                }
            }
        }
        return Optional.empty();
    }

    private static String explanation(RiskOfBiasTool tool, DomainJudgement judgement) {
        StringJoiner text = new StringJoiner("\n");
        text.add("Proposed: " + (judgement.getProposed() == null || judgement.getProposed().isEmpty() ? "none (assessor's judgement)"
                : label(tool, judgement.getProposed())));
        if (judgement.getRationale() != null && !judgement.getRationale().isBlank()) {
            text.add("Rationale: " + judgement.getRationale());
        }
        if (judgement.getSupport() != null && !judgement.getSupport().isBlank()) {
            text.add("Support: " + judgement.getSupport());
        }
        for (Annotation quote : judgement.getSources()) {
            text.add("\u201c" + (quote.getQuote() == null ? "" : quote.getQuote().replace('\n', ' ')) + "\u201d");
        }
        return text.toString();
    }

    private static String label(RiskOfBiasTool tool, String level) {
        return level == null || level.isEmpty() ? "none" : tool.level(level).map(JudgementLevel::label).orElse(level);
    }
}
