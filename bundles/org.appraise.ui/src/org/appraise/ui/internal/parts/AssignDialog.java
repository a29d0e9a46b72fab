package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.appraise.core.ResultParts;
import org.appraise.core.ResultParts.Part;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Asks where a selected span goes and shows every part of the result it will fill (median, limits and level;
 * ratio, interval and p), each of which the reviewer may untick. Keyboard first: type words in any order to
 * filter, Up/Down move the list from the filter, Enter accepts. It opens on the next empty field the
 * selection has a number for. When what the span belongs to does not exist yet, the entries at the end
 * create it (an arm, a result row, an outcome, a PICO element, a study detail) and come back here.
 */
final class AssignDialog extends Dialog {

    /** What the reviewer can create from here when the field list lacks it. */
    enum Create {
        ARM("+ New arm from this selection\u2026"), ROW("+ New result row\u2026"), OUTCOME("+ New outcome of the review\u2026"),
        PICO("+ New PICO element from this selection\u2026"), DETAIL("+ New study detail from this selection\u2026");

        final String label;

        Create(String label) {
            this.label = label;
        }
    }

    private final String quote;
    private final List<ValueTarget> targets;
    private final int last;
    private org.eclipse.swt.widgets.List list;
    private Text filter;
    private Table parts;
    private Label notes;
    private Text number;
    private Label numberLabel;
    private Button keep;
    private Label problem;
    private final List<Object> shown = new ArrayList<>();
    private ResultParts.Filling filling;
    private ValueTarget chosen;
    private Create create;
    private List<Part> accepted = List.of();
    private boolean keepQuotes;

