package org.appraise.io.json;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.appraise.core.ReportFormat;
import org.appraise.core.ReportText;
import org.appraise.io.pdf.PdfReports;
import org.appraise.io.json.internal.AtomicFileSink;
import org.appraise.io.json.internal.FileSink;
import org.appraise.io.json.internal.JsonCodec;
import org.appraise.io.json.internal.JsonCodec.FileReader;
import org.appraise.io.json.internal.JsonCodec.PendingLink;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Extraction;
import org.appraise.model.Identified;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Report;
import org.appraise.model.Review;
import org.appraise.model.ScreeningLog;
import org.appraise.model.Study;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A review stored as a folder of JSON files, laid out so that reviewers working in parallel never write
 * the same file and {@code git diff} shows what each one changed:
 *
 * <pre>
 * review.json                         the review: question, criteria, outcomes, reviewers, tools
 * references/&lt;batch-id&gt;.json          one import batch and its records
 * screening/&lt;log-id&gt;.json             one reviewer's screening decisions
 * studies/&lt;study-id&gt;/study.json       the study and its reports
 * studies/&lt;study-id&gt;/&lt;extraction-id&gt;.json   one reviewer's extraction (or the consensus)
 * reports/...                         the report files (text, PDF) that annotations point into
 * </pre>
 *
 * Every file says what it holds and its schema version. Loading never stops at a bad file: the problem
 * is recorded with the file and position, everything else loads, and the bad file is never overwritten
 * or deleted. Every write is atomic.
 */
public final class ReviewFolder {

    public static final int SCHEMA_VERSION = 1;
    public static final String REVIEW_FILE = "review.json";
    public static final String STUDY_FILE = "study.json";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    /** The report formats, most specific first: PDF by its extension, anything else as UTF-8 text. */
    private static final List<ReportFormat> FORMATS = List.of(new PdfReports(), ReportFormat.PLAIN_TEXT);

    private final Path root;
    private final FileSink sink;
    private final JsonCodec codec = new JsonCodec();
    private final Review review;
    private final List<LoadProblem> problems;
    /** Files as last read or written, by path relative to the root: what a save compares against. */
    private final Map<String, byte[]> known;
    /** Files that could not be loaded as they are: never written or deleted. */
    private final Set<String> untouchable;
    /**
     * Report texts already read: the checks run after every edit and read every report, and a PDF's text
     * is costly to extract, so each file is read again only when its size or modification time changes.
     */
    private final Map<Path, Read> reports = new HashMap<>();

    private ReviewFolder(Path root, FileSink sink, Review review, List<LoadProblem> problems,
            Map<String, byte[]> known, Set<String> untouchable) {
        this.root = root;
        this.sink = sink;
        this.review = review;
        this.problems = problems;
        this.known = known;
        this.untouchable = untouchable;
    }

    /** Loads the review in a folder; see {@link #problems()} for what could not be loaded. */
    public static ReviewFolder open(Path root) throws IOException {
        return open(root, new AtomicFileSink());
    }

