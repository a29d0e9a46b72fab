package org.appraise.ui.internal.parts;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.appraise.core.ReportText;
import org.appraise.core.assistant.ExtractionAssistant;
import org.appraise.core.assistant.Proposal;
import org.appraise.core.assistant.ProposalAcceptance;
import org.appraise.model.Report;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The extraction assistant's proposals for the selected study's paper, beside the paper, grouped by outcome. Choosing
 * one shows its words in the paper. From the keyboard: A or Enter accepts the chosen proposals (on an outcome, all of
 * its new ones) into the extraction of the reviewer named in "Accept as", as one command (Ctrl+Z takes it back); E
 * accepts with numbers corrected; R or Delete rejects (again: takes the rejection back); N goes to the next new one.
 * Nothing is recorded without a reviewer's key; a number already recorded differently is shown as a conflict and
 * never overwritten.
 */
public final class ProposalsPart {

    private final ESelectionService selection;
    private final UISynchronize ui;
    private final ReviewChanges changes;
    private final Set<Proposal> rejected = new HashSet<>();
    /** The Studies view's choice, followed whichever part is active (this view may open after a study was chosen). */
    private final org.eclipse.e4.ui.workbench.modeling.ISelectionListener studies = (part, chosen) -> selected(chosen);
    private Label heading;
    private Label status;
    /** What the keys do: said under the list until an acceptance says what it recorded, and again for the next paper. */
    private static final String KEYS = "A or Enter accept \u00b7 E accept with corrections \u00b7 R or Delete reject \u00b7 N next new one";
    private Combo acceptAs;
    private TreeViewer tree;
    private Report report;
    private ReportText text;
    private ExtractionAssistant.PaperResults read;

