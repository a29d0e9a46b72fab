package org.appraise.cli.internal.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.appraise.core.dedup.Deduplication;
import org.appraise.core.dedup.DeduplicationAccuracy;
import org.appraise.core.Progress;
import org.appraise.io.refs.CsvReferences;
import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ReferenceImport;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.RecordField;
import org.appraise.model.Reference;

import org.appraise.cli.internal.Terminal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code appraise dedup-benchmark <dir>}: runs import and de-duplication on human-labelled sets and prints
 * how they compare with the labels. A labelled set is a folder with {@code merged_record_ids.csv} (one
 * labelled group per line, ids joined by ";") and {@code records_pre_merged.csv} (the records, bib-dedupe's
 * layout); an EndNote XML export beside them with the records in the same order is run end to end too.
 * Records are read by Appraise's own importers, exactly as {@code appraise import} reads them.
 */
@Command(name = "dedup-benchmark", description = { "Import and de-duplicate human-labelled sets (bib-dedupe's layout, e.g. ../shared/data/dedup)",
        "and print sensitivity, specificity, pairwise precision and recall against the labels." })
public final class DedupBenchmarkCommand implements java.util.concurrent.Callable<Integer> {

    private static final String LABELS = "merged_record_ids.csv";
    private static final String RECORDS = "records_pre_merged.csv";
    private static final String COLUMNS = "title=title,authors=author,year=year,journal=journal,volume=volume,issue=number,pages=pages,doi=doi";

    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "<dir>", description = "A folder holding labelled sets (searched below it).")
    private Path dir;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    public DedupBenchmarkCommand(Terminal terminal) {
        this.out = terminal.out();
        this.err = terminal.err();
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such folder");
        }
        List<Path> sets;
        try (Stream<Path> found = Files.walk(dir)) {
            sets = found.filter(p -> p.getFileName().toString().equals(LABELS)).map(Path::getParent).sorted().toList();
        }
        if (sets.isEmpty()) {
            throw new IOException(dir + ": no labelled set (a folder with " + LABELS + " and " + RECORDS + ")");
        }
        ObjectNode root = new ObjectMapper().createObjectNode();
        ArrayNode rows = root.putArray("sets");
        if (!json) {
            out.println(String.format(Locale.ROOT, "%-40s %7s %6s %6s %5s %4s %4s %8s %8s %7s %7s %6s %8s %8s %7s", "set", "records", "remove",
                    "marked", "TP", "FP", "FN", "sens", "spec", "pairP", "pairR", "check", "notices", "shown", "seconds"));
        }
        int status = Terminal.OK;
        for (Path set : sets) {
            String name = dir.relativize(set).toString().replace('\\', '/');
            Map<String, String> labels = labels(set.resolve(LABELS));
            List<Path> inputs = new ArrayList<>();
            if (Files.isRegularFile(set.resolve(RECORDS))) {
                inputs.add(set.resolve(RECORDS));
            }
            try (Stream<Path> xml = Files.list(set)) {
                xml.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")).sorted().forEach(inputs::add);
            }
            List<Reference> csvRecords = null;
            for (Path input : inputs) {
                long start = System.nanoTime();
                List<Reference> references;
                try {
                    references = read(input);
                } catch (IOException | RuntimeException e) {
                    err.println(input + ": not read: " + e.getMessage());
                    status = Terminal.FINDINGS;
                    continue;
                }
                if (input.getFileName().toString().equals(RECORDS)) {
                    csvRecords = references;
                    references.forEach(r -> r.setId(field(r, "ID")));
                } else if (!alignedById(references, csvRecords, input)) {
                    status = Terminal.FINDINGS;
                    continue;
                }
                err.println(name + " (" + input.getFileName() + "): de-duplicating " + references.size() + " records...");
                Deduplication.Finding finding = new Deduplication().search(references, Progress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                DeduplicationAccuracy a = DeduplicationAccuracy.of(references, finding, labels);
                String label = name + (input.getFileName().toString().equals(RECORDS) ? "" : " (" + input.getFileName() + ")");
                if (json) {
                    ObjectNode row = rows.addObject();
                    row.put("set", name);
                    row.put("input", input.getFileName().toString());
                    row.put("records", a.records());
                    row.put("toRemove", a.toRemove());
                    row.put("marked", a.marked());
                    row.put("truePositives", a.truePositives());
                    row.put("falsePositives", a.falsePositives());
                    row.put("falseNegatives", a.falseNegatives());
                    row.put("sensitivity", round(a.sensitivity()));
                    row.put("specificity", round(a.specificity()));
                    row.put("pairPrecision", round(a.pairPrecision()));
                    row.put("pairRecall", round(a.pairRecall()));
                    row.put("toCheck", a.toCheck());
                    row.put("toCheckLabelledSame", a.toCheckLabelledSame());
                    row.put("noticesApart", a.noticesApart());
                    row.put("sensitivityNoticesApart", round(a.sensitivityNoticesApart()));
                    row.put("sensitivityShown", round(a.sensitivityShown()));
                    row.put("seconds", Math.round(seconds * 100) / 100.0);
                } else {
                    out.println(String.format(Locale.ROOT, "%-40s %7d %6d %6d %5d %4d %4d %8.4f %8.4f %7.4f %7.4f %6s %8d %8.4f %7.2f", label,
                            a.records(), a.toRemove(), a.marked(), a.truePositives(), a.falsePositives(), a.falseNegatives(), a.sensitivity(),
                            a.specificity(), a.pairPrecision(), a.pairRecall(), a.toCheck() + "/" + a.toCheckLabelledSame(), a.noticesApart(),
                            a.sensitivityShown(), seconds));
                }
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            out.println("""

                    sens, spec: record level (positive = a duplicate to remove), as Rathbone 2015, ASySD and Deduklick report them.
                    pairP, pairR: pairwise precision and recall. check: pairs left to the reviewer / of which the labels call one work.
                    notices: labelled duplicates that are an erratum or reply joined to its article, kept apart on purpose.
                    shown: labelled duplicates marked or put to the reviewer, notices counted as separate works.""");
        }
        return status;
    }

    /** The records of a file, read by the importer that {@code appraise import} uses. */
    private static List<Reference> read(Path file) throws IOException {
        ExportFormat format;
        if (file.getFileName().toString().equals(RECORDS)) {
            format = ExportFormat.CSV;
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                format = ExportFormat.detect(in).orElseThrow(() -> new IOException("not a format Appraise reads"));
            }
        }
        ReferenceImport.Result result = new ReferenceImport(AppraiseFactory.eINSTANCE.createReview(), CsvReferences.parseColumns(COLUMNS))
                .read(file, format, null, null, Instant.EPOCH, Progress.NONE);
        if (!result.problems().isEmpty()) {
            throw new IOException(result.problems().size() + " record(s) not read, the first: " + result.problems().get(0));
        }
        return result.references();
    }

    /**
     * Gives the records of an export the labelled ids of the CSV records in the same place, when both lists hold
     * the same titles in the same order (the EndNote library the CSV was made from); says so when they do not.
     */
    private boolean alignedById(List<Reference> references, List<Reference> csv, Path input) {
        if (csv == null || csv.size() != references.size()) {
            err.println(input + ": " + references.size() + " records, " + (csv == null ? "no " + RECORDS : csv.size() + " in " + RECORDS)
                    + ": cannot be matched to the labels, skipped");
            return false;
        }
        for (int i = 0; i < references.size(); i++) {
            String a = Deduplication.normal(references.get(i).getTitle()).replace(" ", "");
            String b = Deduplication.normal(csv.get(i).getTitle()).replace(" ", "");
            if (!a.regionMatches(0, b, 0, Math.min(20, Math.min(a.length(), b.length())))) {
                err.println(input + ": record " + (i + 1) + " is not record " + csv.get(i).getId() + " of " + RECORDS + " (titles differ), skipped");
                return false;
            }
            references.get(i).setId(csv.get(i).getId());
        }
        return true;
    }

    private static String field(Reference r, String tag) {
        return r.getFields().stream().filter(f -> tag.equals(f.getTag())).map(RecordField::getValue).findFirst().orElse(r.getId());
    }

    /** Record id to labelled group (the line number). */
    private static Map<String, String> labels(Path file) throws IOException {
        Map<String, String> labels = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            for (String id : lines.get(i).replace("\"", "").split(";")) {
                if (!id.isBlank()) {
                    labels.put(id.strip(), "g" + i);
                }
            }
        }
        return labels;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
