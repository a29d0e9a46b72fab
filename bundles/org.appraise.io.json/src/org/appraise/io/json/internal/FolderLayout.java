package org.appraise.io.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.appraise.model.Analysis;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Extraction;
import org.appraise.model.Identified;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.ScreeningLog;
import org.appraise.model.Study;
import org.eclipse.emf.ecore.EObject;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Which file each part of the review goes to, and the bytes of each file. An object that was loaded goes
 * back to the file it came from, whatever its id says; a new one gets a file named by its id. Two objects
 * never share a file they do not belong in together: such a plan is refused, naming both.
 */
public final class FolderLayout {

    /**
     * The newest schema this Appraise reads. References files are written at 2 (raw fields one line per tag, see
     * {@link RawFields}); every other file is written at 1, unchanged, so that an older Appraise still reads it.
     */
    public static final int SCHEMA_VERSION = 2;
    static final int REFERENCES_SCHEMA = 2;
    static final int OTHER_SCHEMA = 1;
    public static final String REVIEW_FILE = "review.json";
    public static final String STUDY_FILE = "study.json";
    public static final String UNBATCHED = "references/unbatched.json";
    /** At most this many references in one file: 2,000 search records with abstracts are 10-15 MB. */
    public static final int REFERENCES_PER_FILE = 2000;
    /** The order references files are read in: a batch's file, then its parts in their order. */
    public static final java.util.Comparator<String> REFERENCE_FILES = java.util.Comparator.comparing(FolderLayout::baseOf)
            .thenComparingInt(name -> name.matches(".*-part-\\d{3,}\\.json$") ? Integer.parseInt(name.replaceFirst("^.*-part-(\\d{3,})\\.json$", "$1")) : 1);

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    private final JsonCodec codec;
    private final FileLedger ledger;

    public FolderLayout(JsonCodec codec, FileLedger ledger) {
        this.codec = codec;
        this.ledger = ledger;
    }

    /** Every file the review maps to, by path relative to the folder, sorted; each file's bytes made on demand. */
    public Map<String, FileContent> plan(Review review) throws IOException {
        Map<String, FileContent> files = new TreeMap<>();
        Map<String, EObject> owners = new TreeMap<>();
        claim(files, owners, REVIEW_FILE, review, document("review", "review", () -> codec.toJson(review, MODEL.getReview(), Set.of(
                MODEL.getReview_Studies(), MODEL.getReview_References(), MODEL.getReview_ImportBatches(), MODEL.getReview_Screening(), MODEL.getReview_Analyses(),
                MODEL.getReview_Certainty()))));
        planReferences(review, files, owners);
        for (ScreeningLog log : review.getScreening()) {
            String name = fileOf(log, "screening/", ".json");
            claim(files, owners, name, log, document("screening", "log", () -> codec.toJson(log, MODEL.getScreeningLog(), Set.of())));
        }
        for (Analysis analysis : review.getAnalyses()) {
            String name = fileOf(analysis, "analyses/", ".json");
            claim(files, owners, name, analysis, document("analysis", "analysis", () -> codec.toJson(analysis, MODEL.getAnalysis(), Set.of())));
        }
        for (org.appraise.model.CertaintyAssessment assessment : review.getCertainty()) {
            String name = fileOf(assessment, "certainty/", ".json");
            claim(files, owners, name, assessment, document("certainty", "assessment", () -> codec.toJson(assessment, MODEL.getCertaintyAssessment(),
                    Set.of())));
        }
        for (Study study : review.getStudies()) {
            String studyFile = fileOf(study, "studies/", "/" + STUDY_FILE);
            claim(files, owners, studyFile, study, document("study", "study", () ->
                    codec.toJson(study, MODEL.getStudy(), Set.of(MODEL.getStudy_Extractions()))));
            String folder = studyFile.substring(0, studyFile.lastIndexOf('/') + 1);
            for (Extraction extraction : study.getExtractions()) {
                String name = fileOf(extraction, folder, ".json");
                claim(files, owners, name, extraction, document("extraction", "extraction", () ->
                        codec.toJson(extraction, MODEL.getExtraction(), Set.of())));
            }
        }
        return files;
    }

