package org.appraise.ui.tests;

import static org.appraise.ui.tests.WorkbenchSmokeTest.descendants;
import static org.appraise.ui.tests.WorkbenchSmokeTest.find;
import static org.appraise.ui.tests.WorkbenchSmokeTest.screenshot;
import static org.appraise.ui.tests.WorkbenchSmokeTest.settle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.appraise.core.ExtractionEdits;
import org.appraise.core.ReportText;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Value;
import org.appraise.session.ReviewSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codes the main results of a corpus paper (Liu 2021, camrelizumab + sorafenib vs sorafenib) into an empty
 * study from the paper alone, with the keyboard: select the words, Ctrl+Enter, and the few keys the dialogs
 * need. No button of the study part is touched. Each key is sent to the widget that has it (the paper's
 * Ctrl+Enter, Return in a dialog, the characters typed into a field) and counted; the counts per recorded
 * value are written to target/keystrokes.txt and a screenshot is kept at each step.
 */
final class CodeFromThePaperTest {

    private static final String PAPER = "reports/001_32a8eb1ab80cdc81.txt";

    @TempDir
    Path temp;

    private final List<String> tally = new ArrayList<>();
    private int keys;
    private int dialogs;

    @Test
    void codeArmsResponsesMediansAndAdverseEventsFromTheKeyboard() throws Exception {
        Path copy = WorkbenchSmokeTest.emptyReviewLikeTheSample(temp);
        Path paperFile = copy.resolve(PAPER);
        Files.createDirectories(paperFile.getParent());
        Files.copy(WorkbenchSmokeTest.SAMPLE.resolve(PAPER), paperFile);
        ReviewSession review = ReviewSession.open(copy);
        review.domain().getCommandStack().execute(new ExtractionEdits(review.domain(), review.folder().review())
                .addStudy("Liu 2021", PAPER, ReportText.sha256(Files.readAllBytes(paperFile))));
        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(review);
        WorkbenchSmokeTest.selectStudy(shell, 0);
        StyledText paper = find(shell, StyledText.class, "paper");
        String text = paper.getText();
        assertTrue(review.folder().review().getStudies().get(0).getExtractions().isEmpty(), "the study starts with no extraction");

        // a first selection cancelled: the extraction it started is not left behind, empty (not counted in the tally)
        int keysAtStart = keys;
        int dialogsAtStart = dialogs;
        select(paper, text, "n = 35", 0);
        code(shell, paper, "cancelled", step("Start extraction", d -> {
            choose(d, "reviewer", 1, 1);
            enter(d);
        }), step("Assign selection", Shell::close));
        tally.remove(tally.size() - 1);
        keys = keysAtStart;
        dialogs = dialogsAtStart;
        assertTrue(review.folder().review().getStudies().get(0).getExtractions().isEmpty(), "cancelled before anything was recorded: no extraction");

        // the first selection: no extraction yet, so the reviewer is asked who codes; then an arm from "n = 35"
        select(paper, text, "n = 35", 0);
        code(shell, paper, "arm 1 (label, n with its quote)",
                step("Start extraction", d -> {
                    choose(d, "reviewer", 1, 1);
                    enter(d);
                }),
                step("Assign selection", d -> {
                    type(d, "filter", "new arm");
                    enter(d);
                }),
                step("New arm", d -> {
                    type(d, "label", "combined-therapy group");
                    enter(d);
                }));
        Extraction extraction = review.folder().review().getStudies().get(0).getExtractions().get(0);
        assertEquals("cd", extraction.getReviewer().getId());
        assertEquals(new BigDecimal("35"), extraction.getArms().get(0).getGroupSizes().get(0).getN().getNumber());
        assertEquals("n = 35", extraction.getArms().get(0).getGroupSizes().get(0).getN().getSources().get(0).getQuote(),
                "the arm made from the selection has its size quoted by it");
        select(paper, text, "n = 65", 0);
        code(shell, paper, "arm 2 (label, n with its quote)",
                step("Assign selection", d -> {
                    type(d, "filter", "new arm");
                    enter(d);
                }),
                step("New arm", d -> {
                    type(d, "label", "sorafenib-only group");
                    enter(d);
                }));
        screenshot(shell, "20-code-arms.png");

        // the design, quoted from the title: choosing the quote's field asks for the design, read from the words
        select(paper, text, "a retrospective study", 0);
        code(shell, paper, "design with its quote",
                step("Assign selection", d -> {
                    type(d, "filter", "design");
                    enter(d);
                }),
                step("Study design", d -> {
                    assertEquals("Retrospective cohort", ((Combo) control(d, "design")).getText(), "read from \"a retrospective study\"");
                    enter(d);
                }));
        assertEquals("RETROSPECTIVE_COHORT", extraction.getDesign().getLiteral());
        assertEquals("a retrospective study", extraction.getDesignSources().get(0).getQuote());

        // objective response, Table 2 before PSM: the selection holds a count the rows cannot take yet
        int table2 = text.indexOf("Objective response\t");
        select(paper, text, "6(17.1%)", table2);
        code(shell, paper, "ORR row + combined events",
                step("Assign selection", d -> {
                    assertEquals("+ New result row\u2026", selectedField(d), "a count no row takes: the dialog offers a new row");
                    enter(d);
                }),
                step("New result row", d -> {
                    choose(d, "outcome", 0, 0);
                    type(d, "criteria", "RECIST 1.1");
                    enter(d);
                }),
                step("Assign selection", d -> {
                    assertTrue(selectedField(d).endsWith("combined-therapy group \u00b7 events (empty)"), selectedField(d));
                    shot(d, "21-code-orr-dialog.png");
                    enter(d);
                }));
        select(paper, text, "2(3.1%)", table2);
        code(shell, paper, "ORR sorafenib events", step("Assign selection", d -> enter(d)));

        outcome(shell, paper, text, "DCR", text.indexOf("Disease control\t"), "24(68.6%)", "47(72.3%)", 1, "RECIST 1.1", d -> {
        }, d -> {
        });
        // overall survival: a median with its range in one selection; the row is for a median, with a hazard ratio
        outcome(shell, paper, text, "OS", 0, "14.1 months (6.8\u201321.4 months)", "9.6 months (6.7\u201312.5 months)", 6, null,
                d -> assertEquals("median time to event", ((Combo) control(d, "type")).getText(), "the selection reads as a median"), d -> {
                    assertEquals(List.of("median = 14.1 months", "lower = 6.8 months", "upper = 21.4 months"), willFill(d));
                    shot(d, "22-code-median-dialog.png");
                });
        outcome(shell, paper, text, "PFS", text.indexOf("prolonged PFS"), "10.2 months; 95% CI 4.5\u201319.0", "6.1 months; 95% CI 2.5\u20139.7", 5,
                null, d -> {
                }, d -> assertEquals(List.of("median = 10.2 months", "lower = 4.5 months", "upper = 19.0 months", "CI level = 0.95"), willFill(d)));
        // grade 3-4 adverse events, Table 3 "All" row: before PSM, combined then sorafenib
        outcome(shell, paper, text, "AE 3-4", text.indexOf("All\t33(94.3%)"), "14(40.0%)", "27(41.5%)", 7, "CTCAE", d -> {
        }, d -> {
        });
        settle();
        screenshot(shell, "23-code-from-the-paper.png");

        List<OutcomeMeasurement> rows = extraction.getMeasurements();
        assertEquals(5, rows.size());
        assertEvents(rows.get(0), "6", "2");
        assertEvents(rows.get(1), "24", "47");
        assertMedian((MedianTimeToEvent) rows.get(2).getResults().get(0), "14.1", "6.8", "21.4", null);
        assertMedian((MedianTimeToEvent) rows.get(2).getResults().get(1), "9.6", "6.7", "12.5", null);
        assertNull(((HazardRatio) rows.get(2).getResults().get(2)).getEstimate(), "no hazard ratio is reported for OS, none recorded");
        assertMedian((MedianTimeToEvent) rows.get(3).getResults().get(0), "10.2", "4.5", "19.0", "0.95");
        assertMedian((MedianTimeToEvent) rows.get(3).getResults().get(1), "6.1", "2.5", "9.7", "0.95");
        assertEvents(rows.get(4), "14", "27");
        MedianTimeToEvent os = (MedianTimeToEvent) rows.get(2).getResults().get(0);
        assertEquals(os.getMedian().getSources(), os.getUpper().getSources(), "one quote shared by the values it holds");
        assertEquals(13, extraction.getAnnotations().size(), "one quote per selection, none stored twice");

        review.save();
        assertEquals(List.of(), ReviewFolder.open(copy).problems());
        Path out = Path.of("target", "keystrokes.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, tally);
        // a result whose row exists: Ctrl+Enter and Return, 2 keys, 1 dialog
        for (String line : tally) {
            if (!line.contains(" row ") && !line.startsWith("arm ") && !line.startsWith("design")) {
                assertTrue(line.contains(" 2 keys"), line);
            }
        }
        assertEquals(5, tally.stream().filter(l -> l.contains(" 2 keys, 1 dialog")).count(), "five values whose row existed: " + tally);
    }

    /**
     * Codes one outcome of both arms: the combined arm's selection makes the row (outcome chosen with the arrow
     * keys, criteria typed) and fills it; the sorafenib arm's selection then takes Ctrl+Enter and Enter.
     */
    private void outcome(Shell shell, StyledText paper, String text, String name, int after, String combined, String sorafenib, int outcome,
            String criteria, Consumer<Shell> rowForm, Consumer<Shell> willFill) throws Exception {
        select(paper, text, combined, after);
        code(shell, paper, name + " row + combined arm",
                step("Assign selection", d -> enter(d)),
                step("New result row", d -> {
                    rowForm.accept(d);
                    choose(d, "outcome", outcome, outcome);
                    if (criteria != null) {
                        type(d, "criteria", criteria);
                    }
                    enter(d);
                }),
                step("Assign selection", d -> {
                    willFill.accept(d);
                    enter(d);
                }));
        select(paper, text, sorafenib, after);
        code(shell, paper, name + " sorafenib arm", step("Assign selection", d -> enter(d)));
    }

    private static void assertEvents(OutcomeMeasurement row, String combined, String sorafenib) {
        assertEquals(new BigDecimal(combined), ((DichotomousResult) row.getResults().get(0)).getEvents().getNumber());
        assertEquals(new BigDecimal(sorafenib), ((DichotomousResult) row.getResults().get(1)).getEvents().getNumber());
        assertEquals("combined-therapy group", ((DichotomousResult) row.getResults().get(0)).getArm().getLabel());
    }

    private static void assertMedian(MedianTimeToEvent m, String median, String lower, String upper, String level) {
        assertEquals(List.of(new BigDecimal(median), new BigDecimal(lower), new BigDecimal(upper)),
                List.of(m.getMedian(), m.getLower(), m.getUpper()).stream().map(Value::getNumber).toList());
        assertEquals(level == null ? null : new BigDecimal(level), m.getCiLevel(), "a level only where the paper gives one");
    }

    private static void select(StyledText paper, String text, String words, int after) {
        int start = text.indexOf(words, after);
        assertTrue(start >= 0, "\"" + words + "\" is in the paper");
        paper.setSelection(start, start + words.length());
        paper.showSelection();
    }

    private record Step(String title, Consumer<Shell> act) {
    }

    private static Step step(String title, Consumer<Shell> act) {
        return new Step(title, act);
    }

    /**
     * Presses Ctrl+Enter in the paper and plays the steps in the dialogs it opens, in order, each inside the
     * dialog's own event loop; counts the keys and dialogs for this recorded value.
     */
    private void code(Shell shell, StyledText paper, String what, Step... steps) throws Exception {
        Display display = shell.getDisplay();
        Deque<Step> queue = new ArrayDeque<>(Arrays.asList(steps));
        AtomicReference<Throwable> failed = new AtomicReference<>();
        int keysBefore = keys;
        int dialogsBefore = dialogs;
        long deadline = System.currentTimeMillis() + 20_000;
        display.timerExec(200, new Runnable() {
            @Override
            public void run() {
                if (queue.isEmpty() || failed.get() != null) {
                    return;
                }
                Shell dialog = Arrays.stream(display.getShells())
                        .filter(s -> !s.isDisposed() && s.isVisible() && queue.peek().title().equals(s.getText())).findFirst().orElse(null);
                if (dialog != null) {
                    Step next = queue.poll();
                    dialogs++;
                    try {
                        next.act().accept(dialog);
                    } catch (Throwable t) {
                        failed.set(t);
                        closeDialogs(display, shell);
                        return;
                    }
                } else if (System.currentTimeMillis() > deadline) {
                    failed.set(new AssertionError("no dialog \"" + queue.peek().title() + "\" opened; open: "
                            + Arrays.stream(display.getShells()).filter(Shell::isVisible).map(Shell::getText).toList()));
                    closeDialogs(display, shell);
                    return;
                }
                display.timerExec(100, this);
            }
        });
        Event press = new Event();
        press.keyCode = SWT.CR;
        press.character = '\r';
        press.stateMask = SWT.MOD1;
        keys++;
        paper.notifyListeners(SWT.KeyDown, press);
        settle();
        if (failed.get() != null) {
            throw new AssertionError("coding " + what, failed.get());
        }
        assertTrue(queue.isEmpty(), "coding " + what + ": dialogs never shown " + queue.stream().map(Step::title).toList());
        tally.add(what + ": " + (keys - keysBefore) + " keys, " + (dialogs - dialogsBefore) + " dialog(s)");
    }

    private static void shot(Shell dialog, String name) {
        try {
            settle();
            screenshot(dialog, name);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("screenshot " + name, e);
        }
    }

    private static void closeDialogs(Display display, Shell main) {
        Arrays.stream(display.getShells()).filter(s -> s != main && !s.isDisposed() && s.isVisible()).forEach(Shell::close);
    }

    private String selectedField(Shell dialog) {
        org.eclipse.swt.widgets.List fields = (org.eclipse.swt.widgets.List) control(dialog, "fields");
        return fields.getSelection().length == 0 ? "" : fields.getSelection()[0];
    }

    private List<String> willFill(Shell dialog) {
        org.eclipse.swt.widgets.Table parts = (org.eclipse.swt.widgets.Table) control(dialog, "parts");
        return Arrays.stream(parts.getItems()).map(i -> i.getText()).toList();
    }

    /** Return: the dialog's default button, as the key does from any field. */
    private void enter(Shell dialog) {
        keys++;
        dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
    }

    /** Types into a field: one key per character. */
    private void type(Shell dialog, String key, String value) {
        keys += value.length();
        Control control = control(dialog, key);
        if (control instanceof Combo combo) {
            combo.setText(value);
        } else {
            ((Text) control).setText(value);
        }
    }

    /** Chooses an entry of a drop-down with the arrow keys: as many keys as entries moved. */
    private void choose(Shell dialog, String key, int index, int moves) {
        keys += moves;
        Combo combo = (Combo) control(dialog, key);
        combo.select(index);
        combo.notifyListeners(SWT.Modify, new Event());
    }

    private static Control control(Shell dialog, String key) {
        return descendants(dialog).filter(c -> key.equals(c.getData("org.appraise.test.id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key + " in " + dialog.getText() + ": "
                        + descendants(dialog).filter(Label.class::isInstance).map(c -> ((Label) c).getText()).toList()));
    }
}
