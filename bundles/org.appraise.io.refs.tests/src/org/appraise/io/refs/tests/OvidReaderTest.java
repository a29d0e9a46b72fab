package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.appraise.core.Progress;
import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ReferenceImport;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ovid's two text exports, written here as Ovid writes them: the tagged export (record markers {@code <1. >},
 * MEDLINE-like tags, Embase's journal fields of their own and MEDLINE's one source field) and the full display
 * (the search history first, then {@code <8>} and label lines with indented values, an author per line). Both are
 * detected, read with their identifiers (a MEDLINE unique identifier is a PMID, an Embase accession number is not),
 * and the search history is said, not read as records.
 */
final class OvidReaderTest {

    static final String TAGGED = String.join("\n",
            "<1. >",
            "VN  - Ovid Technologies",
            "DB  - Embase",
            "AN  - 2004567123",
            "TI  - Sorafenib plus transarterial chemoembolization for hepatocellular",
            "      carcinoma: a randomized trial",
            "AU  - Kudo M.",
            "AU  - Ueshima K.",
            "JN  - Journal of Hepatology",
            "VO  - 73",
            "IS  - 0168-8278",
            "IP  - 2",
            "PG  - 324-331",
            "YR  - 2020",
            "SO  - Journal of Hepatology. 73(2) (pp 324-331), 2020. Date of Publication: August 2020.",
            "DO  - https://dx.doi.org/10.1016/j.jhep.2020.03.012",
            "AB  - Background: transarterial chemoembolization with sorafenib.",
            "",
            "<2. >",
            "VN  - Ovid Technologies",
            "DB  - Ovid MEDLINE(R) ALL",
            "UI  - 29433850",
            "TI  - Lenvatinib versus sorafenib in first-line treatment of patients with unresectable hepatocellular carcinoma: a randomised phase 3 non-inferiority trial.",
            "AU  - Kudo M",
            "AU  - Finn RS",
            "SO  - Lancet. 391(10126):1163-1173, 2018 03 24.",
            "DO  - https://dx.doi.org/10.1016/S0140-6736(18)30207-1",
            "MH  - Carcinoma, Hepatocellular/dt [Drug Therapy]",
            "");

    static final String FULL_DISPLAY = String.join("\n",
            "Database: Ovid MEDLINE(R) ALL <1946 to December 02, 2026>",
            "Search Strategy:",
            "--------------------------------------------------------------------------------",
            "1     exp Carcinoma, Hepatocellular/ (98765)",
            "2     sorafenib.mp. (12345)",
            "3     1 and 2 (2345)",
            "",
            "***************************",
            "",
            "<8>",
            "Unique Identifier",
            "  29433850",
            "Title",
            "  Lenvatinib versus sorafenib in first-line treatment of patients with",
            "  unresectable hepatocellular carcinoma: a randomised phase 3",
            "  non-inferiority trial.",
            "Source",
            "  Lancet. 391(10126):1163-1173, 2018 03 24.",
            "Author",
            "  Kudo M",
            "  Finn RS",
            "  Qin S",
            "DOI Number",
            "  https://dx.doi.org/10.1016/S0140-6736(18)30207-1",
            "Database",
            "  Ovid MEDLINE(R) ALL",
            "",
            "<9>",
            "Accession Number",
            "  2004567123",
            "Title",
            "  Sorafenib plus transarterial chemoembolization for hepatocellular carcinoma: a randomized trial",
            "Author",
            "  Kudo M.",
            "Source",
            "  Journal of Hepatology. 73(2) (pp 324-331), 2020. Date of Publication: August 2020.",
            "Database",
            "  Embase",
            "");

    @TempDir
    Path temp;