    /**
     * References go to the file they came from, a new one to its batch's file (or to unbatched.json); no file holds
     * more than {@link #REFERENCES_PER_FILE}: the next ones go to parts ({@code batch-x-part-002.json}, ...) so that a
     * search of 100,000 records is files of a size git hosts accept. A file read with more (written before parts)
     * keeps its first ones and gives the rest to parts, once.
     */
    private void planReferences(Review review, Map<String, FileContent> files, Map<String, EObject> owners) throws IOException {
        Map<ImportBatch, String> batchFiles = new IdentityHashMap<>();
        Map<String, ImportBatch> batchOf = new TreeMap<>();
        Map<String, List<Reference>> referencesOf = new TreeMap<>();
        for (ImportBatch batch : review.getImportBatches()) {
            String name = fileOf(batch, "references/", ".json");
            if (batchOf.containsKey(name)) {
                throw clash(name, batchOf.get(name), batch);
            }
            batchFiles.put(batch, name);
            batchOf.put(name, batch);
            referencesOf.put(name, new ArrayList<>());
        }
        Map<String, List<Reference>> fresh = new TreeMap<>();
        for (Reference reference : review.getReferences()) {
            java.util.Optional<String> origin = ledger.originOf(reference);
            if (origin.isPresent()) {
                referencesOf.computeIfAbsent(origin.get(), n -> new ArrayList<>()).add(reference);
            } else {
                String base = reference.getBatch() != null && batchFiles.containsKey(reference.getBatch()) ? batchFiles.get(reference.getBatch()) : UNBATCHED;
                fresh.computeIfAbsent(base, n -> new ArrayList<>()).add(reference);
            }
        }
        Map<String, List<Reference>> toPlace = new TreeMap<>();
        for (Map.Entry<String, List<Reference>> file : new ArrayList<>(referencesOf.entrySet())) {
            List<Reference> held = file.getValue();
            if (held.size() > REFERENCES_PER_FILE) {
                List<Reference> overflow = new ArrayList<>(held.subList(REFERENCES_PER_FILE, held.size()));
                held.subList(REFERENCES_PER_FILE, held.size()).clear();
                toPlace.computeIfAbsent(baseOf(file.getKey()), n -> new ArrayList<>()).addAll(overflow);
            }
        }
        fresh.forEach((base, references) -> toPlace.computeIfAbsent(base, n -> new ArrayList<>()).addAll(references));
        for (Map.Entry<String, List<Reference>> base : toPlace.entrySet()) {
            int[] part = { 1 }; // files only fill up here: the search for room goes on from the last part that had some
            for (Reference reference : base.getValue()) {
                referencesOf.computeIfAbsent(room(base.getKey(), referencesOf, part), n -> new ArrayList<>()).add(reference);
            }
        }
        for (Map.Entry<String, List<Reference>> file : referencesOf.entrySet()) {
            ImportBatch batch = batchOf.get(file.getKey());
            List<Reference> references = file.getValue();
            if (batch == null && references.isEmpty()) {
                continue;
            }
            EObject owner = batch != null ? batch : references.get(0);
            claim(files, owners, file.getKey(), owner, out -> {
                JsonGenerator json = start(out, "references");
                if (batch != null) {
                    json.writeFieldName("batch");
                    json.writeTree(codec.toJson(batch, MODEL.getImportBatch(), Set.of()));
                }
                json.writeArrayFieldStart("references");
                for (Reference reference : references) {
                    writeReference(json, reference);
                }
                json.writeEndArray();
                end(json, out);
            });
        }
    }

    /** A record: its parsed fields as every object is written, then its raw fields one line each. */
    private void writeReference(JsonGenerator json, Reference reference) throws IOException {
        json.writeStartObject();
        for (java.util.Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> parsed = codec.toJson(reference,
                MODEL.getReference(), Set.of(MODEL.getReference_Fields())).fields(); parsed.hasNext();) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = parsed.next();
            json.writeFieldName(field.getKey());
            json.writeTree(field.getValue());
        }
        RawFields.write(json, reference);
        json.writeEndObject();
    }

    /**
     * The first of a base file and its parts, from part {@code part[0]} on (1 is the base file), that has room for one
     * more reference; {@code part[0]} is left at it.
     */
    private static String room(String base, Map<String, List<Reference>> referencesOf, int[] part) {
        String name = partName(base, part[0]);
        while (referencesOf.getOrDefault(name, List.of()).size() >= REFERENCES_PER_FILE) {
            name = partName(base, ++part[0]);
        }
        return name;
    }

    private static String partName(String base, int part) {
        return part == 1 ? base : base.substring(0, base.length() - ".json".length()) + String.format(java.util.Locale.ROOT, "-part-%03d.json", part);
    }

    /** The base file of a part ({@code references/batch-x.json} for {@code references/batch-x-part-002.json}). */
    private static String baseOf(String file) {
        return file.replaceFirst("-part-\\d{3,}\\.json$", ".json");
    }

    /** The file an object came from, or for a new one the file its id names. */
    private String fileOf(Identified object, String prefix, String suffix) throws IOException {
        java.util.Optional<String> origin = ledger.originOf(object);
        return origin.isPresent() ? origin.get() : prefix + safe(object) + suffix;
    }

    private static void claim(Map<String, FileContent> files, Map<String, EObject> owners, String name, EObject owner,
            FileContent content) throws IOException {
        if (files.containsKey(name)) {
            throw clash(name, owners.get(name), owner);
        }
        files.put(name, content);
        owners.put(name, owner);
    }

    private static IOException clash(String name, EObject first, EObject second) {
        return new IOException(name + " would hold both " + describe(first) + " and " + describe(second)
                + ": nothing was saved; give one of them another id");
    }

    private static String describe(EObject object) {
        return object.eClass().getName() + (object instanceof Identified identified ? " '" + identified.getId() + "'" : "");
    }

    /** Opens a document: its kind and schema version first, as every file of the folder starts. */
    private JsonGenerator start(OutputStream out, String kind) throws IOException {
        JsonGenerator json = codec.generator(out);
        json.writeStartObject();
        json.writeStringField("appraise", kind);
        json.writeNumberField("schemaVersion", kind.equals("references") ? REFERENCES_SCHEMA : OTHER_SCHEMA);
        return json;
    }

    private static void end(JsonGenerator json, OutputStream out) throws IOException {
        json.writeEndObject();
        json.close();
        out.write('\n');
    }

    /** A document holding one object; the object's tree is made when the content is written. */
    private FileContent document(String kind, String field, Supplier<ObjectNode> body) {
        return out -> {
            JsonGenerator json = start(out, kind);
            json.writeFieldName(field);
            json.writeTree(body.get());
            end(json, out);
        };
    }

    private static String safe(Identified object) throws IOException {
        String id = object.getId();
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IOException(object.eClass().getName() + " id '" + id
                    + "' cannot name a file: use letters, digits, '.', '_' or '-' (at most 100)");
        }
        return id;
    }
}
