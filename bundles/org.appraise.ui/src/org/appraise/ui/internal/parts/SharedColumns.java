package org.appraise.ui.internal.parts;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A form's table whose columns share its width by weight, each with a least width, so that the last one never runs
 * past the table (a fixed width did at 1280 pixels).
 */
final class SharedColumns {

    private SharedColumns() {
    }

    /**
     * A table in a composite of its own (the one to lay out in the form), its header shown.
     *
     * @param columns each column's name, weight and least width in pixels
     */
    static Table table(Composite parent, int style, String testId, String[][] columns) {
        Composite area = new Composite(parent, SWT.NONE);
        TableColumnLayout widths = new TableColumnLayout();
        area.setLayout(widths);
        Table table = new Table(area, style);
        table.setData("org.appraise.test.id", testId);
        table.setHeaderVisible(true);
        for (String[] column : columns) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            widths.setColumnData(c, new ColumnWeightData(Integer.parseInt(column[1]), Integer.parseInt(column[2])));
        }
        return table;
    }
}
