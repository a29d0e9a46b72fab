package org.appraise.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.appraise.core.Removal;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Arm;
import org.appraise.model.OutcomeDefinition;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * Taking a reviewer, an outcome or an arm out of the sample review: refused, with what still refers to it, while
 * work refers to it (a reviewer's screening log and extractions, an outcome's results, an arm's results); a
 * member who has done nothing yet is removed in one command, and one undo brings them back.
 */
final class RemovalTest {

    private static final Path SAMPLE = Path.of(System.getProperty("appraise.repo", "../..")).resolve("samples/hcc-pd1-combination");

    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);

    @Test
    void aReviewerWithWorkAnOutcomeWithResultsAndAnArmWithResultsStay() throws IOException {
        Review review = sample();
        Reviewer ab = review.getReviewers().stream().filter(r -> r.getId().equals("ab")).findFirst().orElseThrow();
        long logs = review.getScreening().stream().filter(log -> log.getReviewer() == ab).count();
        long extractions = review.getStudies().stream().flatMap(s -> s.getExtractions().stream()).filter(e -> e.getReviewer() == ab).count();
        Removal reviewer = Removal.of(domain, ab);
        assertFalse(reviewer.allowed());
        assertTrue(reviewer.uses().contains(logs + " screening log"), reviewer.uses());
        assertTrue(extractions > 0 && reviewer.uses().contains(extractions + " extraction"), reviewer.uses());
        assertThrows(IllegalStateException.class, reviewer::command, "no command is made for a refused removal");

        OutcomeDefinition orr = review.getOutcomes().get(0);
        assertFalse(Removal.of(domain, orr).allowed(), "the objective response rate has results: " + Removal.of(domain, orr).uses());

        Arm arm = review.getStudies().get(0).getExtractions().get(0).getArms().get(0);
        Removal armRemoval = Removal.of(domain, arm);
        assertFalse(armRemoval.allowed());
        assertTrue(armRemoval.uses().contains("dichotomous results"), armRemoval.uses());
    }

    @Test
    void aMemberWhoHasDoneNothingYetIsRemovedInOneUndoableCommand() throws IOException {
        Review review = sample();
        Reviewer added = AppraiseFactory.eINSTANCE.createReviewer();
        added.setId("gh");
        added.setName("Reviewer G");
        review.getReviewers().add(added);
        Removal removal = Removal.of(domain, added);
        assertTrue(removal.allowed(), removal.uses());
        assertEquals("", removal.uses());
        stack.execute(removal.command());
        assertEquals(3, review.getReviewers().size());
        stack.undo();
        assertEquals(added, review.getReviewers().get(3));
    }

    private Review sample() throws IOException {
        Review review = ReviewFolder.open(SAMPLE).review();
        domain.getResourceSet().getResources().add(review.eResource());
        return review;
    }
}
