package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.Extraction;
import org.appraise.model.HazardRatio;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Result;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The extraction's results as a grid: one row per outcome, criteria, timepoint and analysis population,
 * one column per arm and one for the comparisons (hazard ratios), each cell the values in that place.
 */
final class ResultGrid {

    private final Table table;

    ResultGrid(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("org.appraise.test.id", "grid");
    }

    Control control() {
        return table;
    }

    void show(Extraction extraction) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            if (extraction == null) {
                return;
            }
            List<Arm> arms = extraction.getArms();
            column("Outcome \u00b7 criteria \u00b7 timepoint \u00b7 population", 320);
            arms.forEach(arm -> column(arm.getLabel(), 170));
            column("Comparisons", 240);
            for (OutcomeMeasurement m : extraction.getMeasurements()) {
                List<String> cells = new ArrayList<>();
                cells.add((m.getOutcome() == null ? "?" : m.getOutcome().getName()) + " \u00b7 " + text(m.getCriteria()) + " \u00b7 "
                        + text(m.getTimepoint()) + " \u00b7 " + text(m.getPopulation()));
                for (Arm arm : arms) {
                    List<String> here = new ArrayList<>();
                    for (Result r : m.getResults()) {
                        if (r instanceof ArmResult a && a.getArm() == arm) {
                            here.add(ResultText.values(r));
                        }
                    }
                    cells.add(String.join("; ", here));
                }
                List<String> comparisons = new ArrayList<>();
                for (Result r : m.getResults()) {
                    if (r instanceof HazardRatio) {
                        comparisons.add(ResultText.values(r));
                    }
                }
                cells.add(String.join("; ", comparisons));
                new TableItem(table, SWT.NONE).setText(cells.toArray(String[]::new));
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private void column(String name, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(name == null ? "?" : name);
        column.setWidth(width);
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "\u2013" : s;
    }
}
