package org.appraise.ui.internal.parts;

import java.util.List;
import java.util.function.Supplier;

import org.appraise.core.Removal;
import org.appraise.core.ReviewIds;
import org.appraise.model.Identified;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * A list of objects of the review (outcomes, criteria, exclusion reasons, reviewers) or of an extraction
 * (PICO elements, study details, arms) with Add, Edit and Remove. The form is made from the class's own attributes (text, choices for enumerations, check boxes
 * for yes/no), and every change is one command on the review's command stack.
 */
final class ObjectListEditor {

    private final Supplier<ReviewSession> review;
    private final EReference list;
    private final List<EAttribute> columns;
    private final TableViewer table;
    private EObject owner;

    ObjectListEditor(Composite parent, Supplier<ReviewSession> review, EReference list, List<EAttribute> columns, String idPrefix) {
        this.review = review;
        this.list = list;
        this.columns = columns;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Composite tableArea = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        table = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setData("org.appraise.test.id", list.getName());
        table.setContentProvider(ArrayContentProvider.getInstance());
        for (EAttribute attribute : columns) {
            TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
            column.getColumn().setText(words(attribute.getName()));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return show(((EObject) element).eGet(attribute));
                }
            });
            layout.setColumnData(column.getColumn(), new ColumnWeightData(attribute.getEAttributeType() instanceof EEnum
                    || attribute.getEAttributeType().getInstanceClass() == boolean.class ? 8 : 20, 60));
        }
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "Add\u2026", () -> {
            if (owner != null) {
                add(idPrefix);
            }
        });
        button(buttons, "Edit\u2026", this::edit);
        button(buttons, "Remove", this::remove);
        table.addDoubleClickListener(e -> edit());
        area.setData("org.appraise.test.id", list.getName() + "-editor");
    }

    /** Shows the list of an owner (the review, or an extraction); Add puts new objects there. */
    void show(EObject owner) {
        this.owner = owner;
        table.setInput(owner == null ? new Object[0] : ((List<?>) owner.eGet(list)).toArray());
    }

    private void button(Composite bar, String text, Runnable action) {
        BarControls.button(bar, text, list.getName() + ":" + text, () -> {
            if (review.get() != null) {
                action.run();
            }
        });
    }

    private void add(String idPrefix) {
        EObject created = org.eclipse.emf.ecore.util.EcoreUtil.create(list.getEReferenceType());
        FieldsDialog form = form("Add " + words(list.getEReferenceType().getName()).toLowerCase(), created);
        if (form.open() == Window.OK) {
            ReviewSession open = review.get();
            new AttributeForm(columns).fill(created, form);
            if (created instanceof Identified identified) {
                String base = columns.isEmpty() ? idPrefix : show(created.eGet(columns.get(0)));
                String prefix = owner instanceof org.appraise.model.Review || !(owner instanceof Identified o) ? idPrefix : o.getId() + "-" + idPrefix;
                // a member's id names their files and is what the command line's --as takes: their name alone (ana-souza)
                identified.setId(ReviewIds.of(open.folder().review()).next(created instanceof org.appraise.model.Reviewer ? base : prefix + "-" + base));
            }
            open.domain().getCommandStack().execute(AddCommand.create(open.domain(), owner, list, created));
        }
    }

    private void edit() {
        EObject selected = (EObject) table.getStructuredSelection().getFirstElement();
        if (selected == null) {
            return;
        }
        FieldsDialog form = form("Edit " + words(selected.eClass().getName()).toLowerCase(), selected);
        if (form.open() == Window.OK) {
            ReviewSession open = review.get();
            open.domain().getCommandStack().execute(new AttributeForm(columns).apply(open.domain(), selected, form));
        }
    }

    private void remove() {
        EObject selected = (EObject) table.getStructuredSelection().getFirstElement();
        if (selected != null) {
            ReviewSession open = review.get();
            Removal removal = Removal.of(open.domain(), selected);
            if (removal.allowed()) {
                open.domain().getCommandStack().execute(removal.command());
            } else {
                org.eclipse.jface.dialogs.MessageDialog.openInformation(table.getControl().getShell(), "Appraise",
                        show(selected.eGet(columns.get(0))) + " is still referred to by " + removal.uses()
                                + ", so it stays: removing it would leave that work pointing at nothing.");
            }
        }
    }

    private FieldsDialog form(String title, EObject object) {
        EAttribute first = columns.get(0);
        return new AttributeForm(columns).dialog(table.getControl().getShell(), title, object)
                .validate(d -> d.get(first.getName()).isBlank() ? words(first.getName()) + " is needed." : "");
    }

    private static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator e) {
            return e.getLiteral().toLowerCase().replace('_', ' ');
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "";
        }
        return value.toString();
    }

    /** "riskOfBiasTools" reads "Risk of bias tools". */
    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
