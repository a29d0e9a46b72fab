package org.appraise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

import org.appraise.core.Progress;
import org.appraise.core.ReviewChecks;
import org.appraise.export.xlsx.ExtractionWorkbook;
import org.appraise.io.json.LoadProblem;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ReviewerRole;
import org.appraise.model.Study;
import org.eclipse.emf.common.util.Diagnostic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The headless command line. Exit codes: 0 when all is well, 1 when the review has findings (problems
 * loading it, or failed checks), 2 for a usage or I/O error. Results go to stdout; messages and progress
 * to stderr.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    static final String USAGE = """
            Usage: appraise <command> <review-dir> [options]

            Commands:
              new <review-dir> --title TEXT [--id ID] [--reviewer ID:NAME[:ROLE]]...
                                   create an empty review folder
              info <review-dir> [--json]
                                   count studies, reports, annotations, results and assessments
              validate <review-dir>
                                   check the review: files that do not load, impossible numbers,
                                   quotes that no longer match their report, broken links
              import <review-dir> <file> [--format ris|medline|wos|pubmed_xml|endnote_xml|csv|bibtex] [--source NAME]
                     [--reviewer ID] [--columns title=Title,authors=Author Names,...]
                                   add a search export as an import batch of references
                                   (format detected from the content when not given)
              dedup <review-dir> [--apply]
                                   find duplicate records (exact DOI/PMID, then fuzzy title, authors,
                                   year, journal, volume and pages); --apply marks them (nothing is deleted);
                                   pairs that may be one work but differ (same title in two journals, a
                                   notice on the article's page) are listed to check, never marked
              dedup-benchmark <dir> [--json]
                                   import and de-duplicate human-labelled sets (bib-dedupe layout, e.g.
                                   ../shared/data/dedup) and print sensitivity, specificity, pairwise
                                   precision and recall against the labels
              screening <review-dir> --stats [--json]
                                   decisions per stage, open conflicts, resolutions, and agreement
                                   (percent and Cohen's kappa) per pair of reviewers
              screening <review-dir> --remove ID,ID... | --remove-file F --reason TEXT [--automation]
                                   remove records before screening (PRISMA 2020: marked ineligible by an
                                   automation tool, named in the reason, or removed for other reasons);
                                   they stay in the review and count as identified
              prisma <review-dir> [--json] [--svg F] [--png F [--dpi N]] [--pdf F]
                                   the PRISMA 2020 counts computed from the records and decisions,
                                   their invariants checked, and the flow diagram
              sync <review-dir> [--message M] [--as REVIEWER] [--prefer ours|theirs] [--remote URL] [--trust-repository]
                                   commit your changes, fetch, merge and push the review's git repository
                                   (--remote makes the folder a repository first); a conflict keeps both
                                   versions and pushes nothing until you sync again with --prefer; the
                                   repository's hooks and configured commands never run unless trusted
              agreement <review-dir> [--json]
                                   compare reviewers' independent extractions field by field: percent
                                   agreement per field group, kappa for design and (weighted) risk of bias,
                                   and every disagreement
              consensus <review-dir> --study ID [--between A,B] [--json]
                                   the study's disagreements, numbered, and how the consensus settled each
              consensus <review-dir> --study ID --start-from REVIEWER --by ARBITER
              consensus <review-dir> --study ID --field N --take REVIEWER | --value V --note WHY
                                   start the consensus from one reviewer's extraction, then settle
                                   disagreement N with a reviewer's value (and quotes) or a new one
              history <review-dir> [--study ID] [--json]
                                   who changed what and when (the git log), for one study or all
              rob <review-dir> [--tool ID] [--outcome ID] [--json]
                                   the risk-of-bias judgements with one tool (rob2, robins-i-2016,
                                   nos-cohort, nos-case-control, quadas-2), a row per study or result
              rob <review-dir> --plot traffic-light|summary [--svg F] [--png F [--dpi N]] [--pdf F]
                     [--tool ID] [--outcome ID] [--weighted] [--palette colour-blind|robvis|low=#rrggbb,...]
                                   robvis-style figures (PNG at 600 dpi unless --dpi says otherwise)
              export <review-dir> --out FILE.xlsx [--sheets NAME,NAME...]
                                   the workbook for submission: PRISMA 2020, characteristics, studies,
                                   extraction (one row per result, with quotes), meta-analysis sheets,
                                   risk of bias per tool, screening and agreement (see its README sheet)
              export <review-dir> --out FILE.csv --sheet NAME [--bom]
                                   one sheet as CSV (RFC 4180, UTF-8, --bom for Excel)
              gui [<review-dir>]   open the workbench (also: no command at all)

            Exit codes: 0 ok, 1 findings, 2 usage or I/O error. Run 'appraise <command> --help' for one command.
            """;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs a command; any exception or error it did not expect (memory exhausted included) ends with {@link #ERROR}
     * and one line on stderr naming the log with the details, never with success.
     */
    public int runGuarded(List<String> arguments) {
        try {
            return run(arguments);
        } catch (OutOfMemoryError e) {
            err.println("appraise: out of memory (heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); nothing more was saved. Run it again with a larger heap, e.g. APPRAISE_HEAP=4g ./appraise ...");
            return ERROR;
        } catch (RuntimeException | Error e) {
            java.util.Optional<Path> log = org.appraise.cli.internal.CrashLog.inUserHome().write(arguments, e);
            err.println("appraise: failed unexpectedly (" + e + ")" + log.map(l -> "; details in " + l).orElse(""));
            return ERROR;
        }
    }

    public int run(List<String> arguments) {
        List<String> args = new ArrayList<>(arguments);
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.print(USAGE);
            return args.isEmpty() ? ERROR : OK;
        }
        String command = args.remove(0);
        if (args.contains("--help") || args.contains("-h")) {
            out.print(USAGE);
            return OK;
        }
        try {
            return switch (command) {
                case "new" -> create(new Options(args, "--title", "--id", "--reviewer"));
                case "info" -> info(new Options(args, "--json"));
                case "validate" -> validate(new Options(args));
                case "export" -> export(new Options(args, "--out", "--sheets", "--sheet", "--bom"));
                case "import" -> importFile(new Options(args, 2, "--format", "--source", "--reviewer", "--columns"));
                case "dedup" -> dedup(new Options(args, "--apply"));
                case "dedup-benchmark" -> new DeduplicationBenchmarkCommand(out, err).run(new Options(args, "--json").folder(),
                        new Options(args, "--json").flag("--json"));
                case "sync" -> sync(new Options(args, "--message", "--prefer", "--as", "--remote", "--trust-repository"));
                case "agreement" -> agreement(new Options(args, "--json"));
                case "consensus" -> consensus(new Options(args, "--study", "--between", "--start-from", "--by", "--field", "--take", "--value",
                        "--note", "--json"));
                case "history" -> history(new Options(args, "--study", "--json"));
                case "screening" -> screening(new Options(args, "--stats", "--json", "--remove", "--remove-file", "--reason", "--automation"));
                case "prisma" -> prisma(new Options(args, "--json", "--svg", "--png", "--dpi", "--pdf"));
                case "rob" -> riskOfBias(new Options(args, "--tool", "--outcome", "--plot", "--weighted", "--palette", "--svg",
                        "--png", "--dpi", "--pdf", "--json"));
                default -> usage("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (IOException e) {
            err.println("appraise " + command + ": " + e.getMessage());
            return ERROR;
        }
    }

    private int usage(String message) {
        err.println("appraise: " + message);
        err.print(USAGE);
        return ERROR;
    }

    private int create(Options options) throws IOException {
        Path dir = options.folder();
        Review review = AppraiseFactory.eINSTANCE.createReview();
        String fallbackId = dir.toAbsolutePath().normalize().getFileName().toString();
        review.setId(options.value("--id").orElse(fallbackId));
        review.setTitle(options.value("--title").orElseThrow(() -> new UsageException("new needs --title")));
        for (String spec : options.values("--reviewer")) {
            String[] parts = spec.split(":", 3);
            if (parts.length < 2 || parts[0].isBlank()) {
                throw new UsageException("--reviewer takes ID:NAME[:ROLE], not '" + spec + "'");
            }
            Reviewer reviewer = AppraiseFactory.eINSTANCE.createReviewer();
            reviewer.setId(parts[0]);
            reviewer.setName(parts[1]);
            if (parts.length == 3) {
                ReviewerRole role = ReviewerRole.get(parts[2].toUpperCase());
                if (role == null) {
                    throw new UsageException("unknown role '" + parts[2] + "' (one of " + ReviewerRole.VALUES + ")");
                }
                reviewer.setRole(role);
            }
            review.getReviewers().add(reviewer);
        }
        ReviewFolder.create(dir, review);
        err.println("Created review '" + review.getId() + "' in " + dir);
        return OK;
    }

    private int info(Options options) throws IOException {
        ReviewFolder folder = open(options.folder());
        Map<String, Object> counts = counts(folder.review());
        counts.put("problems", folder.problems().size());
        if (options.flag("--json")) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
            ObjectNode json = mapper.createObjectNode();
            json.put("review", folder.review().getId());
            json.put("title", folder.review().getTitle());
            json.set("counts", mapper.valueToTree(counts));
            out.println(toJson(mapper, json));
        } else {
            out.println("Review " + folder.review().getId() + ": " + nullToEmpty(folder.review().getTitle()));
            counts.forEach((key, value) -> out.println("  " + key + ": " + value));
        }
        return folder.problems().isEmpty() ? OK : FINDINGS;
    }

    private int validate(Options options) throws IOException {
        ReviewFolder folder = open(options.folder());
        Diagnostic checks = new ReviewChecks(folder::reportText).check(folder.review());
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : checks.getChildren()) {
            boolean error = d.getSeverity() == Diagnostic.ERROR;
            out.println((error ? "error: " : "warning: ") + d.getMessage());
            if (error) {
                errors++;
            } else {
                warnings++;
            }
        }
        for (var study : folder.review().getStudies()) {
            for (var report : study.getReports()) {
                try {
                    folder.readReport(report);
                } catch (IOException | IllegalArgumentException e) {
                    out.println("error: Study " + study.getId() + " / Report " + report.getId() + ": " + e.getMessage());
                    errors++;
                }
            }
        }
        errors += folder.problems().size();
        err.println(folder.problems().size() + " file problem(s), " + errors + " error(s), " + warnings + " warning(s)");
        return errors + warnings == 0 ? OK : FINDINGS;
    }

    private int export(Options options) throws IOException {
        ReviewFolder folder = openWhole(options.folder(), "export");
        Path target = Path.of(options.value("--out").orElseThrow(() -> new UsageException("export needs --out FILE.xlsx or FILE.csv")));
        String name = target.getFileName().toString().toLowerCase();
        List<String> sheets = ExtractionWorkbook.sheets(folder.review());
        org.appraise.core.WholeFile.Body body;
        if (name.endsWith(".csv")) {
            String sheet = options.value("--sheet").orElseThrow(() -> new UsageException("a CSV holds one sheet: name it with --sheet (one of "
                    + String.join(", ", sheets) + ")"));
            if (!sheets.contains(sheet)) {
                throw new UsageException("no sheet '" + sheet + "' (one of " + String.join(", ", sheets) + ")");
            }
            boolean bom = options.flag("--bom");
            body = stream -> new org.appraise.export.xlsx.SheetCsv(Instant.now()).write(folder.review(), sheet, stream, bom, new StderrProgress(err));
        } else if (name.endsWith(".xlsx")) {
            List<String> chosen = options.value("--sheets").map(v -> List.of(v.split(","))).orElse(sheets).stream().map(String::strip).toList();
            for (String sheet : chosen) {
                if (!sheets.contains(sheet)) {
                    throw new UsageException("no sheet '" + sheet + "' (one of " + String.join(", ", sheets) + ")");
                }
            }
            body = stream -> new ExtractionWorkbook(Instant.now()).write(folder.review(), stream, new StderrProgress(err), chosen::contains);
        } else {
            throw new UsageException("--out must name an .xlsx or a .csv file");
        }
        try {
            org.appraise.core.WholeFile.write(target, body);
        } catch (CancellationException e) {
            err.println("export cancelled; " + target + " was not written");
            return ERROR;
        }
        err.println("Wrote " + target);
        return folder.problems().isEmpty() ? OK : FINDINGS;
    }

    private int sync(Options options) throws IOException {
        return new TeamCommands(out, err).sync(open(options.folder()), options);
    }

    private int agreement(Options options) throws IOException {
        return new TeamCommands(out, err).agreement(openWhole(options.folder(), "compare").review(), options.flag("--json"));
    }

    private int consensus(Options options) throws IOException {
        return new ConsensusCommand(out, err).run(openWhole(options.folder(), "settle"), options);
    }

    private int history(Options options) throws IOException {
        return new TeamCommands(out, err).history(options.folder(), options);
    }

    private int dedup(Options options) throws IOException {
        ReviewFolder folder = open(options.folder());
        return new ScreeningCommands(out, err).dedup(folder, options.flag("--apply"), new StderrProgress(err));
    }

    private int screening(Options options) throws IOException {
        if (options.value("--remove").isPresent() || options.value("--remove-file").isPresent()) {
            List<String> ids = new java.util.ArrayList<>();
            options.value("--remove").ifPresent(list -> ids.addAll(List.of(list.split(","))));
            if (options.value("--remove-file").isPresent()) {
                ids.addAll(Files.readAllLines(Path.of(options.value("--remove-file").get()), java.nio.charset.StandardCharsets.UTF_8));
            }
            String reason = options.value("--reason").orElseThrow(() -> new UsageException(
                    "--remove needs --reason TEXT (the automation tool, or why the records are removed before screening)"));
            return new ScreeningCommands(out, err).removeBeforeScreening(open(options.folder()),
                    ids.stream().map(String::strip).filter(id -> !id.isEmpty() && !id.startsWith("#")).toList(), reason, options.flag("--automation"));
        }
        if (!options.flag("--stats")) {
            throw new UsageException("screening needs --stats, or --remove IDS --reason TEXT (screening itself is done in the workbench)");
        }
        ReviewFolder folder = open(options.folder());
        return new ScreeningCommands(out, err).stats(folder.review(), options.flag("--json"));
    }

    private int prisma(Options options) throws IOException {
        ReviewFolder folder = openWhole(options.folder(), "count");
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (String format : List.of("svg", "png", "pdf")) {
            options.value("--" + format).ifPresent(file -> files.put(format, file));
        }
        int dpi;
        try {
            dpi = Integer.parseInt(options.value("--dpi").orElse("600"));
        } catch (NumberFormatException e) {
            throw new UsageException("--dpi must be a whole number");
        }
        if (dpi < 36 || dpi > 2400) {
            throw new UsageException("--dpi must be between 36 and 2400");
        }
        int status = new ScreeningCommands(out, err).prisma(folder.review(), options.flag("--json"), files, dpi);
        return status == OK && !folder.problems().isEmpty() ? FINDINGS : status;
    }

    private int riskOfBias(Options options) throws IOException {
        ReviewFolder folder = openWhole(options.folder(), "judge");
        int status = new RiskOfBiasCommand(out, err).run(folder.review(), options);
        return status == OK && !folder.problems().isEmpty() ? FINDINGS : status;
    }

    private int importFile(Options options) throws IOException {
        ReviewFolder folder = open(options.folder());
        Path file = options.file();
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        org.appraise.io.refs.ExportFormat format;
        if (options.value("--format").isPresent()) {
            format = org.appraise.io.refs.ExportFormat.named(options.value("--format").get()).orElseThrow(
                    () -> new UsageException("--format is one of " + java.util.Arrays.toString(org.appraise.io.refs.ExportFormat.values())));
        } else {
            try (var in = Files.newInputStream(file)) {
                format = org.appraise.io.refs.ExportFormat.detect(in).orElseThrow(() -> new UsageException(file
                        + ": not a format Appraise reads yet (RIS, MEDLINE, Web of Science, PubMed XML, EndNote XML, CSV, BibTeX); name one with --format if it is"));
            }
        }
        org.appraise.model.Reviewer by = options.value("--reviewer").flatMap(id -> folder.review().getReviewers().stream()
                .filter(r -> id.equals(r.getId())).findFirst()).orElse(null);
        if (options.value("--reviewer").isPresent() && by == null) {
            throw new UsageException("no reviewer '" + options.value("--reviewer").get() + "' in the review");
        }
        java.util.Map<String, String> columns;
        try {
            columns = org.appraise.io.refs.CsvReferences.parseColumns(options.value("--columns").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--columns: " + e.getMessage());
        }
        org.appraise.io.refs.ReferenceImport.Result result = new org.appraise.io.refs.ReferenceImport(folder.review(), columns)
                .read(file, format, options.value("--source").orElse(null), by, Instant.now(), new StderrProgress(err));
        // the same edit rule and command stack as the workbench's File > Import References...
        org.appraise.session.ReviewSession session = org.appraise.session.ReviewSession.of(folder);
        org.appraise.core.screening.ImportEdits edits = new org.appraise.core.screening.ImportEdits(session.domain(), folder.review());
        edits.importedBefore(file.getFileName().toString(), result.references().size()).ifPresent(b -> err.println("warning: "
                + file.getFileName() + " was imported before as batch " + b.getId() + ", with the same " + result.references().size()
                + " record(s): if it is the same export, restore the review from git to take it back; kept, de-duplication will mark its records."));
        session.domain().getCommandStack().execute(edits.attach(result.batch(), result.references(), file.getFileName().toString()));
        for (org.appraise.io.refs.ImportProblem problem : result.problems()) {
            err.println("problem: " + problem);
        }
        session.save();
        err.println("Imported " + result.references().size() + " " + format + " record(s) from " + file.getFileName() + " as batch "
                + result.batch().getId());
        return result.problems().isEmpty() && folder.problems().isEmpty() ? OK : FINDINGS; // a repeated file is said, not a finding
    }

    private ReviewFolder open(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(ReviewFolder.REVIEW_FILE)) && !Files.isDirectory(dir.resolve("studies"))) {
            throw new IOException(dir + " is not a review folder (no review.json)");
        }
        ReviewFolder folder = ReviewFolder.open(dir, org.appraise.io.pdf.ReportFormats.all()); // PDF reports too, as the workbench reads them
        for (LoadProblem problem : folder.problems()) {
            err.println("problem: " + problem);
        }
        return folder;
    }

    /** Opens a review for a command that needs all of it: refused when review.json did not load. */
    private ReviewFolder openWhole(Path dir, String command) throws IOException {
        ReviewFolder folder = open(dir);
        if (!folder.reviewLoaded()) {
            throw new IOException(ReviewFolder.REVIEW_FILE + " did not load (see above): without its outcomes, reviewers and tools there is nothing to "
                    + command + "; fix it and run again");
        }
        return folder;
    }

    static Map<String, Object> counts(Review review) {
        Map<String, Object> counts = new TreeMap<>();
        Map<String, Integer> results = new TreeMap<>();
        results.put("dichotomous", 0);
        results.put("continuous", 0);
        results.put("medianTimeToEvent", 0);
        results.put("hazardRatio", 0);
        int reports = 0;
        int extractions = 0;
        int annotations = 0;
        int arms = 0;
        int measurements = 0;
        int assessments = 0;
        for (Study study : review.getStudies()) {
            reports += study.getReports().size();
            for (Extraction e : study.getExtractions()) {
                extractions++;
                annotations += e.getAnnotations().size();
                arms += e.getArms().size();
                assessments += e.getAssessments().size();
                for (OutcomeMeasurement m : e.getMeasurements()) {
                    measurements++;
                    for (Result r : m.getResults()) {
                        String name = r.eClass().getName().replace("Result", "");
                        String key = Character.toLowerCase(name.charAt(0)) + name.substring(1);
                        results.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        counts.put("studies", review.getStudies().size());
        counts.put("reports", reports);
        counts.put("extractions", extractions);
        counts.put("annotations", annotations);
        counts.put("arms", arms);
        counts.put("outcomeMeasurements", measurements);
        counts.put("results", results);
        counts.put("assessments", assessments);
        counts.put("references", review.getReferences().size());
        counts.put("reviewers", review.getReviewers().size());
        counts.put("outcomes", review.getOutcomes().size());
        return counts;
    }

    private static String toJson(ObjectMapper mapper, ObjectNode json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Prints progress to stderr, one line per step. */
    private record StderrProgress(PrintStream err) implements Progress {
        @Override
        public void worked(String task, int done, int total) {
            err.println(total < 0 ? task : "[" + done + "/" + total + "] " + task);
        }

        @Override
        public boolean cancelled() {
            return Thread.currentThread().isInterrupted();
        }
    }
}
