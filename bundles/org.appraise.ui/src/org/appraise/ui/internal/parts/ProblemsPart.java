package org.appraise.ui.internal.parts;

import org.appraise.session.ReviewProblem;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * What is wrong with the open review, kept current as it is edited: files that did not load, numbers that
 * cannot be (events above the total, an interval that misses its estimate, an arm's n that differs between
 * places), quotes that no longer match their paper. Choosing a problem selects the object it names.
 */
public final class ProblemsPart {

    private final ESelectionService selection;
    private final ReviewChanges changes;
    private TableViewer table;

    @Inject
    public ProblemsPart(ESelectionService selection, UISynchronize ui) {
        this.selection = selection;
        this.changes = new ReviewChanges(ui, this::show);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        Composite area = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        area.setLayout(columns);
        table = new TableViewer(area, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setData("org.appraise.test.id", "problems");
        table.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn kind = new TableViewerColumn(table, SWT.LEFT);
        kind.getColumn().setText("");
        kind.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ReviewProblem) element).error() ? "error" : "warning";
            }
        });
        columns.setColumnData(kind.getColumn(), new ColumnWeightData(8, 60));
        TableViewerColumn message = new TableViewerColumn(table, SWT.LEFT);
        message.getColumn().setText("Problem");
        message.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ReviewProblem) element).message();
            }
        });
        columns.setColumnData(message.getColumn(), new ColumnWeightData(92, 200));
        table.addSelectionChangedListener(e -> {
            ReviewProblem problem = (ReviewProblem) table.getStructuredSelection().getFirstElement();
            if (problem != null && problem.subject() != null) {
                selection.setSelection(problem.subject());
            }
        });
        changes.follow(context, parent);
    }

    private void show() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        table.setInput(changes.review() == null ? new Object[0] : ReviewProblem.of(changes.review()).toArray());
    }

    public TableViewer table() {
        return table;
    }

    @Focus
    public void focus() {
        table.getControl().setFocus();
    }
}
