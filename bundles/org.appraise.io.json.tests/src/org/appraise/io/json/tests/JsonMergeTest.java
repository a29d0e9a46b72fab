package org.appraise.io.json.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.appraise.io.json.internal.JsonCodec;
import org.appraise.io.json.internal.JsonMerge;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two changes made to one file of the sample review from the same content (a reviewer's unsaved edits, a teammate's save
 * on the shared drive) merge when they touch different things, and name each thing both changed otherwise.
 */
final class JsonMergeTest {

    private final JsonCodec codec = new JsonCodec();

    /** One reviewer's screening: decisions are matched by record and stage, not by their place in the list. */
    @Test
    void screeningDecisionsMergeByRecordAndStage() throws IOException {
        JsonNode base = read("screening/screening-ab.json");
        ObjectNode yours = base.deepCopy();
        ArrayNode mine = (ArrayNode) yours.path("log").path("decisions");
        ((ObjectNode) mine.get(1)).put("verdict", "INCLUDE").put("note", "phase 2 trial, on second look");
        mine.addObject().put("reference", "batch-embase-2021-06-00099").put("stage", "TITLE_ABSTRACT").put("verdict", "EXCLUDE");
        ObjectNode onDisk = base.deepCopy();
        ArrayNode theirs = (ArrayNode) onDisk.path("log").path("decisions");
        String removed = theirs.get(0).path("reference").asText();
        theirs.remove(0); // the teammate withdrew the first decision, so every later one moved up
        ((ObjectNode) theirs.get(2)).put("note", "conference abstract");

        JsonMerge.Outcome outcome = JsonMerge.merge(base, yours, onDisk);

        assertEquals(List.of(), outcome.conflicts());
        ArrayNode merged = (ArrayNode) outcome.merged().path("log").path("decisions");
        assertEquals(base.path("log").path("decisions").size() - 1 + 1, merged.size());
        for (JsonNode decision : merged) {
            assertTrue(!decision.path("reference").asText().equals(removed) || !decision.path("stage").asText().equals("TITLE_ABSTRACT"),
                    "the teammate's removal stands");
        }
        JsonNode second = decision(merged, base.path("log").path("decisions").get(1).path("reference").asText());
        assertEquals("INCLUDE", second.path("verdict").asText());
        assertEquals("phase 2 trial, on second look", second.path("note").asText());
        assertEquals("conference abstract", decision(merged, base.path("log").path("decisions").get(3).path("reference").asText()).path("note").asText());
        assertEquals("batch-embase-2021-06-00099", merged.get(merged.size() - 1).path("reference").asText(), "your new decision is kept");
    }

    /** The same decision changed on both sides to different verdicts is named, with both values; nothing is chosen. */
    @Test
    void aDecisionBothChangedIsAConflictNamedWithBothVerdicts() throws IOException {
        JsonNode base = read("screening/screening-ab.json");
        ObjectNode yours = base.deepCopy();
        ((ObjectNode) yours.path("log").path("decisions").get(1)).put("verdict", "INCLUDE");
        ObjectNode onDisk = base.deepCopy();
        ((ObjectNode) onDisk.path("log").path("decisions").get(1)).put("verdict", "MAYBE");
        ((ObjectNode) onDisk.path("log").path("decisions").get(2)).put("verdict", "INCLUDE");
        ((ArrayNode) yours.path("log").path("decisions")).remove(2); // removed here, changed there

        List<JsonMerge.Conflict> conflicts = JsonMerge.merge(base, yours, onDisk).conflicts();

        String second = base.path("log").path("decisions").get(1).path("reference").asText();
        String third = base.path("log").path("decisions").get(2).path("reference").asText();
        assertEquals(List.of("/log/decisions[" + second + " TITLE_ABSTRACT]/verdict (yours: \"INCLUDE\"; on disk: \"MAYBE\")",
                "/log/decisions[" + third + " TITLE_ABSTRACT] (yours: removed; on disk: {\"reference\":\"" + third
                        + "\",\"stage\":\"TITLE_ABSTRACT\",\"verdict\":...)"),
                conflicts.stream().map(JsonMerge.Conflict::describe).toList(), "a long value is cut, the list still says where");
    }

    /**
     * A reviewer's extraction: a result's quotes merge as a set (each side added one), a characteristic changed here and
     * another there both stand; an author list (order matters) both changed is a conflict.
     */
    @Test
    void quotesMergeAsSetsAndListsWhoseOrderMattersDoNot() throws IOException {
        JsonNode base = read("studies/li-2022/li-2022--ab.json");
        ObjectNode yours = base.deepCopy();
        ObjectNode onDisk = base.deepCopy();
        characteristic(yours, 0).put("text", "Single centre (Nanning)");
        ((ArrayNode) characteristic(yours, 4).path("sources")).add("li-2022-a900");
        characteristic(onDisk, 1).put("text", "People's Republic of China");
        ((ArrayNode) characteristic(onDisk, 4).path("sources")).add("li-2022-a901");
        ((ArrayNode) characteristic(onDisk, 4).path("sources")).remove(0);

        JsonMerge.Outcome outcome = JsonMerge.merge(base, yours, onDisk);

        assertEquals(List.of(), outcome.conflicts());
        assertEquals("Single centre (Nanning)", characteristic(outcome.merged(), 0).path("text").asText());
        assertEquals("People's Republic of China", characteristic(outcome.merged(), 1).path("text").asText());
        assertEquals("[\"li-2022-a004\",\"li-2022-a900\",\"li-2022-a901\"]",
                characteristic(outcome.merged(), 4).path("sources").toString(), "added on both sides, removed on one");

        JsonNode references = read("references/batch-pubmed-2021-06.json");
        ObjectNode mine = references.deepCopy();
        ObjectNode theirs = references.deepCopy();
        ((ArrayNode) mine.path("references").get(0).path("authors")).add("Added A");
        ((ArrayNode) theirs.path("references").get(0).path("authors")).insert(0, "Added B");
        List<JsonMerge.Conflict> conflicts = JsonMerge.merge(references, mine, theirs).conflicts();
        assertEquals(1, conflicts.size());
        assertTrue(conflicts.get(0).where().endsWith("/authors"), conflicts.get(0).where());
    }

    private static ObjectNode characteristic(JsonNode extraction, int index) {
        return (ObjectNode) extraction.path("extraction").path("characteristics").get(index);
    }

    private static JsonNode decision(ArrayNode decisions, String reference) {
        for (JsonNode decision : decisions) {
            if (decision.path("reference").asText().equals(reference)) {
                return decision;
            }
        }
        throw new AssertionError(reference + " is missing");
    }

    private JsonNode read(String file) throws IOException {
        return codec.parse(Files.readAllBytes(ReviewFolderTest.SAMPLE.resolve(file)));
    }
}
