package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks which field a selected span goes to and confirms the number read from it. Keyboard first: type to
 * filter, arrows to choose, Enter to accept; the last field used is chosen when it opens.
 */
final class AssignDialog extends Dialog {

    private final String quote;
    private final List<ValueTarget> targets;
    private final int initial;
    private org.eclipse.swt.widgets.List list;
    private Text filter;
    private Text number;
    private Label problem;
    private List<ValueTarget> shown;
    private ValueTarget chosen;
    private BigDecimal value;

    AssignDialog(Shell parent, String quote, List<ValueTarget> targets, int initial) {
        super(parent);
        this.quote = quote;
        this.targets = targets;
        this.initial = initial;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Assign selection");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label q = new Label(area, SWT.WRAP);
        q.setText("\u201c" + quote.replace('\n', ' ') + "\u201d");
        GridDataFactory.fillDefaults().span(2, 1).hint(640, SWT.DEFAULT).applyTo(q);
        new Label(area, SWT.NONE).setText("Field:");
        filter = new Text(area, SWT.BORDER | SWT.SEARCH);
        filter.setMessage("type to filter");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 260).applyTo(list);
        new Label(area, SWT.NONE).setText("Number:");
        number = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(number);
        problem = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        filter.addModifyListener(e -> fill());
        list.addListener(SWT.Selection, e -> propose());
        number.addModifyListener(e -> check());
        fill();
        if (initial >= 0 && initial < targets.size()) {
            list.setSelection(shown.indexOf(targets.get(initial)));
        } else if (!shown.isEmpty()) {
            list.setSelection(0);
        }
        propose();
        filter.setFocus();
        return area;
    }

    private void fill() {
        String needle = filter.getText().toLowerCase();
        shown = targets.stream().filter(t -> t.label().toLowerCase().contains(needle)).toList();
        list.setItems(shown.stream().map(ValueTarget::label).toArray(String[]::new));
        if (!shown.isEmpty()) {
            list.setSelection(0);
        }
        propose();
    }

    private void propose() {
        ValueTarget target = selected();
        number.setEnabled(target != null && target.numeric());
        BigDecimal proposal = target == null ? null : target.proposal(quote);
        number.setText(proposal == null ? "" : proposal.toPlainString());
        check();
    }

    private void check() {
        ValueTarget target = selected();
        String message = "";
        if (target == null) {
            message = "Choose a field.";
        } else if (target.numeric() && !number.getText().isBlank()) {
            try {
                new BigDecimal(number.getText().trim());
            } catch (NumberFormatException e) {
                message = "'" + number.getText() + "' is not a number (use a point for decimals).";
            }
        }
        problem.setText(message);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(message.isEmpty());
        }
    }

    private ValueTarget selected() {
        int i = list == null ? -1 : list.getSelectionIndex();
        return i < 0 || shown == null || i >= shown.size() ? null : shown.get(i);
    }

    @Override
    protected void okPressed() {
        chosen = selected();
        value = chosen != null && chosen.numeric() && !number.getText().isBlank() ? new BigDecimal(number.getText().trim()) : null;
        super.okPressed();
    }

    ValueTarget chosen() {
        return chosen;
    }

    BigDecimal value() {
        return value;
    }
}
