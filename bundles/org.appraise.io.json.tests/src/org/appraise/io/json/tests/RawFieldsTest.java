package org.appraise.io.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.RecordField;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's raw fields are kept exactly as its export had them, one line per tag, and an abstract or title that
 * the parsed fields already hold is named rather than written twice (schema 2). The sample's references files are
 * schema 1 (four lines per tag): they load, stay as they are until a record in them changes, and are then written
 * at schema 2 with every field of every record the same as before.
 */
final class RawFieldsTest {

    static final Path SCHEMA_ONE = Path.of(System.getProperty("appraise.repo", "../.."),
            "bundles/org.appraise.io.json.tests/fixtures/schema-1");

    @TempDir
    Path temp;

    @Test
    void tagsAndShortValuesThatRecurAreHeldOnceAcrossTheReferencesFiles() throws IOException {
        // 100,000 records hold some five million raw texts: the ones that recur (tags, "JOUR") are one string each
        Review review = ReviewFolder.open(ReviewFolderTest.SAMPLE).review();
        List<RecordField> types = review.getReferences().stream().flatMap(r -> r.getFields().stream()).filter(f -> "TY".equals(f.getTag()))
                .toList();
        assertTrue(types.size() > 10 && types.stream().map(f -> ((Reference) f.eContainer()).getBatch()).distinct().count() > 1, "records of several files");
        for (RecordField type : types) {
            assertSame(types.get(0).getTag(), type.getTag());
        }
        List<String> journals = types.stream().map(RecordField::getValue).filter("JOUR"::equals).toList();
        assertTrue(journals.size() > 10);
        journals.forEach(value -> assertSame(journals.get(0), value));
    }

    @Test
    void aSchemaOneFileLoadsAndIsWrittenAtSchemaTwoWhenARecordInItChanges() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolderTest.copyTree(ReviewFolderTest.SAMPLE, root);
        Path embase = root.resolve("references/batch-embase-2021-06.json");
        String schemaTwo = Files.readString(embase);
        Files.copy(SCHEMA_ONE.resolve("batch-embase-2021-06.json"), embase, StandardCopyOption.REPLACE_EXISTING);
        String before = Files.readString(embase);
        assertTrue(before.contains("\"schemaVersion\": 1") && before.contains("\"tag\": \"TI\""), "the fixture is schema 1");

        ReviewFolder folder = ReviewFolder.open(root);
        assertEquals(List.of(), folder.problems());
        Map<String, List<String>> fields = fieldsById(folder.review());
        assertEquals(List.of(), folder.save().written(), "opened and saved unchanged: nothing is rewritten");
        assertEquals(before, Files.readString(embase));

        Reference first = reference(folder.review(), "batch-embase-2021-06-00001");
        String title = first.getTitle();
        first.setTitle(title + " (corrected)");
        assertEquals(List.of("references/batch-embase-2021-06.json"), folder.save().written());

        String after = Files.readString(embase);
        List<String> expected = schemaTwo.lines().toList();
        List<String> written = after.lines().toList();
        assertEquals(expected.size(), written.size());
        List<String> changed = java.util.stream.IntStream.range(0, written.size()).filter(i -> !expected.get(i).equals(written.get(i)))
                .mapToObj(written::get).map(String::strip).toList();
        assertEquals(List.of("\"title\": \"" + title + " (corrected)\",", "[\"TI\", \"" + title + "\"],"), changed,
                "written as the sample's schema 2 file but for the title, and the raw title that no longer equals it");
        assertTrue(after.contains("\"schemaVersion\": 2") && after.contains("\n        [\"TY\", \"JOUR\"],\n"), "one line per tag");
        assertTrue(!after.contains("\"tag\""), "no field left in schema 1's form");
        assertTrue(after.length() < before.length() * 0.7, before.length() + " -> " + after.length());
        assertTrue(Files.readString(root.resolve("review.json")).contains("\"schemaVersion\": 1"), "other files stay at schema 1");

        ReviewFolder again = ReviewFolder.open(root);
        assertEquals(List.of(), again.problems());
        assertEquals(fields, fieldsById(again.review()), "every raw field of every record as the export had it");
        assertEquals(List.of(), again.save().written(), "schema 2 round-trips byte for byte");
    }

    @Test
    void anAbstractIsNamedNotWrittenTwiceAndALineNamingAFieldTheRecordLacksIsAProblem() throws IOException {
        Path root = temp.resolve("review");
        ReviewFolderTest.copyTree(ReviewFolderTest.SAMPLE, root);
        ReviewFolder folder = ReviewFolder.open(root);
        Reference record = reference(folder.review(), "batch-pubmed-2021-06-00003");
        String text = "Background: \"PD-1\" inhibitors\twith tyrosine kinase inhibitors.\nMethods: 58 vs. 42 patients; ORR 10.3% (≥ grade 3).";
        record.setAbstract(text);
        RecordField ab = AppraiseFactory.eINSTANCE.createRecordField();
        ab.setTag("AB");
        ab.setValue(text);
        record.getFields().add(ab);
        RecordField n1 = AppraiseFactory.eINSTANCE.createRecordField();
        n1.setTag("N1");
        n1.setValue(text + " (a note that says more)");
        record.getFields().add(n1);
        folder.save();
        Path pubmed = root.resolve("references/batch-pubmed-2021-06.json");
        String saved = Files.readString(pubmed);
        assertTrue(saved.contains("\n        [\"AB\", {\"sameAs\": \"abstract\"}],\n"), "the abstract is named, not written twice");
        assertTrue(saved.contains("[\"N1\", \"Background: \\\"PD-1\\\" inhibitors\\twith"), "a value that differs is written, escaped");
        Reference read = reference(ReviewFolder.open(root).review(), "batch-pubmed-2021-06-00003");
        assertEquals(text, read.getFields().get(read.getFields().size() - 2).getValue());
        assertEquals(text + " (a note that says more)", read.getFields().get(read.getFields().size() - 1).getValue());

        String broken = saved.replace("{\"sameAs\": \"abstract\"}", "{\"sameAs\": \"notes\"}");
        Files.writeString(pubmed, broken);
        ReviewFolder opened = ReviewFolder.open(root);
        assertEquals(1, opened.problems().size(), opened.problems().toString());
        assertEquals("references/batch-pubmed-2021-06.json", opened.problems().get(0).file());
        assertTrue(opened.problems().get(0).position().matches("/references/\\d+/fields/\\d+/1/sameAs"), opened.problems().get(0).position());
        assertEquals(folder.review().getReferences().size(), opened.review().getReferences().size(), "every record still loads");
        reference(opened.review(), "batch-pubmed-2021-06-00003").setTitle("changed");
        assertThrows(IOException.class, opened::save, "a save that would overwrite the file that did not load is refused");
        assertEquals(broken, Files.readString(pubmed), "the file that did not load is never overwritten");
    }

    private static Reference reference(Review review, String id) {
        return review.getReferences().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, List<String>> fieldsById(Review review) {
        return review.getReferences().stream().collect(Collectors.toMap(Reference::getId,
                r -> r.getFields().stream().map(RawFieldsTest::text).toList()));
    }

    private static String text(RecordField field) {
        return field.getTag() + "=" + field.getValue();
    }
}