    public static ReviewFolder open(Path root, FileSink sink) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a review folder");
        }
        return new Loader(root.toAbsolutePath().normalize(), sink).load();
    }

    /** Creates a new review folder with just its review.json; refuses a folder that already has one. */
    public static ReviewFolder create(Path root, Review review) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (Files.exists(absolute.resolve(REVIEW_FILE))) {
            throw new IOException(absolute.resolve(REVIEW_FILE) + " exists: will not overwrite an existing review");
        }
        Files.createDirectories(absolute);
        attach(review, absolute);
        ReviewFolder folder = new ReviewFolder(absolute, new AtomicFileSink(), review, new ArrayList<>(),
                new HashMap<>(), new HashSet<>());
        folder.save();
        return folder;
    }

    public Path root() {
        return root;
    }

    public Review review() {
        return review;
    }

    /** What could not be loaded, in the order found. */
    public List<LoadProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Where a report's file is (report paths are relative to the review folder). */
    public Path pathOf(Report report) {
        return root.resolve(report.getFile()).normalize();
    }

    /** Reads a report's text; fails naming the file when it is missing or not UTF-8. */
    public ReportText readReport(Report report) throws IOException {
        if (report.getFile() == null) {
            throw new IOException("report " + report.getId() + " names no file");
        }
        Path path = pathOf(report);
        if (!path.startsWith(root)) {
            throw new IOException("report " + report.getId() + ": file " + report.getFile() + " lies outside the review folder");
        }
        java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        Read cached = reports.get(path);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.text();
        }
        ReportText text = textOf(Files.readAllBytes(path), report.getFile());
        reports.put(path, new Read(stamp, text));
        return text;
    }

    /** A report file's size and modification time: when both are unchanged, its text is not read again. */
    private record Stamp(long size, long modified) {
    }

    private record Read(Stamp stamp, ReportText text) {
    }

    /**
     * The text of a report file's bytes in the format its name says (PDF, else UTF-8 text).
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static ReportText textOf(byte[] bytes, String fileName) {
        return FORMATS.stream().filter(f -> f.reads(fileName)).findFirst().orElse(ReportFormat.PLAIN_TEXT).read(bytes, fileName);
    }

    /** The report's text, or empty when it cannot be read (the reason is in {@link #readReport}). */
    public Optional<ReportText> reportText(Report report) {
        try {
            return Optional.of(readReport(report));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- saving ----------------------------------------------------------------------------------

    /** What a save did. */
    public record SaveReport(List<String> written, List<String> deleted, List<String> refused) {
    }

    /**
     * Writes every file whose content changed, atomically, and deletes the files of objects that were
     * removed. Files that could not be loaded are never touched; an object whose file would replace one of
     * them is refused and named in the report.
     */
    public SaveReport save() throws IOException {
        Map<String, byte[]> planned = plan();
        List<String> written = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : planned.entrySet()) {
            String name = file.getKey();
            if (untouchable.contains(name)) {
                refused.add(name + ": not written, because the file on disk could not be loaded and would be lost");
                continue;
            }
            byte[] before = known.get(name);
            if (before != null && java.util.Arrays.equals(before, file.getValue())) {
                continue;
            }
            sink.write(root.resolve(name), file.getValue());
            known.put(name, file.getValue());
            written.add(name);
        }
        for (String name : new ArrayList<>(known.keySet())) {
            if (!planned.containsKey(name) && !untouchable.contains(name)) {
                sink.delete(root.resolve(name));
                known.remove(name);
                deleted.add(name);
            }
        }
        return new SaveReport(written, deleted, refused);
    }

    /** The bytes of every file the review maps to, by path relative to the root. */
    Map<String, byte[]> plan() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(REVIEW_FILE, document("review", "review", codec.toJson(review, MODEL.getReview(), Set.of(
                MODEL.getReview_Studies(), MODEL.getReview_References(), MODEL.getReview_ImportBatches(),
                MODEL.getReview_Screening()))));
        Map<ImportBatch, ArrayNode> byBatch = new LinkedHashMap<>();
        ArrayNode unbatched = codec.newObject().arrayNode();
        for (ImportBatch batch : review.getImportBatches()) {
            byBatch.put(batch, codec.newObject().arrayNode());
        }
        for (Reference reference : review.getReferences()) {
            ArrayNode into = reference.getBatch() != null ? byBatch.get(reference.getBatch()) : null;
            (into != null ? into : unbatched).add(codec.toJson(reference, MODEL.getReference(), Set.of()));
        }
        for (Map.Entry<ImportBatch, ArrayNode> batch : byBatch.entrySet()) {
            ObjectNode doc = header("references");
            doc.set("batch", codec.toJson(batch.getKey(), MODEL.getImportBatch(), Set.of()));
            doc.set("references", batch.getValue());
            files.put("references/" + safe(batch.getKey()) + ".json", codec.bytes(doc));
        }
        if (!unbatched.isEmpty()) {
            ObjectNode doc = header("references");
            doc.set("references", unbatched);
            files.put("references/unbatched.json", codec.bytes(doc));
        }
        for (ScreeningLog log : review.getScreening()) {
            files.put("screening/" + safe(log) + ".json", document("screening", "log",
                    codec.toJson(log, MODEL.getScreeningLog(), Set.of())));
        }
        for (Study study : review.getStudies()) {
            String folder = "studies/" + safe(study) + "/";
            files.put(folder + STUDY_FILE, document("study", "study",
                    codec.toJson(study, MODEL.getStudy(), Set.of(MODEL.getStudy_Extractions()))));
            for (Extraction extraction : study.getExtractions()) {
                String name = folder + safe(extraction) + ".json";
                if (name.equals(folder + STUDY_FILE) || files.containsKey(name)) {
                    throw new IOException("extraction id '" + extraction.getId() + "' of study " + study.getId()
                            + " clashes with another file");
                }
                files.put(name, document("extraction", "extraction",
                        codec.toJson(extraction, MODEL.getExtraction(), Set.of())));
            }
        }
        return files;
    }

    private ObjectNode header(String kind) {
        ObjectNode doc = codec.newObject();
        doc.put("appraise", kind);
        doc.put("schemaVersion", SCHEMA_VERSION);
        return doc;
    }

    private byte[] document(String kind, String field, ObjectNode body) {
        ObjectNode doc = header(kind);
        doc.set(field, body);
        return codec.bytes(doc);
    }

    private static String safe(Identified object) throws IOException {
        String id = object.getId();
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IOException(object.eClass().getName() + " id '" + id
                    + "' cannot name a file: use letters, digits, '.', '_' or '-' (at most 100)");
        }
        return id;
    }

    private static void attach(Review review, Path root) {
        if (review.eResource() == null) {
            Resource resource = new ResourceImpl(URI.createFileURI(root.resolve(REVIEW_FILE).toString()));
            resource.getContents().add(review);
        }
    }

    // ---- loading ---------------------------------------------------------------------------------

    private static final class Loader {
        private final Path root;
        private final FileSink sink;
        private final JsonCodec codec = new JsonCodec();
        private final List<LoadProblem> problems = new ArrayList<>();
        private final List<PendingLink> links = new ArrayList<>();
        private final Map<String, byte[]> known = new HashMap<>();
        private final Set<String> untouchable = new HashSet<>();

        Loader(Path root, FileSink sink) {
            this.root = root;
            this.sink = sink;
        }

        ReviewFolder load() throws IOException {
            Review review = readReview();
            attach(review, root);
            for (String name : list("references", false)) {
                readReferences(name, review);
            }
            for (String name : list("screening", false)) {
                JsonNode body = body(name, "screening", "log");
                add(name, body, MODEL.getScreeningLog(), "/log", review.getScreening());
            }
            for (String folder : list("studies", true)) {
                readStudy(folder, review);
            }
            Map<String, EObject> index = index(review);
            for (PendingLink link : links) {
                for (String id : link.ids()) {
                    EObject target = JsonCodec.resolve(index, link.reference(), id);
                    if (target.eIsProxy()) {
                        String type = link.reference().getEReferenceType().getName();
                        problems.add(new LoadProblem(link.file(), link.pointer(), "'" + id + "' is not " + ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ")
                                + type + " of this review (link kept as it is)"));
                    }
                    set(link.owner(), link.reference(), target);
                }
            }
            return new ReviewFolder(root, sink, review, problems, known, untouchable);
        }

        @SuppressWarnings("unchecked")
        private static void set(EObject owner, EStructuralFeature reference, EObject target) {
            if (reference.isMany()) {
                ((List<EObject>) owner.eGet(reference)).add(target);
            } else {
                owner.eSet(reference, target);
            }
        }

        private Review readReview() {
            JsonNode body = body(REVIEW_FILE, "review", "review");
            if (body != null) {
                FileReader reader = new FileReader(REVIEW_FILE, problems, links);
                EObject read = reader.read(body, MODEL.getReview(), "/review", Set.of());
                settle(REVIEW_FILE, reader);
                if (read instanceof Review review) {
                    return review;
                }
                untouchable.add(REVIEW_FILE);
            }
            Review empty = AppraiseFactory.eINSTANCE.createReview();
            empty.setId(root.getFileName() == null ? "review" : root.getFileName().toString());
            return empty;
        }

        private void readReferences(String name, Review review) {
            JsonNode doc = document(name, "references");
            if (doc == null) {
                return;
            }
            FileReader reader = new FileReader(name, problems, links);
            ImportBatch batch = null;
            if (doc.has("batch")) {
                batch = (ImportBatch) reader.read(doc.get("batch"), MODEL.getImportBatch(), "/batch", Set.of());
                if (batch != null) {
                    review.getImportBatches().add(batch);
                }
            }
            JsonNode references = doc.path("references");
            for (int i = 0; i < references.size(); i++) {
                EObject reference = reader.read(references.get(i), MODEL.getReference(), "/references/" + i, Set.of());
                if (reference != null) {
                    review.getReferences().add((Reference) reference);
                }
            }
            unknownTopLevel(name, doc, reader, Set.of("batch", "references"));
            settle(name, reader);
        }

        private void readStudy(String folder, Review review) {
            String studyFile = folder + "/" + STUDY_FILE;
            List<String> extractions = list(folder, false);
            extractions.remove(studyFile);
            if (!Files.exists(root.resolve(studyFile))) {
                problems.add(new LoadProblem(studyFile, "", "missing: the extractions in " + folder + " are not loaded"));
                untouchable.addAll(extractions);
                return;
            }
            JsonNode body = body(studyFile, "study", "study");
            Study study = null;
            if (body != null) {
                FileReader reader = new FileReader(studyFile, problems, links);
                study = (Study) reader.read(body, MODEL.getStudy(), "/study", Set.of());
                settle(studyFile, reader);
            }
            if (study == null) {
                untouchable.add(studyFile);
                for (String name : extractions) {
                    problems.add(new LoadProblem(name, "", "not loaded, because its study file " + studyFile + " could not be"));
                    untouchable.add(name);
                }
                return;
            }
            review.getStudies().add(study);
            for (String name : extractions) {
                JsonNode extraction = body(name, "extraction", "extraction");
                add(name, extraction, MODEL.getExtraction(), "/extraction", study.getExtractions());
            }
        }

        @SuppressWarnings("unchecked")
        private void add(String name, JsonNode body, EClass eClass, String pointer, List<? extends EObject> into) {
            if (body == null) {
                return;
            }
            FileReader reader = new FileReader(name, problems, links);
            EObject object = reader.read(body, eClass, pointer, Set.of());
            settle(name, reader);
            if (object == null) {
                untouchable.add(name);
            } else {
                ((List<EObject>) into).add(object);
            }
        }

        private void settle(String name, FileReader reader) {
            if (!reader.clean()) {
                untouchable.add(name);
                known.remove(name);
            }
        }

        private void unknownTopLevel(String name, JsonNode doc, FileReader reader, Set<String> allowed) {
            doc.fieldNames().forEachRemaining(field -> {
                if (!field.equals("appraise") && !field.equals("schemaVersion") && !allowed.contains(field)) {
                    reader.problem("/" + field, "unknown field '" + field + "' (kept in the file, which will not be overwritten)");
                }
            });
        }

        /** The body of a one-object document, or null (with a problem recorded) when unreadable. */
        private JsonNode body(String name, String kind, String field) {
            JsonNode doc = document(name, kind);
            if (doc == null) {
                return null;
            }
            JsonNode body = doc.get(field);
            if (body == null || !body.isObject()) {
                problems.add(new LoadProblem(name, "/" + field, "missing: a " + kind + " file holds its " + kind + " in \"" + field + "\""));
                untouchable.add(name);
                return null;
            }
            FileReader reader = new FileReader(name, problems, links);
            unknownTopLevel(name, doc, reader, Set.of(field));
            settle(name, reader);
            return body;
        }

        /** Reads and checks a document's header; null (with a problem, file untouchable) when it is not usable. */
        private JsonNode document(String name, String kind) {
            byte[] content;
            try {
                content = Files.readAllBytes(root.resolve(name));
            } catch (NoSuchFileException e) {
                problems.add(new LoadProblem(name, "", "missing"));
                return null;
            } catch (IOException e) {
                return refuse(name, "", "cannot be read: " + e.getMessage());
            }
            JsonNode doc;
            try {
                doc = codec.parse(content);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String position = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
                return refuse(name, position, "is not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                return refuse(name, "", "cannot be read: " + e.getMessage());
            }
            if (doc == null || !doc.isObject()) {
                return refuse(name, "", "is not a JSON object");
            }
            JsonNode version = doc.get("schemaVersion");
            if (version == null || !version.canConvertToInt()) {
                return refuse(name, "/schemaVersion", "has no schema version");
            }
            if (version.intValue() > SCHEMA_VERSION) {
                return refuse(name, "/schemaVersion", "was written by a newer Appraise (schema " + version.intValue()
                        + ", this one reads " + SCHEMA_VERSION + "): not loaded, and left as it is");
            }
            if (!kind.equals(doc.path("appraise").asText())) {
                return refuse(name, "/appraise", "holds '" + doc.path("appraise").asText() + "', expected '" + kind + "'");
            }
            known.put(name, content);
            return doc;
        }

        private JsonNode refuse(String name, String position, String message) {
            problems.add(new LoadProblem(name, position, message));
            untouchable.add(name);
            return null;
        }

        /** The entries of a folder of the review, relative to the root, sorted; JSON files or folders. */
        private List<String> list(String folder, boolean folders) {
            Path dir = root.resolve(folder);
            List<String> names = new ArrayList<>();
            if (!Files.isDirectory(dir)) {
                return names;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String fileName = entry.getFileName().toString();
                    if (fileName.startsWith(".")) {
                        continue;
                    }
                    if (folders ? Files.isDirectory(entry) : fileName.endsWith(".json") && Files.isRegularFile(entry)) {
                        names.add(folder + "/" + fileName);
                    }
                }
            } catch (IOException e) {
                problems.add(new LoadProblem(folder, "", "cannot be listed: " + e.getMessage()));
            }
            Collections.sort(names);
            return names;
        }

        private Map<String, EObject> index(Review review) {
            Map<String, EObject> index = new HashMap<>();
            index.put(review.getId(), review);
            for (TreeIterator<EObject> it = review.eAllContents(); it.hasNext();) {
                EObject object = it.next();
                if (object instanceof Identified identified) {
                    String id = identified.getId();
                    if (id == null) {
                        continue;
                    }
                    EObject before = index.putIfAbsent(id, object);
                    if (before != null) {
                        problems.add(new LoadProblem(fileOf(object), "", "id '" + id + "' is used twice (" + before.eClass().getName()
                                + " and " + object.eClass().getName() + "); links to it go to the first"));
                    }
                }
            }
            return index;
        }

        private static String fileOf(EObject object) {
            for (EObject o = object; o != null; o = o.eContainer()) {
                if (o instanceof Extraction e && e.eContainer() instanceof Study s) {
                    return "studies/" + s.getId() + "/" + e.getId() + ".json";
                }
                if (o instanceof Study s) {
                    return "studies/" + s.getId() + "/" + STUDY_FILE;
                }
            }
            return REVIEW_FILE;
        }
    }
}