    AssignDialog(Shell parent, String quote, List<ValueTarget> targets, int last) {
        super(parent);
        this.quote = quote;
        this.targets = targets;
        this.last = last;
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
        q.setText("\u201c" + quote.replace('\n', ' ').replace('\t', ' ') + "\u201d");
        GridDataFactory.fillDefaults().span(2, 1).hint(720, SWT.DEFAULT).applyTo(q);
        new Label(area, SWT.NONE).setText("Field:");
        filter = new Text(area, SWT.BORDER | SWT.SEARCH);
        filter.setMessage("words in any order: orr rp events");
        filter.setData("org.appraise.test.id", "filter");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setData("org.appraise.test.id", "fields");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(720, 240).applyTo(list);
        Label will = new Label(area, SWT.NONE);
        will.setText("Will fill:");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(will);
        parts = new Table(area, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
        parts.setData("org.appraise.test.id", "parts");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(720, 110).applyTo(parts);
        notes = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(720, SWT.DEFAULT).applyTo(notes);
        numberLabel = new Label(area, SWT.NONE);
        numberLabel.setText("&Number:"); // Alt+N: from the filter to the number, to type one the selection does not read
        number = new Text(area, SWT.BORDER);
        number.setData("org.appraise.test.id", "number");
        number.setToolTipText("The number for the field chosen; typed by hand, it replaces what was read");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(number);
        keep = new Button(area, SWT.CHECK);
        keep.setText("Add to the value's quotes (keep the ones it has)");
        keep.setData("org.appraise.test.id", "keep");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(keep);
        problem = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        filter.addModifyListener(e -> fill(0));
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
                int i = Math.max(0, Math.min(shown.size() - 1, list.getSelectionIndex() + (e.keyCode == SWT.ARROW_DOWN ? 1 : -1)));
                list.setSelection(i);
                list.showSelection();
                propose();
                e.doit = false;
            }
        });
        list.addListener(SWT.Selection, e -> propose());
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        number.addModifyListener(e -> check());
        fill(initial());
        filter.setFocus();
        return area;
    }

    /**
     * The next empty field, after the one used last, that the selection has a number for; else, when the selection
     * holds a number read as such that no field takes, the entry that makes a new result row (-2); else, when it
     * holds digits that read no single way ("3.87 vs. 2.43 months"), the next empty number field, for the reviewer
     * to type the one meant; else the last used.
     */
    private int initial() {
        int n = targets.size();
        int from = last < 0 ? -1 : last;
        for (int step = 1; step <= n; step++) {
            ValueTarget t = targets.get((from + step) % n);
            if (t.empty() && t.proposal(quote) != null) {
                return targets.indexOf(t);
            }
        }
        if (!org.appraise.core.NumberReader.read(quote).isEmpty()) {
            return -2;
        }
        if (quote.chars().anyMatch(Character::isDigit)) {
            for (int step = 1; step <= n; step++) {
                ValueTarget t = targets.get((from + step) % n);
                if (t.empty() && t.owner() instanceof org.appraise.model.Result) {
                    return targets.indexOf(t);
                }
            }
            return -2;
        }
        return last >= 0 && last < n ? last : 0;
    }

    private void fill(int preferred) {
        shown.clear();
        String typed = filter.getText();
        targets.stream().filter(t -> t.matches(typed)).forEach(shown::add);
        for (Create c : Create.values()) {
            if (ValueTarget.matches(c.label, typed)) {
                shown.add(c);
            }
        }
        list.setItems(shown.stream().map(o -> o instanceof ValueTarget t ? t.label() : ((Create) o).label).toArray(String[]::new));
        int at = preferred >= 0 && preferred < targets.size() ? shown.indexOf(targets.get(preferred))
                : preferred == -2 ? shown.indexOf(Create.ROW) : -1;
        if (!shown.isEmpty()) {
            list.setSelection(Math.max(at, 0));
            list.showSelection();
        }
        propose();
    }

    private void propose() {
        parts.removeAll();
        Object selected = selected();
        ValueTarget target = selected instanceof ValueTarget t ? t : null;
        filling = target == null ? new ResultParts.Filling(List.of(), List.of()) : target.filling(quote);
        for (Part part : filling.parts()) {
            TableItem item = new TableItem(parts, SWT.NONE);
            item.setText(part.describe() + (part.derived() ? "  (derived: " + part.derivation() + ")" : ""));
            item.setChecked(true);
            item.setData(part);
        }
        if (target != null && !target.numeric()) {
            new TableItem(parts, SWT.NONE).setText("the quote supports " + target.label());
            parts.getItem(0).setChecked(true);
        }
        List<String> lines = new ArrayList<>(filling.notes());
        if (selected instanceof Create) {
            lines.add("Creates it first, then comes back here with the same selection.");
        } else if (target != null && target.numeric() && filling.parts().isEmpty()) {
            lines.add("No number in the selection fits " + ValueTarget.part(target.field()) + "; type it below, or select the number itself.");
        }
        notes.setText(String.join("\n", lines));
        numberLabel.setText(target != null && target.numeric() ? "&Number (" + ValueTarget.part(target.field()) + "):" : "&Number:");
        number.setEnabled(target != null && target.numeric());
        Part own = own(target);
        number.setText(own == null ? "" : own.number().toPlainString());
        keep.setEnabled(target != null);
        numberLabel.getParent().layout(true, true);
        check();
    }

    private Part own(ValueTarget target) {
        if (target == null || filling == null) {
            return null;
        }
        return filling.parts().stream().filter(p -> p.feature() == target.field()).findFirst().orElse(null);
    }

    private void check() {
        Object selected = selected();
        String message = "";
        if (selected == null) {
            message = "Choose a field, or one of the + entries to create it.";
        } else if (selected instanceof ValueTarget t && t.numeric() && !number.getText().isBlank()) {
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

    private Object selected() {
        int i = list == null ? -1 : list.getSelectionIndex();
        return i < 0 || i >= shown.size() ? null : shown.get(i);
    }

    @Override
    protected void okPressed() {
        if (!problem.getText().isEmpty()) {
            return;
        }
        Object selected = selected();
        if (selected instanceof Create c) {
            create = c;
        } else if (selected instanceof ValueTarget target) {
            chosen = target;
            accepted = accepted(target);
            keepQuotes = keep.getSelection();
        }
        super.okPressed();
    }

    /** The ticked parts, the chosen field's own number replaced by what is typed (typed by hand: not derived). */
    private List<Part> accepted(ValueTarget target) {
        List<Part> ticked = new ArrayList<>();
        for (TableItem item : parts.getItems()) {
            if (item.getChecked() && item.getData() instanceof Part part && part.feature() != target.field()) {
                ticked.add(part);
            }
        }
        if (target.numeric() && !number.getText().isBlank()) {
            Part own = own(target);
            BigDecimal typed = new BigDecimal(number.getText().trim());
            boolean ownTicked = own == null || java.util.Arrays.stream(parts.getItems()).anyMatch(i -> i.getData() == own && i.getChecked());
            if (ownTicked) {
                ticked.add(0, own != null && own.number().compareTo(typed) == 0 ? own : new Part(target.field(), typed, null, own == null ? null : own.unit()));
            }
        }
        return ticked;
    }

    /** The field chosen, or null when a + entry was chosen or the dialog cancelled. */
    ValueTarget chosen() {
        return chosen;
    }

    /** What to create first, or null. */
    Create toCreate() {
        return create;
    }

    /** The parts to fill (empty for a quote that supports a PICO element, detail, arm or judgement). */
    List<Part> parts() {
        return accepted;
    }

    boolean keepQuotes() {
        return keepQuotes;
    }
}
