package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.appraise.io.json.LoadProblem;

import org.appraise.io.json.internal.JsonCodec.PendingLink;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Identified;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a review folder. Loading never stops at a bad file: the problem is recorded against the file that
 * holds it, with its position, everything else loads, and the file is protected from every later save
 * (with the reason). Links leaving the folder, links that loop, folders where files belong, ids used twice
 * and temporary files of an interrupted save are dealt with here, before anything is written.
 */
public final class FolderLoader {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    /** More references files than this (some 8,000 records) take long enough to say how far reading them is. */
    private static final int LARGE = 4;

    private final Path root;
    private final JsonCodec codec = new JsonCodec();
    private final FileLedger ledger = new FileLedger();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<PendingLink> links = new ArrayList<>();
    private boolean analysesInReviewFile;
    private final FolderEntries entries;
    private final Set<String> overfull = new java.util.HashSet<>();
    /** The short texts of raw fields, held once across the references files. */
    private final SharedTexts shared = new SharedTexts();

    public FolderLoader(Path root) throws IOException {
        this.root = root;
        this.entries = new FolderEntries(root, root.toRealPath(), ledger, problems);
    }

    /** The review as loaded; {@link #problems()} and {@link #ledger()} say what could not be and what is protected. */
    public Review load(org.appraise.core.Progress progress) {
        new LeftoverTemporaryFiles(root).remove();
        Review review = readReview();
        List<String> referenceFiles = entries.list("references", false).stream().sorted(FolderLayout.REFERENCE_FILES).toList();
        try (ReadAhead files = new ReadAhead(root, referenceFiles, codec)) {
            for (int i = 0; i < referenceFiles.size(); i++) {
                if (referenceFiles.size() > LARGE) {
                    if (progress.cancelled()) {
                        throw new CancellationException("opening the review was cancelled; nothing was changed");
                    }
                    progress.worked("Reading " + referenceFiles.get(i), i + 1, referenceFiles.size());
                }
                readReferences(files.next(), review);
            }
        }
        for (String name : entries.list("screening", false)) {
            JsonNode body = body(name, "screening", "log");
            add(name, body, MODEL.getScreeningLog(), "/log", review.getScreening());
        }
        for (String folder : entries.list("studies", true)) {
            readStudy(folder, review);
        }
        List<String> analyses = new ArrayList<>(entries.list("analyses", false));
        analyses.sort(java.util.Comparator.comparing((String name) -> name.replaceFirst("\\.json$", ""))); // by id: orr-rr before orr-rr-rob
        for (String name : analyses) {
            add(name, body(name, "analysis", "analysis"), MODEL.getAnalysis(), "/analysis", review.getAnalyses());
        }
        List<String> certainty = new ArrayList<>(entries.list("certainty", false));
        certainty.sort(java.util.Comparator.comparing((String name) -> name.replaceFirst("\\.json$", "")));
        for (String name : certainty) {
            add(name, body(name, "certainty", "assessment"), MODEL.getCertaintyAssessment(), "/assessment", review.getCertainty());
        }
        resolveLinks(new IdIndex(ledger, problems).of(review));
        return review;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    public FileLedger ledger() {
        return ledger;
    }

    /**
     * Records, for every file read, the content the model gives it now: what a save compares with, so that a file
     * is written only when the model changed it (a protected one is then refused, the others are left alone). A review
     * file written before analyses had files of their own holds them inline: it gets no baseline, so that the next save
     * moves them to {@code analyses/} and rewrites it without them; so does a references file holding more than a file
     * may (written before parts), which the next save splits. A file whose bytes this build of the writer is known to
     * make ({@link WrittenFiles}) is not rendered: its baseline is its digest.
     */
    public void settleBaseline(Map<String, FileContent> plan, WrittenFiles written) {
        List<Map.Entry<String, FileContent>> baselines = plan.entrySet().stream().filter(file -> ledger.wasRead(file.getKey())
                && !overfull.contains(file.getKey()) && !(analysesInReviewFile && file.getKey().equals(FolderLayout.REVIEW_FILE))).toList();
        List<byte[]> verified = new ArrayList<>();
        List<Map.Entry<String, FileContent>> toRender = new ArrayList<>();
        for (Map.Entry<String, FileContent> file : baselines) {
            byte[] onDisk = ledger.readDigest(file.getKey());
            if (written.holds(onDisk)) {
                ledger.modelGives(file.getKey(), onDisk); // this build wrote these bytes (or found it would): no render
            } else {
                toRender.add(file);
            }
        }
        // the others are rendered side by side: the model is only read, and a large search is tens of files
        toRender.parallelStream().map(file -> Map.entry(file.getKey(), file.getValue().digest())).toList().forEach(digest -> {
            ledger.modelGives(digest.getKey(), digest.getValue());
            if (java.util.Arrays.equals(digest.getValue(), ledger.readDigest(digest.getKey()))) {
                verified.add(digest.getValue());
            }
        });
        written.add(verified);
    }

    private void resolveLinks(Map<String, EObject> index) {
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
        String name = FolderLayout.REVIEW_FILE;
        Review review = null;
        if (entries.problem(root.resolve(name), name, false) == null) {
            JsonNode body = body(name, "review", "review");
            if (body != null) {
                FileReader reader = new FileReader(name, problems, links);
                review = (Review) reader.read(body, MODEL.getReview(), "/review", Set.of());
                analysesInReviewFile = body.path("analyses").size() > 0;
                settle(name, reader);
            }
        }
        if (review == null) {
            ledger.protect(name, "it could not be loaded");
            review = AppraiseFactory.eINSTANCE.createReview();
            review.setId(root.getFileName() == null ? "review" : root.getFileName().toString());
        } else {
            ledger.loaded(review, name);
        }
        return review;
    }

    private void readReferences(ParsedFile file, Review review) {
        String name = file.name();
        JsonNode doc = document(file, "references");
        if (doc == null) {
            return;
        }
        FileReader reader = new FileReader(name, problems, links);
        if (doc.has("batch")) {
            ImportBatch batch = (ImportBatch) reader.read(doc.get("batch"), MODEL.getImportBatch(), "/batch", Set.of());
            if (batch != null) {
                reader.needsId(batch, "/batch");
                review.getImportBatches().add(batch);
                ledger.loaded(batch, name);
            }
        }
        JsonNode references = doc.path("references");
        if (!references.isMissingNode() && !references.isArray()) {
            reader.problem("/references", "expected a list of references");
        }
        if (references.size() > FolderLayout.REFERENCES_PER_FILE) {
            overfull.add(name); // written before parts: no baseline, so that the next save splits it
        }
        for (int i = 0; i < references.size() && references.isArray(); i++) {
            EObject reference = reader.read(references.get(i), MODEL.getReference(), "/references/" + i, Set.of("fields"));
            if (reference != null) {
                RawFields.read((Reference) reference, references.get(i).get("fields"), "/references/" + i + "/fields", reader, shared);
                review.getReferences().add((Reference) reference);
                ledger.loaded(reference, name);
            }
        }
        reader.unknownTopLevel(doc, Set.of("batch", "references"));
        settle(name, reader);
    }

    private void readStudy(String folder, Review review) {
        String studyFile = folder + "/" + FolderLayout.STUDY_FILE;
        List<String> extractions = entries.list(folder, false);
        extractions.remove(studyFile);
        Path path = root.resolve(studyFile);
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(new LoadProblem(studyFile, "", "missing: the extractions in " + folder + " are not loaded"));
            extractions.forEach(name -> ledger.protect(name, "its study file " + studyFile + " is missing"));
            return;
        }
        Study study = null;
        if (entries.problem(path, studyFile, false) == null) {
            JsonNode body = body(studyFile, "study", "study");
            if (body != null) {
                FileReader reader = new FileReader(studyFile, problems, links);
                study = (Study) reader.read(body, MODEL.getStudy(), "/study", Set.of());
                if (study != null) {
                    reader.needsId(study, "/study");
                }
                settle(studyFile, reader);
            }
        }
        if (study == null) {
            ledger.protect(studyFile, "it could not be loaded");
            for (String name : extractions) {
                problems.add(new LoadProblem(name, "", "not loaded, because its study file " + studyFile + " could not be"));
                ledger.protect(name, "its study file " + studyFile + " could not be loaded");
            }
            return;
        }
        review.getStudies().add(study);
        ledger.loaded(study, studyFile);
        for (String name : extractions) {
            add(name, body(name, "extraction", "extraction"), MODEL.getExtraction(), "/extraction", study.getExtractions());
        }
    }

