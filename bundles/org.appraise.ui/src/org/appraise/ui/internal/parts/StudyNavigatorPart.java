package org.appraise.ui.internal.parts;

import org.appraise.model.Review;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The studies of the open review, with their reports, extractions, arms, outcomes and results. */
public final class StudyNavigatorPart {

    private final ESelectionService selection;
    private final ReviewChanges changes;
    private final org.eclipse.swt.custom.StackLayout layers = new org.eclipse.swt.custom.StackLayout();
    private TreeViewer viewer;
    /** Set while the tree shows the study of a choice made elsewhere, which must not be chosen again from here. */
    private boolean revealing;
    private org.eclipse.swt.widgets.Label hint;
    private ModelLabels labels;

    /** The part in the application model: its persisted state keeps the last study selected, for the next start. */
    private final org.eclipse.e4.ui.model.application.ui.basic.MPart self;

    @Inject
    public StudyNavigatorPart(ESelectionService selection, UISynchronize ui, org.eclipse.e4.ui.model.application.ui.basic.MPart self) {
        this.selection = selection;
        this.self = self;
        this.changes = new ReviewChanges(ui, this::refresh).whenOpened(this::show).whenSelected(this::reveal);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context, @Optional org.eclipse.e4.ui.model.application.MApplication application,
            @Optional org.eclipse.e4.ui.workbench.modeling.EModelService models, @Optional org.eclipse.ui.IWorkbench workbench) {
        org.appraise.ui.internal.HostedCheck.afterCreate(parent.getDisplay(), application, models, workbench);
        org.eclipse.swt.widgets.Composite stack = new org.eclipse.swt.widgets.Composite(parent, SWT.NONE);
        stack.setLayout(layers);
        viewer = new TreeViewer(stack, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        hint = new org.eclipse.swt.widgets.Label(stack, SWT.WRAP);
        hint.setData("org.appraise.test.id", "studies-empty");
        viewer.getTree().setData("org.appraise.test.id", "studies");
        viewer.setContentProvider(new ReviewContent());

        viewer.addSelectionChangedListener(event -> {
            if (revealing) {
                return; // showing the study of something chosen elsewhere: that choice stands
            }
            IStructuredSelection selected = viewer.getStructuredSelection();
            selection.setSelection(selected.size() == 1 ? selected.getFirstElement() : selected.toArray());
            if (selected.getFirstElement() instanceof org.appraise.model.Study study && study.getId() != null) {
                self.getPersistedState().put("study", study.getId());
            }
        });
        changes.follow(context, parent);
        showEmpty();
    }

    /**
     * Shows which study something chosen in another part belongs to (a problem, a proposal, a record's study): the tree
     * selects that study without choosing it again, so what the other part chose stays chosen for the views.
     */
    private boolean reveal(Object chosen) {
        java.util.Optional<org.appraise.model.Study> study = changes.studyOf(chosen);
        java.util.List<?> current = viewer == null || viewer.getControl().isDisposed() ? null : viewer.getStructuredSelection().toList();
        if (study.isEmpty() || current == null || current.contains(chosen) || current.contains(study.get())) {
            return false;
        }
        revealing = true;
        try {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(study.get()), true);
        } finally {
            revealing = false;
        }
        return false;
    }

    /** An empty list says how to fill it, rather than look like one that failed to load. */
    private void showEmpty() {
        boolean empty = viewer.getTree().getItemCount() == 0;
        hint.setText(changes.review() == null ? "No review open: File > Open Review... (Ctrl+O), or File > New Review... (Ctrl+N)."
                : "No studies yet. File > New Study from Paper... adds one from its PDF or text file.");
        layers.topControl = empty ? hint : viewer.getControl();
        hint.getParent().layout();
    }

    private void show(ReviewSession opened) {
        if (opened == null) {
            labels = null;
            viewer.setInput(null);
            showEmpty();
            return;
        }
        labels = new ModelLabels(opened.adapters(), viewer.getControl());
        viewer.setLabelProvider(labels);
        viewer.setInput(opened.folder().review());
        showEmpty();
        String last = self.getPersistedState().get("study");
        // where the reviewer left off; later, once every part follows the review just opened
        opened.folder().review().getStudies().stream().filter(s -> s.getId() != null && s.getId().equals(last)).findFirst()
                .ifPresent(s -> viewer.getControl().getDisplay().asyncExec(() -> {
                    if (changes.review() == opened && !viewer.getControl().isDisposed() && viewer.getStructuredSelection().isEmpty()) {
                        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(s), true);
                    }
                }));
    }

    /** Studies at the top; below them whatever EMF.Edit's item providers list as children. */
    private final class ReviewContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Review review ? review.getStudies().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return labels == null ? new Object[0] : labels.items().getChildren(parent).toArray();
        }

        @Override
        public Object getParent(Object element) {
            return labels == null ? null : labels.items().getParent(element);
        }

        @Override
        public boolean hasChildren(Object element) {
            return labels != null && !labels.items().getChildren(element).isEmpty();
        }
    }

    private void refresh() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
            showEmpty();
            // a study just added (File > New Study from Paper...) is selected, so its paper opens at once
            ReviewSession review = changes.review();
            org.eclipse.emf.common.command.Command last = review == null ? null : review.domain().getCommandStack().getMostRecentCommand();
            if (last != null && last == review.domain().getCommandStack().getUndoCommand()) {
                last.getAffectedObjects().stream().filter(org.appraise.model.Study.class::isInstance)
                        .filter(s -> ((org.appraise.model.Study) s).eContainer() != null).findFirst()
                        .filter(s -> !viewer.getStructuredSelection().toList().contains(s) && justAdded(s))
                        .ifPresent(s -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(s), true));
            }
        }
    }

    /** Whether the last command added this study (not just changed it). */
    private boolean justAdded(Object study) {
        return changes.review().domain().getCommandStack().getMostRecentCommand() instanceof org.eclipse.emf.edit.command.AddCommand add
                && add.getCollection().contains(study);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }
}