    @Inject
    public ProposalsPart(ESelectionService selection, UISynchronize ui) {
        this.selection = selection;
        this.ui = ui;
        this.changes = new ReviewChanges(ui, this::refresh).whenOpened(this::opened).whenSelected(this::selected);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        heading = new Label(bar, SWT.WRAP); // a reason why nothing is proposed takes two lines
        heading.setData("org.appraise.test.id", "proposals-heading");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        new Label(bar, SWT.NONE).setText("Accept as");
        acceptAs = new Combo(bar, SWT.READ_ONLY);
        acceptAs.setData("org.appraise.test.id", "proposals-accept-as");
        acceptAs.addListener(SWT.Selection, e -> refresh());
        tree = ProposalTree.create(parent, this::readResults);
        tree.getControl().setData("org.appraise.test.id", "proposals");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl().getParent());
        status = new Label(parent, SWT.WRAP);
        status.setData("org.appraise.test.id", "proposals-status");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        status.setText(KEYS);
        tree.addSelectionChangedListener(e -> {
            Object chosen = tree.getStructuredSelection().getFirstElement();
            if (chosen instanceof ProposalRows.Row row) {
                selection.setSelection(row.proposal());
            }
        });
        tree.getControl().addListener(SWT.KeyDown, e -> {
            if (e.character == 'a' || e.character == 'A' || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                accept(Map.of());
            } else if (e.character == 'r' || e.character == 'R' || e.keyCode == SWT.DEL) {
                reject();
            } else if (e.character == 'e' || e.character == 'E') {
                edit();
            } else if (e.character == 'n' || e.character == 'N') {
                next();
            } else {
                return;
            }
            e.doit = false;
        });
        changes.deferWhileHidden(parent);
        selection.addSelectionListener(org.appraise.ui.internal.ReviewPerspective.STUDIES, studies);
        changes.follow(context, parent);
    }

    /** A review opened: the study chosen in the Studies view, if any, is read. */
    private void opened(ReviewSession opened) {
        changes.choose(changes.studyOf(selection.getSelection(org.appraise.ui.internal.ReviewPerspective.STUDIES)).orElse(null));
        show();
    }

    /** Another study chosen (in any part): its paper is read, and no further refresh is needed. */
    private boolean selected(Object chosen) {
        Study found = changes.studyOf(chosen).orElse(null);
        if (found != null && found != changes.study()) {
            changes.choose(found);
            show();
        }
        return false;
    }

    private ExtractionAssistant.PaperResults readResults() {
        return read;
    }

    /** Reads the study's paper again (a new study, a new review) and lists what it proposes. */
    private void show() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        rejected.clear();
        read = null;
        status.setText(KEYS); // what was recorded into the study before is not this one's
        Study study = changes.study();
        report = study == null || study.getReports().isEmpty() ? null : study.getReports().get(0);
        reviewers();
        if (report == null) {
            BarControls.say(heading, study == null ? "Select a study: the assistant reads its paper" : study.getId() + " has no paper to read");
            tree.setInput(List.of());
            return;
        }
        try {
            text = changes.review().folder().readReport(report);
        } catch (IOException | IllegalArgumentException e) {
            BarControls.say(heading, "Cannot read " + report.getFile() + ": " + e.getMessage());
            tree.setInput(List.of());
            return;
        }
        BarControls.say(heading, study.getId() + ": reading " + report.getFile() + "\u2026");
        tree.setInput(List.of());
        Study reading = study;
        ReportText paper = text;
        // off the UI thread: the first read in a fresh JVM takes about half a second (a review reopened on its last study)
        java.util.concurrent.CompletableFuture.supplyAsync(() -> ExtractionAssistant.read(paper)).thenAccept(results -> ui.asyncExec(() -> {
            if (reading == changes.study() && paper == text && !tree.getControl().isDisposed()) {
                read = results;
                refresh();
                tree.expandAll();
            }
        }));
    }

    /** The states again, after an edit anywhere (an accepted proposal is recorded; an undo makes it new again). */
    private void refresh() {
        Study study = changes.study();
        if (tree == null || tree.getControl().isDisposed() || read == null) {
            return;
        }
        ReviewSession review = changes.review();
        Optional<Reviewer> who = reviewer();
        ProposalAcceptance.Accepted check = who.map(r -> new ProposalAcceptance(review.domain(), review.folder().review(), study, report, text, r)
                .accept(read.arms(), read.proposals())).orElse(null);
        List<ProposalRows.Group> groups = ProposalRows.of(read, check, rejected);
        long open = groups.stream().flatMap(g -> g.rows().stream()).filter(r -> r.state() == ProposalRows.State.NEW).count();
        BarControls.say(heading, study.getId() + ": " + read.proposals().size() + " result(s) read in " + report.getFile()
                + read.whyNone().map(why -> ": " + why).orElse(", " + open + " new" + (who.isEmpty() ? "; choose who accepts them in Accept as" : "")));
        Object[] expanded = tree.getExpandedElements();
        IStructuredSelection chosen = tree.getStructuredSelection();
        tree.setInput(groups);
        tree.setExpandedElements(ProposalTree.same(groups, expanded));
        tree.setSelection(ProposalTree.sameRows(groups, chosen), true);
        heading.getParent().layout(true, true);
    }

    private void reviewers() {
        ReviewSession review = changes.review();
        String before = acceptAs.getText();
        acceptAs.removeAll();
        if (review == null) {
            return;
        }
        review.folder().review().getReviewers().forEach(r -> acceptAs.add(r.getId()));
        String me = review.me().map(Reviewer::getId).orElse(review.folder().review().getReviewers().size() == 1
                ? review.folder().review().getReviewers().get(0).getId() : before);
        int index = acceptAs.indexOf(me == null ? "" : me);
        if (index >= 0) {
            acceptAs.select(index);
        }
    }

    private Optional<Reviewer> reviewer() {
        ReviewSession review = changes.review();
        return review == null ? Optional.empty()
                : review.folder().review().getReviewers().stream().filter(r -> r.getId().equals(acceptAs.getText())).findFirst();
    }

    /** Records the chosen proposals (the new ones of a chosen outcome), numbers corrected where given, as one command. */
    public void accept(Map<Proposal, Map<String, BigDecimal>> corrections) {
        Study study = changes.study();
        ReviewSession review = changes.review();
        List<Proposal> chosen = ProposalTree.chosen(tree, ProposalRows.State.NEW, ProposalRows.State.CONFLICT);
        Optional<Reviewer> who = reviewer();
        if (chosen.isEmpty() || who.isEmpty()) {
            status.setText(who.isEmpty() ? "Choose who accepts in Accept as first." : "Nothing new to accept here.");
            return;
        }
        ProposalAcceptance.Accepted accepted = new ProposalAcceptance(review.domain(), review.folder().review(), study, report, text, who.get())
                .accept(read.arms(), chosen, corrections);
        if (accepted.command() != null) {
            review.domain().getCommandStack().execute(accepted.command());
            // the paper now highlights the extraction the values went into
            study.getExtractions().stream().filter(e -> e.getReviewer() == who.get() && !e.isConsensus()).findFirst().ifPresent(selection::setSelection);
        }
        status.setText("Recorded " + accepted.values() + " value(s) into " + who.get().getId() + "'s extraction (Ctrl+Z takes it back)"
                + (accepted.conflicts().isEmpty() ? "." : "; kept as recorded: " + String.join("; ", accepted.conflicts())));
        status.getParent().layout(true, true);
        refresh();
        next();
    }

    private void reject() {
        for (Proposal p : ProposalTree.chosen(tree, ProposalRows.State.values())) {
            if (!rejected.remove(p)) {
                rejected.add(p);
            }
        }
        refresh();
        next();
    }

    private void edit() {
        List<Proposal> chosen = ProposalTree.chosen(tree, ProposalRows.State.NEW, ProposalRows.State.CONFLICT);
        if (chosen.size() != 1) {
            status.setText("Choose one proposal to correct.");
            return;
        }
        Proposal p = chosen.get(0);
        ProposalCorrection.ask(tree.getControl().getShell(), p).ifPresent(numbers -> {
            Map<Proposal, Map<String, BigDecimal>> corrections = new HashMap<>();
            corrections.put(p, numbers);
            accept(corrections);
        });
    }

    /** Moves to the next proposal that is new, after the chosen one. */
    public void next() {
        ProposalTree.next(tree, ProposalRows.State.NEW);
    }

    public TreeViewer tree() {
        return tree;
    }

    @Focus
    public void focus() {
        tree.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        selection.removeSelectionListener(org.appraise.ui.internal.ReviewPerspective.STUDIES, studies);
    }
}
