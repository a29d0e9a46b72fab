package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.appraise.core.screening.ScreeningState;
import org.appraise.model.Reference;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Verdict;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screens the sample's search from the keyboard: reviewer cd changes two decisions (one creates a conflict
 * with ab), the blinded list hides ab's decisions until revealed, the Conflicts filter finds the new
 * conflict, and the arbiter resolves it; the PRISMA-relevant verdicts follow.
 */
final class ScreeningUiTest {

    @TempDir
    Path temp;

    @Test
    void screenWithTheKeyboardFindTheConflictAndResolveIt() throws Exception {
        Path copy = WorkbenchSmokeTest.copyOfTheSample(temp);
        ReviewSession review = ReviewSession.open(copy);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReviewPerspective.SCREENING);
        settle();
        Table records = find(shell, Table.class, "screening-records");
        Combo reviewer = find(shell, Combo.class, "screening-reviewer");
        reviewer.select(1);
        reviewer.notifyListeners(SWT.Selection, new Event());
        settle();
        assertEquals(33, records.getItemCount(), "every record without duplicates at title and abstract");
        int first = row(records, "batch-pubmed-2021-06-00004");
        assertEquals("exclude", records.getItem(first).getText(1), "cd's own decision, beside the record");
        assertEquals("(hidden)", records.getItem(first).getText(2), "ab's decision is hidden until revealed");

        StyledText text = find(shell, StyledText.class, "screening-record");
        records.setSelection(row(records, "batch-embase-2021-06-00001"));
        records.notifyListeners(SWT.Selection, new Event());
        settle();
        assertTrue(text.getText().startsWith("Camrelizumab combined with sorafenib"), text.getText());
        StyleRange[] marks = text.getStyleRanges();
        assertTrue(Stream.of(marks).anyMatch(m -> text.getText().substring(m.start, m.start + m.length).equalsIgnoreCase("hepatocellular")),
                "words of the inclusion criteria are highlighted");

        records.setSelection(first);
        records.notifyListeners(SWT.Selection, new Event());
        key(records, 'i');
        settle();
        Reference global = reference(review, "batch-pubmed-2021-06-00004");
        assertEquals(Verdict.INCLUDE, ScreeningState.of(review.folder().review()).at(global, ScreeningStage.TITLE_ABSTRACT).orElseThrow()
                .decisions().entrySet().stream().filter(e -> e.getKey().getId().equals("cd")).findFirst().orElseThrow().getValue().getVerdict());
        assertEquals(first + 1, records.getSelectionIndex(), "the cursor moves to the next record");

        Button reveal = find(shell, Button.class, "screening-reveal");
        reveal.setSelection(true);
        reveal.notifyListeners(SWT.Selection, new Event());
        Combo filter = find(shell, Combo.class, "screening-filter");
        filter.select(2);
        filter.notifyListeners(SWT.Selection, new Event());
        settle();
        assertEquals(1, records.getItemCount(), "the new disagreement is the only open conflict");
        assertEquals("ab: exclude", records.getItem(0).getText(2));
        screenshot(shell, "08-screening.png");

