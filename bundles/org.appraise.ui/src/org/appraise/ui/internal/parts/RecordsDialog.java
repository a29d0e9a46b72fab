package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.appraise.core.screening.ScreeningState;
import org.appraise.core.screening.StudyRecords;
import org.appraise.model.Reference;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * The search records a study was found in, ticked among those it could have (its own, then those included at full
 * text without a study, then the rest). Keyboard first: type words in any order to filter, Down goes to the list,
 * Space ticks, Enter accepts. What is ticked is kept while the filter changes.
 */
final class RecordsDialog extends Dialog {

    private final String study;
    private final List<Reference> linkable;
    private final ScreeningState state;
    private final Set<Reference> chosen;
    private final List<Reference> shown = new ArrayList<>();
    private final RecordColumn ids = new RecordColumn();
    /** Each linkable record's words, lower case, in the order offered: what the filter looks in. */
    private final List<String> lines = new ArrayList<>();
    private Table table;
    private Label count;

    RecordsDialog(Shell parent, String study, List<Reference> linkable, List<Reference> current, ScreeningState state) {
        super(parent);
        this.study = study;
        this.linkable = linkable;
        this.state = state;
        this.chosen = new LinkedHashSet<>(current);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Records of " + study);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label about = new Label(area, SWT.WRAP);
        about.setText("Tick the search records this study was found in: PRISMA counts the included studies by them. "
                + "A duplicate is not listed (its kept record is), nor another study's record.");
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(about);
        Text filter = new Text(area, SWT.BORDER | SWT.SEARCH);
        filter.setMessage("words in any order: liu 2021 camrelizumab");
        filter.setData("org.appraise.test.id", "record-filter");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        // virtual: a search of 100,000 records makes only the rows in sight, and measures only their ids
        table = SharedColumns.table(area, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL, "study-records", new String[][] {
                { "Author, year", "15", "110" }, { "Screening", "19", "165" }, { "Title", "44", "200" }, { "Record", "22", "120" } });
        GridDataFactory.fillDefaults().grab(true, true).hint(860, 300).applyTo(table.getParent());
        // the ids of one search share a long start: cut, they keep their end, which tells records apart
        ids.follow(table.getColumn(3));
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            Reference record = shown.get(table.indexOf(item));
            String[] cells = cells(record);
            cells[3] = ids.shown(cells[3]);
            item.setText(cells);
            item.setData(record);
            item.setChecked(chosen.contains(record));
        });
        count = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        filter.addModifyListener(e -> fill(filter.getText()));
        filter.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
                table.setFocus();
                table.setSelection(0);
                e.doit = false;
            }
        });
        table.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
                Reference record = shown.get(table.indexOf(item)); // by its row: a virtual row may not have been shown yet
                if (item.getChecked()) {
                    chosen.add(record);
                } else {
                    chosen.remove(record);
                }
                counted();
            }
        });
        fill("");
        return area;
    }

    private void fill(String words) {
        List<String> wanted = List.of(words.toLowerCase(Locale.ROOT).split("\\s+")).stream().filter(w -> !w.isBlank()).toList();
        if (lines.isEmpty()) {
            linkable.forEach(r -> lines.add(line(r).toLowerCase(Locale.ROOT))); // once: a keystroke only compares
        }
        shown.clear();
        for (int i = 0; i < linkable.size(); i++) {
            String line = lines.get(i);
            if (wanted.stream().allMatch(line::contains)) {
                shown.add(linkable.get(i));
            }
        }
        table.setItemCount(shown.size());
        table.clearAll();
        counted();
    }

    private void counted() {
        count.setText(chosen.size() + " ticked; " + shown.size() + " of " + linkable.size() + " records shown");
    }

    /** Author and year, how far it got in screening, title, record: the columns, also what the filter's words are looked for in. */
    private String[] cells(Reference r) {
        return new String[] { StudyRecords.labelOf(r).orElse("no author"), StudyRecords.screened(state, r),
                r.getTitle() == null ? "(no title)" : r.getTitle(), r.getId() };
    }

    private String line(Reference r) {
        return String.join(" ", cells(r));
    }

    /** The records ticked, in the order they were offered. */
    List<Reference> chosen() {
        return linkable.stream().filter(chosen::contains).toList();
    }
}
