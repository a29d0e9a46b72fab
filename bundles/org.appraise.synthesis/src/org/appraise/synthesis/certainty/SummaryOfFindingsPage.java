package org.appraise.synthesis.certainty;

import java.util.List;

/**
 * The Summary of Findings table as one HTML page: the heading from the review question, the table with its two-row
 * header (the anticipated absolute effects spanning two columns), the footnotes under it. Every text is escaped, so an
 * outcome named {@code <script>} is shown, never run.
 */
public final class SummaryOfFindingsPage {

    private SummaryOfFindingsPage() {
    }

    public static String html(SummaryOfFindings table) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(table.title()))
                .append("</title>\n<style>\nbody{font-family:sans-serif;font-size:10pt;margin:2em}\ntable{border-collapse:collapse}\n"
                        + "th,td{border:1px solid #888;padding:4px 6px;vertical-align:top;white-space:pre-line}\nth{background:#e8eef7}\n"
                        + ".notes{font-size:9pt}\n</style>\n</head>\n<body>\n");
        out.append("<h1>Summary of findings</h1>\n<p><b>").append(escape(table.title())).append("</b></p>\n<p>");
        line(out, "Patient or population", table.population());
        line(out, "Setting", table.setting());
        line(out, "Intervention", table.intervention());
        line(out, "Comparison", table.comparison());
        out.append("</p>\n<table>\n<thead>\n<tr><th rowspan=\"2\">Outcomes</th><th colspan=\"2\">Anticipated absolute effects* (95% CI)</th>"
                + "<th rowspan=\"2\">Relative effect (95% CI)</th><th rowspan=\"2\">No of participants (studies)</th>"
                + "<th rowspan=\"2\">Certainty of the evidence (GRADE)</th><th rowspan=\"2\">Comments</th></tr>\n"
                + "<tr><th>Risk with the comparator</th><th>Risk with the intervention</th></tr>\n</thead>\n<tbody>\n");
        for (SummaryOfFindings.Row row : table.rows()) {
            out.append("<tr><td><b>").append(escape(row.outcome())).append("</b>").append(row.definition().isEmpty() ? "" : "\n" + escape(row.definition()))
                    .append("</td><td>").append(escape(row.comparatorRisk())).append(sup(row.effectNotes())).append("</td><td>")
                    .append(escape(row.interventionRisk())).append("</td><td>").append(escape(row.relative())).append("</td><td>")
                    .append(escape(row.participants())).append(sup(row.participantNotes())).append("</td><td>").append(escape(row.certainty()))
                    .append(sup(row.notes())).append("</td><td>")
                    .append(escape(row.comments())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<div class=\"notes\">\n<p>").append(escape(SummaryOfFindingsText.EXPLANATION)).append("</p>\n");
        List<String> notes = table.footnotes();
        for (int i = 0; i < notes.size(); i++) {
            out.append("<p><sup>").append(SummaryOfFindings.letter(i)).append("</sup> ").append(escape(notes.get(i))).append("</p>\n");
        }
        for (String problem : table.problems()) {
            out.append("<p>Not in the table: ").append(escape(problem)).append("</p>\n");
        }
        return out.append("</div>\n</body>\n</html>\n").toString();
    }

    private static String sup(List<String> letters) {
        return letters.isEmpty() ? "" : " <sup>" + escape(String.join(",", letters)) + "</sup>";
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append("<b>").append(label).append(":</b> ").append(escape(value)).append("<br>\n");
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
