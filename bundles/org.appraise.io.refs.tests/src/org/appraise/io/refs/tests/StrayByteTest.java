package org.appraise.io.refs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.appraise.core.Progress;
import org.appraise.io.refs.ExportFormat;
import org.appraise.io.refs.ReferenceImport;
import org.appraise.model.AppraiseFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad byte in a UTF-8 export no longer makes the whole file Windows-1252 ("MÃ¼ller"), issue #19. */
final class StrayByteTest {

    @TempDir
    Path temp;

    @Test
    void aUtf8FileWithOneBadByteIsReadAsUtf8AndTheRecordIsNamed() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("TY  - JOUR\nAU  - Müller, Jürgen\nTI  - Überleben nach Resektion\nER  - \n\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("TY  - JOUR\nAU  - Smith, A\nTI  - A stray ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(" byte\nER  - \n".getBytes(StandardCharsets.UTF_8));
        Path file = temp.resolve("export.ris");
        Files.write(file, bytes.toByteArray());
        ReferenceImport.Result result = new ReferenceImport(AppraiseFactory.eINSTANCE.createReview())
                .read(file, ExportFormat.RIS, "Embase", null, Instant.now(), Progress.NONE);
        assertEquals(2, result.references().size());
        assertEquals("Müller, Jürgen", result.references().get(0).getAuthors().get(0));
        assertEquals("Überleben nach Resektion", result.references().get(0).getTitle());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).toString().startsWith("export.ris:8:"),
                result.problems().toString());
    }
}
