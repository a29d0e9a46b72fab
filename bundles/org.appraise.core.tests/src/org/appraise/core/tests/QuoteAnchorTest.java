package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.appraise.core.QuoteAnchor;
import org.appraise.core.QuoteAnchor.Finding;
import org.appraise.core.QuoteAnchor.Status;
import org.appraise.core.ReportText;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Annotation;
import org.appraise.model.Extraction;
import org.junit.jupiter.api.Test;

final class QuoteAnchorTest {

    @Test
    void aQuoteIsFoundAgainAfterTheTextBeforeItChangedAndTheAnnotationIsNotMoved() throws IOException {
        ReviewFolder folder = ReviewFolder.open(ReviewChecksTest.SAMPLE);
        Annotation hr = ReviewChecksTest.study(folder, "tvgh-2016").getExtractions().get(0).getAnnotations().stream()
                .filter(a -> a.getQuote().equals("HR 0.62, [0.38\u20131.00]")).findFirst().orElseThrow();
        ReportText original = folder.readReport(hr.getReport());
        assertEquals(new Finding(Status.IN_PLACE, hr.getStart(), List.of(hr.getStart())), QuoteAnchor.find(hr, original));

        // a re-conversion that adds a line at the top shifts every offset after it
        String shifted = "Reconverted from the PDF, 2026\n" + original.text();
        ReportText changed = ReportText.decode(shifted.getBytes(StandardCharsets.UTF_8), "000.txt");
        int before = hr.getStart();
        Finding finding = QuoteAnchor.find(hr, changed);
        assertEquals(Status.MOVED, finding.status());
        assertEquals(before + "Reconverted from the PDF, 2026\n".length(), finding.start());
        assertEquals(before, hr.getStart(), "finding never changes the annotation");

        // the reviewer accepts: one command moves it, one undo puts it back
        org.eclipse.emf.common.command.BasicCommandStack stack = new org.eclipse.emf.common.command.BasicCommandStack();
        org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ComposedAdapterFactory(new org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory()), stack);
        domain.getResourceSet().getResources().add(folder.review().eResource());
        Extraction tvgh = (Extraction) hr.eContainer();
        stack.execute(new org.appraise.core.ExtractionEdits(domain, folder.review()).reanchor(tvgh.getAnnotations(), changed));
        assertEquals(finding.start(), hr.getStart());
        assertTrue(changed.anchors(hr));
        assertTrue(tvgh.getAnnotations().stream().allMatch(a -> changed.anchors(a) || QuoteAnchor.find(a, changed).status() != Status.MOVED),
                "every quote that could be found once is in place");
        stack.undo();
        assertEquals(before, hr.getStart());
    }

    @Test
    void repeatedQuotesAreAmbiguousNearestFirstAndMissingOnesLost() {
        Annotation a = ReportTextTest.annotation(20, 28, "13 22.4%");
        ReportText text = ReportText.decode("ORR 13 22.4% then again ORR 13 22.4% and once more 13 22.4%".getBytes(StandardCharsets.UTF_8), "t");
        Finding finding = QuoteAnchor.find(a, text);
        assertEquals(Status.AMBIGUOUS, finding.status());
        assertEquals(List.of(28, 4, 51), finding.candidates());
        assertEquals(Status.LOST, QuoteAnchor.find(ReportTextTest.annotation(0, 4, "HR 9"), text).status());
    }
}