    @SuppressWarnings("unchecked")
    private void add(String name, JsonNode body, EClass eClass, String pointer, List<? extends EObject> into) {
        if (body == null) {
            return;
        }
        FileReader reader = new FileReader(name, problems, links);
        EObject object = reader.read(body, eClass, pointer, Set.of());
        if (object != null) {
            reader.needsId((Identified) object, pointer);
        }
        settle(name, reader);
        if (object == null) {
            ledger.protect(name, "it could not be loaded");
        } else {
            ((List<EObject>) into).add(object);
            ledger.loaded(object, name);
        }
    }

    private void settle(String name, FileReader reader) {
        if (!reader.clean()) {
            ledger.protect(name, "it has problems (see above) that a save would lose");
        }
    }

    /** The body of a one-object document, or null (with a problem recorded) when unreadable. */
    private JsonNode body(String name, String kind, String field) {
        JsonNode doc = document(ParsedFile.read(root, name, codec), kind);
        if (doc == null) {
            return null;
        }
        JsonNode body = doc.get(field);
        if (body == null || !body.isObject()) {
            return refuse(name, "/" + field, "missing: a " + kind + " file holds its " + kind + " in \"" + field + "\"");
        }
        FileReader reader = new FileReader(name, problems, links);
        reader.unknownTopLevel(doc, Set.of(field));
        settle(name, reader);
        return body;
    }

