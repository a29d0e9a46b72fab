package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.descendants;
import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.appraise.core.ExtractionEdits;
import org.appraise.core.ReportText;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.parts.PaperPart;
import org.appraise.ui.internal.parts.ValueTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes a corpus paper from an empty study with the study part's forms only, then saves and reopens. */
final class CodeStudyFromScratchTest {

    @TempDir
    Path temp;

    @Test
    void startAnExtractionAddArmsAResultRowQuoteAndTypeValuesSaveAndReopen() throws Exception {
        Path copy = WorkbenchSmokeTest.emptyReviewLikeTheSample(temp);
        Path paperFile = copy.resolve("reports/002_2a574011e3c7481b.txt");
        Files.createDirectories(paperFile.getParent());
        Files.copy(WorkbenchSmokeTest.SAMPLE.resolve("reports/002_2a574011e3c7481b.txt"), paperFile);

        ReviewSession review = ReviewSession.open(copy);
        review.domain().getCommandStack().execute(new ExtractionEdits(review.domain(), review.folder().review())
                .addStudy("Li 2022", "reports/002_2a574011e3c7481b.txt", ReportText.sha256(Files.readAllBytes(paperFile))));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        assertTrue(shell.getText().startsWith("*Appraise - "), "the title shows unsaved changes: " + shell.getText());

        assertEquals(1, find(shell, Tree.class, "studies").getItemCount());
        WorkbenchSmokeTest.selectStudy(shell, 0);

        Display display = shell.getDisplay();
        display.timerExec(1200, () -> Arrays.stream(display.getShells()).filter(x -> x.getText().startsWith("Report ")).findFirst()
                .ifPresent(report -> {
                    descendants(report).filter(c -> "citation".equals(c.getData("org.appraise.test.id"))).findFirst()
                            .ifPresent(c -> ((Text) c).setText("Li et al. Radiation Oncology (2022) 17:106"));
                    report.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                }));
        assertEquals("Study && report\u2026", find(shell, Button.class, "Study & report\u2026").getText(), "its & is shown, not taken for a mnemonic");
        press(shell, "Study & report\u2026", dialog -> type(dialog, "label", "Li 2022 (RT + anti-PD1 vs TACE + sorafenib)"));
        settle();
        assertEquals("Li 2022 (RT + anti-PD1 vs TACE + sorafenib)", review.folder().review().getStudies().get(0).getLabel());
        assertEquals("Li et al. Radiation Oncology (2022) 17:106", review.folder().review().getStudies().get(0).getReports().get(0).getCitation());
        press(shell, "Start extraction\u2026", dialog -> choose(dialog, "reviewer", 1));
        Extraction extraction = review.folder().review().getStudies().get(0).getExtractions().get(0);
        assertEquals("li-2022--cd", extraction.getId());
        press(shell, "Design\u2026", dialog -> ((Combo) control(dialog, "design")).setText("Retrospective cohort"));
        press(shell, "New PICO\u2026", dialog -> {
            choose(dialog, "kind", 0);
            type(dialog, "text", "Advanced HCC, BCLC B or C, Child-Pugh A or B");
        });
        press(shell, "New detail\u2026", dialog -> {
            choose(dialog, "kind", 1);
            type(dialog, "text", "China");
        });
        assertEquals("RETROSPECTIVE_COHORT", extraction.getDesign().getLiteral());
        assertEquals("POPULATION", extraction.getPico().get(0).getKind().getLiteral());
        assertEquals("COUNTRY", extraction.getCharacteristics().get(0).getKind().getLiteral());
        press(shell, "New arm\u2026", dialog -> {
            type(dialog, "label", "RT + anti-PD1");
            type(dialog, "n", "37");
        });
        press(shell, "New arm\u2026", dialog -> {
            type(dialog, "label", "TACE + sorafenib");
            type(dialog, "n", "41");
        });
        assertEquals(2, extraction.getArms().size());
        assertEquals(new BigDecimal("41"), extraction.getArms().get(1).getGroupSizes().get(0).getN().getNumber());
        press(shell, "New result row\u2026", dialog -> {
            choose(dialog, "outcome", 0);
            ((Combo) control(dialog, "criteria")).setText("RECIST 1.1");
        });
        assertEquals(1, extraction.getMeasurements().size());
        DichotomousResult rt = (DichotomousResult) extraction.getMeasurements().get(0).getResults().get(0);
        assertEquals("RECIST 1.1", extraction.getMeasurements().get(0).getCriteria());

        // quote the events from Table 2, then type the total
        StyledText paper = find(shell, StyledText.class, "paper");
        PaperPart part = (PaperPart) paper.getData("org.appraise.ui.part");
        String text = paper.getText();
        int start = text.indexOf("20 (54.05%)", text.indexOf("According to RECIST 1.1"));
        ValueTarget events = ValueTarget.of(extraction).stream().filter(t -> t.owner() == rt && t.field().getName().equals("events"))
                .findFirst().orElseThrow();
        part.assign(events, start, start + "20 (54.05%)".length(), events.proposal("20 (54.05%)"));
        settle();
        Table results = find(shell, Table.class, "results");
        results.setSelection(0);
        results.notifyListeners(SWT.Selection, new Event());
        press(shell, "Set value\u2026", dialog -> {
            choose(dialog, "field", 1);
            type(dialog, "number", "37");
        });
        assertEquals(new BigDecimal("20"), rt.getEvents().getNumber());
        assertEquals("20 (54.05%)", rt.getEvents().getSources().get(0).getQuote());
        assertEquals(new BigDecimal("37"), rt.getTotal().getNumber());
        settle();
        assertEquals("20 / 37", results.getItem(0).getText(5), "the study part shows the values as they are now");
        org.eclipse.swt.graphics.Color red = shell.getDisplay().getSystemColor(SWT.COLOR_RED);
        assertEquals(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW), results.getItem(0).getForeground(5),
                "a warning: the typed total 37 has no quote yet");
        results.setSelection(0);
        results.notifyListeners(SWT.Selection, new Event());
        press(shell, "Set value\u2026", dialog -> {
            choose(dialog, "field", 1);
            type(dialog, "number", "15");
        });
        assertEquals(red, results.getItem(0).getForeground(5), "20 events of 15 is marked in the form");
        EditCommands.undo();
        settle();
        assertTrue(!red.equals(results.getItem(0).getForeground(5)));
        results.setSelection(0);
        results.notifyListeners(SWT.Selection, new Event());
        press(shell, "Result details\u2026", dialog -> type(dialog, "notes", "Confirmed objective response, Table 2"));
        assertEquals("Confirmed objective response, Table 2", rt.getNotes());
        screenshot(shell, "05-coded-from-scratch.png");

