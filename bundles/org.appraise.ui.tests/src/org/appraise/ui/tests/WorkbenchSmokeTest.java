package org.appraise.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.appraise.ui.internal.ReviewWindow;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Drives the real workbench under Xvfb: opens the sample review in the review perspective, selects a
 * study and a result, checks what the parts show, and saves screenshots to target/screenshots.
 */
final class WorkbenchSmokeTest {

    static final Path REPO = Path.of(System.getProperty("appraise.repo", "../.."));
    static final Path SAMPLE = REPO.resolve("samples/hcc-pd1-combination");
    static final Path SHOTS = REPO.resolve("bundles/org.appraise.ui.tests/target/screenshots");

    @Test
    void opensTheSampleReviewShowsItsStudiesResultsAndQuotes() throws Exception {
        Shell shell = openInReviewPerspective(ReviewSession.open(SAMPLE));

        Tree tree = find(shell, Tree.class, "studies");
        assertEquals(List.of("Study Li 2022 (radiotherapy + anti-PD1 vs TACE + sorafenib)",
                "Study Liu 2021 (camrelizumab + sorafenib vs sorafenib)",
                "Study Taipei VGH cohort 2016-2019 (anti-PD-1 + sorafenib vs anti-PD-1)"),
                Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
        assertTrue(shell.getText().startsWith("Appraise - Anti-PD-1 combination therapy"), shell.getText());

        selectStudy(shell, 2);

        Table results = find(shell, Table.class, "results");
        assertEquals(30, results.getItemCount(), "every result of the TVGH extraction is listed");
        assertEquals("13 / 58", results.getItem(0).getText(5));
        screenshot(shell, "01-study-results.png");

        results.setFocus();
        results.setSelection(0);
        results.notifyListeners(SWT.Selection, new Event());
        settle();
        StyledText quotes = find(shell, StyledText.class, "quotes");
        assertTrue(quotes.getText().contains("ORR 13 22.4%"), quotes.getText());
        assertTrue(quotes.getStyleRanges().length > 0, "the quote is highlighted");
        screenshot(shell, "02-result-quotes.png");

        org.eclipse.swt.custom.CTabFolder tabs = find(shell, org.eclipse.swt.custom.CTabFolder.class, "study-tabs");
        tabs.setSelection(1);
        settle();
        Table grid = find(shell, Table.class, "grid");
        assertEquals(List.of("Outcome \u00b7 criteria \u00b7 timepoint \u00b7 population", "Anti-PD-1 + sorafenib", "Anti-PD-1 alone", "Comparisons"),
                Arrays.stream(grid.getColumns()).map(org.eclipse.swt.widgets.TableColumn::getText).toList());
        assertEquals(15, grid.getItemCount(), "one row per outcome measurement of the TVGH extraction");
        assertEquals("13 / 58", grid.getItem(0).getText(1));
        assertEquals("HR 0.62 (0.38\u20131.00)", grid.getItems()[10].getText(3));
        screenshot(shell, "07-result-grid.png");
        tabs.setSelection(2);
        settle();
        assertEquals(4, find(shell, Table.class, "pico").getItemCount(), "the PICO elements, editable in their own tab");
        tabs.setSelection(0);
    }

    static void settle() throws InterruptedException {
        Display display = Display.getCurrent();
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // run the queued UI work
            }
            Thread.sleep(25);
        }
    }

    /** Shows a review in the review perspective with all its parts, the studies active; returns the window's shell. */
    static Shell openInReviewPerspective(ReviewSession review) throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1280, 860);
        PlatformUI.getWorkbench().showPerspective(ReviewPerspective.ID, window);
        IWorkbenchPage page = window.getActivePage();
        // each test starts as a first start: no study or reading place kept from the test before
        org.eclipse.e4.ui.workbench.modeling.EPartService parts = window.getService(org.eclipse.e4.ui.workbench.modeling.EPartService.class);
        for (String id : new String[] { ReviewPerspective.STUDIES, ReviewPerspective.PAPER }) {
            org.eclipse.e4.ui.model.application.ui.basic.MPart part = parts.findPart(id);
            if (part != null) {
                part.getPersistedState().remove("study");
                part.getPersistedState().remove("place");
            }
        }
        ReviewWindow.show(PlatformUI.getWorkbench().getService(IEclipseContext.class), review);
        page.showView(ReviewPerspective.PAPER);
        page.showView(ReviewPerspective.STUDY, null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(page.showView(ReviewPerspective.STUDIES));
        settle();
        return shell;
    }

    /** A new review folder with the sample's question, outcomes and reviewers but no studies; returns its folder. */
    static Path emptyReviewLikeTheSample(Path temp) throws IOException {
        org.appraise.model.Review template = org.appraise.io.json.ReviewFolder.open(SAMPLE).review();
        template.getStudies().clear();
        Path copy = temp.resolve("review");
        org.appraise.io.json.ReviewFolder.create(copy, template);
        return copy;
    }

    /** A copy of the sample review folder, to edit and save in a test. */
    static Path copyOfTheSample(Path temp) throws IOException {
        Path copy = temp.resolve("review");
        try (java.util.stream.Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(SAMPLE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    /** Selects a study in the navigator as a click would. */
    /** Runs what opens a modal dialog, and fills and confirms the dialog inside its own event loop. */
    static void withDialog(Shell shell, Runnable trigger, Consumer<Shell> fill) throws InterruptedException {
        Display display = shell.getDisplay();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        AtomicBoolean ran = new AtomicBoolean();
        display.timerExec(400, () -> {
            ran.set(true);
            Shell dialog = Arrays.stream(display.getShells()).filter(s -> s != shell && s.isVisible()).findFirst().orElse(null);
            try {
                assertNotNull(dialog, "no dialog opened");
                fill.accept(dialog);
                dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
            } catch (Throwable t) {
                failed.set(t);
                if (dialog != null) {
                    dialog.close();
                }
            }
        });
        trigger.run();
        for (int i = 0; i < 100 && !ran.get(); i++) {
            settle();
        }
        if (failed.get() != null) {
            throw new AssertionError("in the dialog", failed.get());
        }
        settle();
    }

    static void selectStudy(Shell shell, int index) throws InterruptedException {
        Tree tree = find(shell, Tree.class, "studies");
        tree.setFocus();
        tree.setSelection(tree.getItem(index));
        Event selected = new Event();
        selected.item = tree.getItem(index);
        tree.notifyListeners(SWT.Selection, selected);
        settle();
    }

    /** Tells a table or tree that its item was chosen, as a click on it does (the item already selected), and lets the views follow. */
    static void clicked(Control list, org.eclipse.swt.widgets.Item item) throws InterruptedException {
        Event selected = new Event();
        selected.item = item;
        list.notifyListeners(SWT.Selection, selected);
        settle();
    }

    /** A control and everything inside it. */
    static java.util.stream.Stream<Control> descendants(Control c) {
        java.util.stream.Stream<Control> self = java.util.stream.Stream.of(c);
        if (c instanceof Composite composite) {
            return java.util.stream.Stream.concat(self, Arrays.stream(composite.getChildren()).flatMap(WorkbenchSmokeTest::descendants));
        }
        return self;
    }

    static <T extends Control> T find(Composite root, Class<T> type, String id) {
        T found = search(root, type, id);
        assertNotNull(found, "no " + type.getSimpleName() + " '" + id + "' in the window");
        return found;
    }

    private static <T extends Control> T search(Composite root, Class<T> type, String id) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && id.equals(child.getData("org.appraise.test.id")) && child.isVisible()) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = search(composite, type, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A picture of a dialog inside its own event loop: painted first, the file's failure thrown unchecked. */
    static void picture(Shell dialog, String name) {
        while (dialog.getDisplay().readAndDispatch()) {
            // paint what the test just changed before the picture
        }
        try {
            screenshot(dialog, name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void screenshot(Shell shell, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(SHOTS.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
