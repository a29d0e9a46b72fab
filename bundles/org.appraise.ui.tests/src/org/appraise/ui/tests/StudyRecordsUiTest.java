package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Study view's Records... form changes the search records of a study already in the review: its own record is
 * ticked, the filter finds another by words, what is ticked survives the filter, and one undoable command saves it.
 */
final class StudyRecordsUiTest {

    @TempDir
    Path temp;

    @Test
    void aStudysRecordIsExchangedForAnotherFoundByItsWords() throws Exception {
        Path folder = WorkbenchSmokeTest.copyOfTheSample(temp);
        ReviewSession review = ReviewSession.open(folder);
        Review model = review.folder().review();
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        Study liu = model.getStudies().stream().filter(s -> s.getId().equals("liu-2021")).findFirst().orElseThrow();
        WorkbenchSmokeTest.selectStudy(shell, model.getStudies().indexOf(liu)); // the Studies view lists them in the review's order
        Reference own = liu.getReferences().get(0);
        Label summary = find(shell, Label.class, "study-reports");
        assertTrue(summary.getText().contains("search records: " + own.getId()), summary.getText());
        List<Study> others = model.getStudies().stream().filter(s -> s != liu).toList();
        Reference other = model.getReferences().stream()
                .filter(r -> r.getDuplicateOf() == null && others.stream().noneMatch(s -> s.getReferences().contains(r)) && r != own)
                .filter(r -> r.getTitle() != null && r.getYear() != null).findFirst().orElseThrow();
        String firstWord = other.getTitle().split("\\s+")[0];

        CodeStudyFromScratchTest.press(shell, "Records\u2026", dialog -> {
            Table table = find(dialog, Table.class, "study-records");
            assertTrue(table.getItem(0).getChecked() && table.getItem(0).getData() == own, "its own record first, ticked");
            String shown = table.getItem(0).getText(3);
            assertTrue(shown.equals(own.getId()) || shown.contains("\u2026") && own.getId().endsWith(shown.substring(shown.indexOf('\u2026') + 1)),
                    "the record's id whole, or its start and its end: " + shown);
            assertTrue(Arrays.stream(table.getItems()).noneMatch(i -> others.stream().anyMatch(s -> s.getReferences().contains(i.getData()))),
                    "another study's records are not offered");
            tick(table, 0, false);
            find(dialog, Text.class, "record-filter").setText(other.getId() + " " + firstWord.toUpperCase(java.util.Locale.ROOT));
            assertEquals(1, table.getItemCount(), "words in any order, any case");
            tick(table, 0, true);
            find(dialog, Text.class, "record-filter").setText("");
            assertTrue(Arrays.stream(table.getItems()).filter(TableItem::getChecked).map(TableItem::getData).toList().equals(List.of(other)),
                    "ticks kept while the filter changed");
            WorkbenchSmokeTest.picture(dialog, "05b-study-records.png");
        });
        settle();
        assertEquals(List.of(other), liu.getReferences());
        assertEquals("Records of Liu 2021 (camrelizumab + sorafenib vs sorafenib)", review.domain().getCommandStack().getUndoCommand().getLabel());
        assertTrue(summary.getText().contains("search records: " + other.getId()), "the summary follows: " + summary.getText());
        review.save();
        assertEquals(List.of(other.getId()), ReviewFolder.open(folder).review().getStudies().stream().filter(s -> s.getId().equals("liu-2021"))
                .findFirst().orElseThrow().getReferences().stream().map(Reference::getId).toList(), "saved");
        review.domain().getCommandStack().undo();
        settle();
        assertEquals(List.of(own), liu.getReferences(), "undone");
    }

    private static void tick(Table table, int row, boolean ticked) {
        TableItem item = table.getItem(row);
        item.setChecked(ticked);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
    }
}