        press(shell, "New result row\u2026", dialog -> {
            choose(dialog, "outcome", 5);
            choose(dialog, "type", 2);
            ((org.eclipse.swt.widgets.Button) control(dialog, "hr")).setSelection(true);
        });
        org.appraise.model.HazardRatio hr = (org.appraise.model.HazardRatio) extraction.getMeasurements().get(1).getResults().get(2);
        assertEquals("RT + anti-PD1", hr.getExperimental().getLabel());
        results.setSelection(4);
        results.notifyListeners(SWT.Selection, new Event());
        press(shell, "Result details\u2026", dialog -> {
            ((org.eclipse.swt.widgets.Button) control(dialog, "swap")).setSelection(true);
            type(dialog, "ciLevel", "0.95");
        });
        assertEquals("TACE + sorafenib", hr.getExperimental().getLabel(), "the direction is the reviewer's to state");
        assertEquals("RT + anti-PD1", hr.getComparator().getLabel());
        EditCommands.undo();
        assertEquals("RT + anti-PD1", hr.getExperimental().getLabel());

        review.save();
        ReviewFolder reopened = ReviewFolder.open(copy);
        assertEquals(java.util.List.of(), reopened.problems());
        DichotomousResult saved = (DichotomousResult) reopened.review().getStudies().get(0).getExtractions().get(0)
                .getMeasurements().get(0).getResults().get(0);
        assertEquals(new BigDecimal("20"), saved.getEvents().getNumber());
        assertEquals(new BigDecimal("37"), saved.getTotal().getNumber());
        assertTrue(Files.exists(copy.resolve("studies/li-2022/li-2022--cd.json")));
    }

    /** Presses a button of the study part and fills the form it opens, inside the form's own event loop. */
    static void press(Shell shell, String button, Consumer<Shell> fill) throws InterruptedException {
        Display display = shell.getDisplay();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean ran = new java.util.concurrent.atomic.AtomicBoolean();
        display.timerExec(400, () -> {
            ran.set(true);
            Shell dialog = Arrays.stream(display.getShells()).filter(s -> s != shell && s.isVisible()).findFirst().orElse(null);
            try {
                assertNotNull(dialog, button + " opened no form");
                fill.accept(dialog);
                dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
            } catch (Throwable t) {
                failed.set(t);
                if (dialog != null) {
                    dialog.close();
                }
            }
        });
        find(shell, Button.class, button).notifyListeners(SWT.Selection, new Event());
        for (int i = 0; i < 100 && !ran.get(); i++) {
            settle();
        }
        if (failed.get() != null) {
            throw new AssertionError("in the form of " + button, failed.get());
        }
        settle();
    }

    static Control control(Shell dialog, String key) {
        return descendants(dialog).filter(c -> key.equals(c.getData("org.appraise.test.id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key));
    }

    static void type(Shell dialog, String key, String value) {
        ((Text) control(dialog, key)).setText(value);
    }

    static void choose(Shell dialog, String key, int index) {
        Combo combo = (Combo) control(dialog, key);
        combo.select(index);
        combo.notifyListeners(SWT.Modify, new Event());
    }
}
