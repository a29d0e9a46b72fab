package org.appraise.cli.internal.review;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.WholeFile;
import org.appraise.export.docx.CharacteristicsDocument;
import org.appraise.export.xlsx.ExtractionWorkbook;
import org.appraise.export.xlsx.SheetCsv;
import org.appraise.model.Review;
import org.appraise.session.ReviewSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise export}: the submission workbook, or one of its sheets as CSV; written whole or not at all. */
@Command(name = "export", description = { "Write the workbook for submission: PRISMA 2020, characteristics, studies, extraction (one row per result, with quotes),",
        "meta-analysis sheets, risk of bias per tool, screening and agreement (its README sheet says what each holds);",
        "or one sheet as CSV (RFC 4180, UTF-8); or the characteristics of included studies as a Word table (FILE.docx).",
        "The file is written whole or not at all." })
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--out", paramLabel = "FILE", description = "FILE.xlsx for the workbook, FILE.csv for one sheet, FILE.docx for the characteristics table (required).")
    private Path target;

    @Option(names = "--sheets", paramLabel = "NAME,NAME...", split = ",", description = "Only these sheets of the workbook.")
    private List<String> sheets;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet a CSV holds.")
    private String sheet;

    @Option(names = "--bom", description = "Start the CSV with a byte-order mark (for Excel).")
    private boolean bom;

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.openWhole("export");
        if (target == null) {
            throw new UsageException("export needs --out FILE.xlsx, FILE.csv or FILE.docx");
        }
        Review review = session.folder().review();
        List<String> known = ExtractionWorkbook.sheets(review);
        String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        WholeFile.Body body;
        if (name.endsWith(".csv")) {
            if (sheet == null) {
                throw new UsageException("a CSV holds one sheet: name it with --sheet (one of " + String.join(", ", known) + ")");
            }
            String one = named(List.of(sheet), known).get(0);
            body = stream -> new SheetCsv(Instant.now()).write(review, one, stream, bom, terminal.progress());
        } else if (name.endsWith(".xlsx")) {
            List<String> chosen = named((sheets == null ? known : sheets).stream().map(String::strip).toList(), known);
            body = stream -> new ExtractionWorkbook(Instant.now()).write(review, stream, terminal.progress(), chosen::contains);
        } else if (name.endsWith(".docx")) {
            if (sheet != null && !sheet.equalsIgnoreCase("Characteristics") || sheets != null) {
                throw new UsageException("a Word file holds the characteristics of included studies (--sheet Characteristics); "
                        + "the Summary of Findings is 'appraise sof --docx', the other sheets go to .xlsx or .csv");
            }
            body = stream -> CharacteristicsDocument.write(review, stream);
        } else {
            throw new UsageException("--out must name an .xlsx, a .csv or a .docx file");
        }
        try {
            WholeFile.write(target, body);
        } catch (CancellationException e) {
            terminal.err().println("export cancelled; " + target + " was not written");
            return Terminal.ERROR;
        }
        terminal.err().println("Wrote " + target);
        return Terminal.withProblems(Terminal.OK, session);
    }

    /** The sheets as the workbook names them ("extraction" is "Extraction"); a name of none is refused with the list. */
    private static List<String> named(List<String> chosen, List<String> known) {
        List<String> named = new java.util.ArrayList<>();
        for (String s : chosen) {
            named.add(known.stream().filter(k -> k.equalsIgnoreCase(s)).findFirst()
                    .orElseThrow(() -> new UsageException("no sheet '" + s + "' (one of " + String.join(", ", known) + ")")));
        }
        return named;
    }
}
