package org.appraise.cli.internal.certainty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.core.WholeFile;
import org.appraise.core.certainty.CertaintyRule;
import org.appraise.export.docx.SummaryOfFindingsDocument;
import org.appraise.export.xlsx.SummaryOfFindingsSheet;
import org.appraise.model.Review;
import org.appraise.session.ReviewSession;
import org.appraise.synthesis.certainty.SummaryOfFindings;
import org.appraise.synthesis.certainty.SummaryOfFindingsPage;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appraise sof}: the review's Summary of Findings table from its certainty assessments and analyses, as a Word
 * document, an Excel workbook, an HTML page or JSON (or as text on stdout); each file written whole or not at all.
 */
@picocli.CommandLine.Command(name = "sof", description = { "The Summary of Findings table: the outcomes the certainty assessments place in it (--order), "
        + "each with its absolute and relative effects, participants, certainty and footnotes, from the review's analyses.",
        "Written as --docx F (Word, landscape), --xlsx F, --html F, --json, or as text when none is given." })
public final class SofCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--docx", paramLabel = "FILE", description = "Write the table as a Word document.")
    private Path docx;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Write the table as an Excel workbook.")
    private Path xlsx;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the table as an HTML page.")
    private Path html;

    @Option(names = "--json", description = "Print the table as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.openWhole("summarise");
        Review review = session.folder().review();
        SummaryOfFindings table = SummaryOfFindings.of(review, CertaintyRule.grade());
        table.problems().forEach(p -> terminal.err().println("not in the table: " + p));
        if (table.rows().isEmpty()) {
            terminal.err().println("No outcome is placed in the Summary of Findings table yet: appraise certainty " + terminal.folder()
                    + " --analysis ID --consensus --order N");
        }
        if (docx != null) {
            write(docx, out -> SummaryOfFindingsDocument.write(table, out));
        }
        if (xlsx != null) {
            write(xlsx, out -> SummaryOfFindingsSheet.writeWorkbook(table, out));
        }
        if (html != null) {
            write(html, out -> out.write(SummaryOfFindingsPage.html(table).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        if (json) {
            ObjectNode root = Terminal.json().valueToTree(table);
            terminal.printJson(root);
        } else if (docx == null && xlsx == null && html == null) {
            text(table);
        }
        return Terminal.withProblems(table.problems().isEmpty() ? Terminal.OK : Terminal.FINDINGS, session);
    }

    private void write(Path target, WholeFile.Body body) throws IOException {
        WholeFile.write(target, body);
        terminal.err().println("Wrote " + target);
    }

    private void text(SummaryOfFindings table) {
        var out = terminal.out();
        out.println("Summary of findings: " + table.title());
        for (SummaryOfFindings.Row row : table.rows()) {
            out.println();
            out.println(row.outcome() + (row.definition().isEmpty() ? "" : " (" + row.definition() + ")"));
            out.println("  Risk with the comparator: " + row.comparatorRisk() + SummaryOfFindings.letters(row.effectNotes()));
            out.println("  Risk with the intervention: " + row.interventionRisk().replace("\n", "; "));
            out.println("  Relative effect: " + row.relative());
            out.println("  Participants (studies): " + row.participants() + SummaryOfFindings.letters(row.participantNotes()));
            out.println("  Certainty: " + row.certainty() + SummaryOfFindings.letters(row.notes()));
            if (!row.comments().isEmpty()) {
                out.println("  Comments: " + row.comments());
            }
        }
        out.println();
        for (int i = 0; i < table.footnotes().size(); i++) {
            out.println(SummaryOfFindings.letter(i) + ". " + table.footnotes().get(i));
        }
    }
}