    @Test
    void theTaggedExportWithEmbasesFieldsAndMedlinesSource() throws IOException {
        ReferenceImport.Result result = read("search.ovd", TAGGED);
        assertEquals(List.of(), result.problems());
        List<Reference> refs = result.references();
        assertEquals(2, refs.size());
        Reference embase = refs.get(0);
        assertEquals("Sorafenib plus transarterial chemoembolization for hepatocellular carcinoma: a randomized trial", embase.getTitle());
        assertEquals(List.of("Kudo M.", "Ueshima K."), embase.getAuthors());
        assertEquals("Journal of Hepatology", embase.getJournal());
        assertEquals("73", embase.getVolume());
        assertEquals("2", embase.getIssue(), "IP is the issue; Embase's IS is its ISSN");
        assertEquals("324-331", embase.getPages());
        assertEquals(Integer.valueOf(2020), embase.getYear());
        assertEquals("10.1016/j.jhep.2020.03.012", embase.getDoi());
        assertNull(embase.getPmid(), "an Embase accession number is no PMID");
        assertEquals("Embase", embase.getSourceDatabase());
        Reference medline = refs.get(1);
        assertEquals("29433850", medline.getPmid());
        assertEquals("Lancet", medline.getJournal());
        assertEquals("391", medline.getVolume());
        assertEquals("10126", medline.getIssue());
        assertEquals("1163-1173", medline.getPages());
        assertEquals(Integer.valueOf(2018), medline.getYear());
        assertEquals("10.1016/s0140-6736(18)30207-1", medline.getDoi(), "DOIs are kept in lower case, as everywhere");
        assertEquals(List.of("Carcinoma, Hepatocellular/dt [Drug Therapy]"), medline.getKeywords());
    }

    @Test
    void theFullDisplayAfterItsSearchHistory() throws IOException {
        ReferenceImport.Result result = read("search.txt", FULL_DISPLAY);
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).toString().contains("lines 1-9 before the first record marker"), result.problems().toString());
        List<Reference> refs = result.references();
        assertEquals(2, refs.size());
        Reference medline = refs.get(0);
        assertEquals("Lenvatinib versus sorafenib in first-line treatment of patients with unresectable hepatocellular carcinoma: a "
                + "randomised phase 3 non-inferiority trial.", medline.getTitle(), "a title over three indented lines is one title");
        assertEquals(List.of("Kudo M", "Finn RS", "Qin S"), medline.getAuthors(), "an author per indented line");
        assertEquals("29433850", medline.getPmid());
        assertEquals("10.1016/s0140-6736(18)30207-1", medline.getDoi(), "DOIs are kept in lower case, as everywhere");
        assertEquals("Lancet", medline.getJournal());
        assertEquals("Ovid MEDLINE(R) ALL", medline.getSourceDatabase(), "the Database field comes last in the record and is read");
        Reference embase = refs.get(1);
        assertNull(embase.getPmid());
        assertEquals("324-331", embase.getPages());
        assertEquals("Journal of Hepatology", embase.getJournal());
        assertTrue(embase.getFields().stream().anyMatch(f -> f.getTag().equals("AN") && f.getValue().equals("2004567123")), "every field kept");
    }

    @Test
    void bothAreDetectedFromTheirFirstLines() throws IOException {
        assertEquals(Optional.of(ExportFormat.OVID), ExportFormat.detect(new ByteArrayInputStream(TAGGED.getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.of(ExportFormat.OVID), ExportFormat.detect(new ByteArrayInputStream(FULL_DISPLAY.getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.of(ExportFormat.OVID), ExportFormat.named("ovid"));
        ReferenceImport.Result asRis = new ReferenceImport(review()).read(write("wrong.txt", FULL_DISPLAY), ExportFormat.RIS, null, null, Instant.EPOCH,
                Progress.NONE);
        assertTrue(asRis.nothingRead().isPresent(), "read as RIS, the full display gives nothing, and says so");
    }

    private ReferenceImport.Result read(String name, String content) throws IOException {
        Path file = write(name, content);
        ExportFormat format = ExportFormat.detect(Files.newInputStream(file)).orElseThrow();
        return new ReferenceImport(review()).read(file, format, null, null, Instant.EPOCH, Progress.NONE);
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static Review review() {
        Review review = AppraiseFactory.eINSTANCE.createReview();
        review.setId("r");
        return review;
    }
}
