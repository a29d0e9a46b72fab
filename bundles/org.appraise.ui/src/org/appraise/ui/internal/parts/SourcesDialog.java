package org.appraise.ui.internal.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.core.screening.SearchSources;
import org.appraise.model.ImportBatch;
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
 * The source of each import of the review, as PRISMA counts its records, named or renamed: choose an import (Up,
 * Down), type its database, register or other method below, Enter accepts. An empty name leaves each record's own.
 */
final class SourcesDialog extends Dialog {

    private final List<SearchSources.Import> imports;
    /** The name typed for each import changed here (empty: none). */
    private final Map<ImportBatch, String> named = new LinkedHashMap<>();
    private Table table;
    private Text source;

    SourcesDialog(Shell parent, List<SearchSources.Import> imports) {
        super(parent);
        this.imports = imports;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Sources of the search");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label about = new Label(area, SWT.WRAP);
        about.setText("PRISMA 2020 counts each record under the database, register or other method it was found in. Name each "
                + "import's source (Embase, ClinicalTrials.gov, citation searching, other: ...); left empty, each record's own counts.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(760, SWT.DEFAULT).applyTo(about);
        table = SharedColumns.table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL, "import-sources", new String[][] {
                { "Import", "28", "140" }, { "Records", "10", "70" }, { "Source named", "22", "120" }, { "Counted as", "40", "180" } });
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(760, 200).applyTo(table.getParent());
        for (SearchSources.Import line : imports) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(line);
            item.setText(new String[] { line.batch().getFile() == null ? line.batch().getId() : line.batch().getFile(), String.valueOf(line.records()),
                    line.named() == null ? "" : line.named(), line.countedAs() });
        }
        new Label(area, SWT.NONE).setText("Source of the chosen import:");
        source = new Text(area, SWT.BORDER);
        source.setData("org.appraise.test.id", "import-source");
        source.setMessage("Embase, MEDLINE (Ovid), ClinicalTrials.gov, citation searching");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
        table.addListener(SWT.Selection, e -> chosen());
        source.addModifyListener(e -> {
            TableItem[] selected = table.getSelection();
            if (selected.length == 1) {
                SearchSources.Import line = (SearchSources.Import) selected[0].getData();
                named.put(line.batch(), source.getText().strip());
                selected[0].setText(2, source.getText().strip());
                selected[0].setText(3, line.countedAs(source.getText())); // where PRISMA will count them, as it is typed
            }
        });
        if (!imports.isEmpty()) {
            table.setSelection(0);
            chosen();
        }
        return area;
    }

    private void chosen() {
        SearchSources.Import line = (SearchSources.Import) table.getSelection()[0].getData();
        String shown = named.containsKey(line.batch()) ? named.get(line.batch()) : line.named() == null ? "" : line.named();
        if (!source.getText().equals(shown)) {
            source.setText(shown);
        }
    }

    /** The imports whose source was changed here, with the name typed (empty: none). */
    Map<ImportBatch, String> named() {
        return named;
    }
}