    /** Reads and checks a document's header; null (with a problem, file protected) when it is not usable. */
    private JsonNode document(ParsedFile file, String kind) {
        String name = file.name();
        if (file.content() == null) {
            if (ParsedFile.MISSING.equals(file.failure())) {
                problems.add(new LoadProblem(name, "", ParsedFile.MISSING));
                return null;
            }
            return refuse(name, file.position(), file.failure());
        }
        ledger.read(name, file.content());
        JsonNode doc = file.doc();
        if (file.failure() != null) {
            return refuse(name, file.position(), file.failure());
        }
        if (doc == null || !doc.isObject()) {
            return refuse(name, "", "is not a JSON object");
        }
        JsonNode version = doc.get("schemaVersion");
        if (version == null) {
            return refuse(name, "/schemaVersion", "has no schema version");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            return refuse(name, "/schemaVersion", "is not a schema version (a whole number from 1): " + version);
        }
        if (version.intValue() > FolderLayout.SCHEMA_VERSION) {
            return refuse(name, "/schemaVersion", "was written by a newer Appraise (schema " + version.intValue()
                    + ", this one reads " + FolderLayout.SCHEMA_VERSION + "): not loaded, and left as it is");
        }
        if (!kind.equals(doc.path("appraise").asText())) {
            return refuse(name, "/appraise", "holds '" + doc.path("appraise").asText() + "', expected '" + kind + "'");
        }
        return doc;
    }

    private JsonNode refuse(String name, String position, String message) {
        problems.add(new LoadProblem(name, position, message));
        ledger.protect(name, message);
        return null;
    }
}
