package org.appraise.ui.internal.parts;

import java.util.List;
import java.util.Locale;

import org.appraise.session.ReviewSession;
import org.appraise.core.screening.PrismaCounts;
import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.PrismaDiagram;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The PRISMA 2020 flow diagram of the open review, drawn live from the same counts and marks as
 * {@code appraise prisma} and the exported files: it follows every decision, duplicate and inclusion as it is
 * made (and undone). Below it, the statement's invariants that do not hold, each naming its records.
 * Export writes SVG, PNG at 600 dpi or PDF, whole or not at all.
 */
public final class PrismaPart {

    private final ReviewChanges changes;
    private final FigureFont font = new FigureFont();
    private DrawingCanvas diagram;
    private Label caption;
    private Table findings;
    private Drawing drawing;

    @Inject
    public PrismaPart(UISynchronize ui) {
        this.changes = new ReviewChanges(ui, this::show);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        Composite bar = BarControls.column(parent, changes);
        BarControls.button(bar, "Sources\u2026", this::sources);
        BarControls.button(bar, "Export diagram\u2026", this::export);
        caption = BarControls.heading(parent, "prisma-caption");
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        diagram = new DrawingCanvas(sash);
        diagram.control().setData("org.appraise.test.id", "prisma-diagram");
        findings = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        findings.setHeaderVisible(true);
        findings.setData("org.appraise.test.id", "prisma-findings");
        for (String[] column : new String[][] { { "", "60" }, { "Check", "520" }, { "Records", "300" } }) {
            TableColumn c = new TableColumn(findings, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        sash.setWeights(80, 20);
        changes.follow(context, parent);
    }

    @Focus
    public void focus() {
        diagram.control().setFocus();
    }


    private void show() {
        ReviewSession review = changes.review();
        if (diagram == null || diagram.control().isDisposed()) {
            return;
        }
        findings.removeAll();
        if (review == null) {
            BarControls.say(caption, "No review open (File > Open Review...)");
            drawing = null;
            diagram.show(null);
            return;
        }
        PrismaCounts counts = PrismaCounts.of(review.folder().review());
        drawing = new PrismaDiagram(font).draw(counts);
        diagram.show(drawing);
        diagram.control().setData("org.appraise.drawing", drawing);
        long errors = counts.findings().stream().filter(PrismaCounts.Finding::error).count();
        BarControls.say(caption, String.format(Locale.ROOT, "Counted from the records: %d identified, %d duplicates removed, %d screened, %d studies included. %s",
                counts.identifiedFromDatabases() + counts.identifiedFromRegisters() + counts.otherIdentified(), counts.duplicates(), counts.screened(),
                counts.studiesIncluded(), counts.findings().isEmpty() ? "Every PRISMA 2020 invariant holds."
                        : errors + " invariant(s) violated, " + (counts.findings().size() - errors) + " gap(s): see below."));
        // the whole height for the diagram while every invariant holds
        ((SashForm) findings.getParent()).setMaximizedControl(counts.findings().isEmpty() ? diagram.control() : null);
        for (PrismaCounts.Finding finding : counts.findings()) {
            TableItem item = new TableItem(findings, SWT.NONE);
            List<String> named = finding.references();
            item.setText(new String[] { finding.error() ? "error" : "note", finding.message(),
                    String.join(", ", named.subList(0, Math.min(20, named.size()))) + (named.size() > 20 ? " and " + (named.size() - 20) + " more" : "") });
        }
        caption.getParent().layout();
    }

    /** Names the source of the review's imports: one command for all the names changed (one undo takes them back). */
    private void sources() {
        ReviewSession review = changes.review();
        if (review == null) {
            return;
        }
        SourcesDialog dialog = new SourcesDialog(findings.getShell(), org.appraise.core.screening.SearchSources.of(review.folder().review()));
        if (dialog.open() != org.eclipse.jface.window.Window.OK) {
            return;
        }
        org.appraise.core.screening.ImportEdits edits = new org.appraise.core.screening.ImportEdits(review.domain(), review.folder().review());
        org.eclipse.emf.common.command.CompoundCommand all = new org.eclipse.emf.common.command.CompoundCommand("Sources of the search");
        dialog.named().forEach((batch, name) -> {
            org.eclipse.emf.common.command.Command one = edits.source(batch, name);
            if (one != org.eclipse.emf.common.command.IdentityCommand.INSTANCE) {
                all.append(one);
            }
        });
        if (!all.isEmpty()) {
            review.domain().getCommandStack().execute(all.getCommandList().size() == 1 ? all.getCommandList().get(0) : all);
        }
    }

    private void export() {
        if (drawing != null) {
            Drawing shown = drawing;
            FigureExport.ask(findings.getShell(), "prisma-2020", () -> shown, font);
        }
    }
}