        reviewer.select(2);
        reviewer.notifyListeners(SWT.Selection, new Event());
        settle();
        records.setSelection(0);
        records.notifyListeners(SWT.Selection, new Event());
        CodeStudyFromScratchTest.press(shell, "Resolve\u2026", dialog -> {
            CodeStudyFromScratchTest.choose(dialog, "verdict", 1);
            CodeStudyFromScratchTest.type(dialog, "note", "Global cancer statistics: not a study of treatment.");
        });
        assertEquals(0, records.getItemCount(), "no conflict left");
        assertEquals(Optional.of(Verdict.EXCLUDE), ScreeningState.of(review.folder().review()).verdict(global, ScreeningStage.TITLE_ABSTRACT));
        assertTrue(find(shell, Label.class, "screening-summary").getText().contains("0 open conflict(s)"));
        EditCommands.undo();
        settle();
        assertEquals(1, records.getItemCount(), "undo brings the conflict back");
        filter.select(0);
        filter.notifyListeners(SWT.Selection, new Event());
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findViewReference(ReviewPerspective.SCREENING));
        settle();
        assertEquals(List.of(), review.folder().problems());
    }

    @Test
    void aReviewWithoutReviewersSaysToAddTheTeamAndScreeningFollowsTheTeamAsItGrows() throws Exception {
        org.appraise.model.Review sample = org.appraise.io.json.ReviewFolder.open(WorkbenchSmokeTest.SAMPLE).review();
        org.appraise.model.Review fresh = org.appraise.model.AppraiseFactory.eINSTANCE.createReview();
        fresh.setId("no-team-yet");
        fresh.setTitle("A review begun before its team was written down");
        fresh.getReferences().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(sample.getReferences()));
        fresh.getReferences().forEach(r -> r.setBatch(null));
        // ids as long as a real export's ("batch-citesource_scopus_gambling_255-00001")
        fresh.getReferences().forEach(r -> r.setId("batch-citesource_scopus_gambling_255-" + r.getId()));
        Path folder = temp.resolve("no-team");
        org.appraise.io.json.ReviewFolder.create(folder, fresh);
        ReviewSession review = ReviewSession.open(folder);
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(ReviewPerspective.SCREENING);
        settle();
        Label summary = find(shell, Label.class, "screening-summary");
        assertTrue(summary.getText().contains("no reviewers yet: add the team in the Review view's Reviewers tab"), summary.getText());
        Table records = find(shell, Table.class, "screening-records");
        assertTrue(java.util.stream.IntStream.rangeClosed(0, 3).map(i -> records.getColumn(i).getWidth()).sum() <= records.getClientArea().width,
                "Mine, Others and Verdict stay in sight beside long ids");
        String shownId = records.getItem(0).getText(0);
        String tail = shownId.substring(shownId.indexOf('\u2026') + 1);
        assertTrue(fresh.getReferences().stream().anyMatch(r -> r.getId().equals(shownId) || shownId.contains("\u2026") && r.getId().endsWith(tail)),
                "whole, or its end kept: " + shownId);
        records.setSelection(0);
        records.notifyListeners(SWT.Selection, new Event());
        assertTrue(find(shell, org.eclipse.swt.custom.StyledText.class, "screening-record").getText().contains("record batch-citesource_scopus_gambling_255-"),
                "the whole id beside the list");
        records.setSelection(0);
        key(records, 'i');
        settle();
        assertTrue(review.folder().review().getScreening().isEmpty(), "no decision without a reviewer to make it");

        page.showView(ReviewPerspective.REVIEW);
        settle();
        find(shell, org.eclipse.swt.custom.CTabFolder.class, "review-tabs").setSelection(4);
        settle();
        CodeStudyFromScratchTest.press(shell, "reviewers:Add\u2026", dialog -> CodeStudyFromScratchTest.type(dialog, "name", "Ana Souza"));
        page.showView(ReviewPerspective.SCREENING);
        settle();
        Combo reviewer = find(shell, Combo.class, "screening-reviewer");
        assertEquals(List.of("ana-souza \u2013 Ana Souza"), List.of(reviewer.getItems()), "the id the summary uses, and the name");
        assertEquals(0, reviewer.getSelectionIndex());
        assertTrue(summary.getText().contains("still to decide by ana-souza"), summary.getText());
        records.setSelection(0);
        key(records, 'i');
        settle();
        assertEquals(1, review.folder().review().getScreening().size(), "the first decision opens the reviewer's log");

        page.showView(ReviewPerspective.REVIEW);
        settle();
        CodeStudyFromScratchTest.press(shell, "reviewers:Add\u2026", dialog -> CodeStudyFromScratchTest.type(dialog, "name", "Ben Okafor"));
        page.showView(ReviewPerspective.SCREENING);
        settle();
        assertEquals(List.of("ana-souza \u2013 Ana Souza", "ben-okafor \u2013 Ben Okafor"), List.of(reviewer.getItems()),
                "the second member joins the list");
        assertEquals(0, reviewer.getSelectionIndex(), "the reviewer screening stays chosen");
        reviewer.select(1);
        reviewer.notifyListeners(SWT.Selection, new Event());
        review.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(review.domain(), review.folder().review().getReviewers()
                .get(1), org.appraise.model.AppraisePackage.eINSTANCE.getReviewer_Name(), "Ben O. Okafor"));
        settle();
        assertEquals("ben-okafor \u2013 Ben O. Okafor", reviewer.getItem(reviewer.getSelectionIndex()), "renamed, and still the one screening");
        screenshot(shell, "08b-screening-team-grows.png");
        page.hideView(page.findViewReference(ReviewPerspective.SCREENING));
        settle();
    }

    private static Reference reference(ReviewSession review, String id) {
        return review.folder().review().getReferences().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    private static int row(Table table, String id) {
        for (int i = 0; i < table.getItemCount(); i++) {
            // the id as shown: whole, or with its middle left out where the column is narrower than the id
            String shown = table.getItem(i).getText(0);
            int cut = shown.indexOf('\u2026');
            if (shown.equals(id) || cut > 0 && id.startsWith(shown.substring(0, cut)) && id.endsWith(shown.substring(cut + 1))) {
                return i;
            }
        }
        throw new AssertionError("no record " + id + " among " + table.getItem(0).getText(0) + "... (Record column " + table.getColumn(0).getWidth()
                + " of " + table.getClientArea().width + " pixels)");
    }

    private static void key(Table table, char character) {
        Event event = new Event();
        event.character = character;
        event.keyCode = character;
        event.doit = true;
        table.notifyListeners(SWT.KeyDown, event);
    }
}
