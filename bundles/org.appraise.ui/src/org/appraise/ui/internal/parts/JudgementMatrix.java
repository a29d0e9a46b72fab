package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.rob.JudgementLevel;
import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.export.figures.Palette;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The Risk of bias view's traffic-light matrix: a row per assessment (study, or result for RoB 2 and ROBINS-I), a
 * column per domain, then overall and the assessor (naming those who differ, in red); each judgement cell in its
 * colour with its symbol and name. A click on a header sorts by it (judgements by severity), again the other way.
 */
final class JudgementMatrix {

    private final Table matrix;
    private final Runnable refill;
    private final Map<String, Color> colours = new HashMap<>();
    private int sortColumn = -1;
    private boolean descending;

    /** The matrix drawn in a table; refill draws it again (after the sort order changed). */
    JudgementMatrix(Table matrix, Runnable refill) {
        this.matrix = matrix;
        this.refill = refill;
        matrix.addListener(SWT.Dispose, e -> colours.values().forEach(Color::dispose));
    }

    /** Empties the table, columns too. */
    void clear() {
        matrix.removeAll();
        for (TableColumn column : matrix.getColumns()) {
            column.dispose();
        }
    }

    /** Fills the table for a tool's assessments in the palette's colours, sorted as last chosen. */
    void fill(RiskOfBiasTool t, RiskOfBiasTable table, Palette palette) {
        List<String> headers = new ArrayList<>(List.of("Study"));
        if (t.assesses().equals("result")) {
            headers.add("Result");
        }
        headers.addAll(table.captions());
        headers.add("Overall");
        headers.add("Assessor");
        for (int i = 0; i < headers.size(); i++) {
            TableColumn column = new TableColumn(matrix, SWT.LEFT);
            column.setText(headers.get(i));
            int at = i;
            column.addListener(SWT.Selection, e -> sort(at));
        }
        List<RiskOfBiasTable.Row> rows = new ArrayList<>(table.rows());
        if (sortColumn >= 0 && sortColumn < headers.size()) {
            Comparator<RiskOfBiasTable.Row> order = Comparator.comparing(r -> sortKey(t, r, headers, sortColumn));
            rows.sort(descending ? order.reversed() : order);
            matrix.setSortColumn(matrix.getColumn(sortColumn));
            matrix.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        }
        for (RiskOfBiasTable.Row row : rows) {
            TableItem item = new TableItem(matrix, SWT.NONE);
            item.setData(row);
            int c = 0;
            item.setText(c++, row.label());
            if (t.assesses().equals("result")) {
                item.setText(c++, row.result());
            }
            for (String domainCaption : table.captions()) {
                cell(item, c++, t, row.judgements().get(domainCaption), palette);
            }
            cell(item, c++, t, row.overall(), palette);
            StringBuilder assessor = new StringBuilder(row.reviewer() + (row.agreed() ? " (consensus)" : ""));
            for (RiskOfBiasTable.Other other : row.disagreeing()) {
                assessor.append("; ").append(other.reviewer()).append(" differs: ").append(String.join(", ", other.differences()));
            }
            item.setText(c, assessor.toString());
            if (!row.disagreeing().isEmpty()) {
                item.setForeground(c, matrix.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        for (TableColumn column : matrix.getColumns()) {
            column.pack();
        }
    }

    private void cell(TableItem item, int column, RiskOfBiasTool t, String level, Palette colours) {
        Optional<JudgementLevel> judgement = level == null ? Optional.empty() : t.level(level);
        if (judgement.isEmpty()) {
            item.setText(column, "\u2014");
            return;
        }
        String symbol = judgement.get().symbol().equals("-") ? "\u2212" : judgement.get().symbol();
        item.setText(column, symbol + " " + judgement.get().label());
        item.setBackground(column, colour(colours.colour(judgement.get().tone())));
        item.setForeground(column, colour(colours.ink(judgement.get().tone())));
    }

    private static String sortKey(RiskOfBiasTool t, RiskOfBiasTable.Row row, List<String> headers, int column) {
        String header = headers.get(column);
        if (header.equals("Study")) {
            return row.label();
        }
        if (header.equals("Result")) {
            return row.result();
        }
        if (header.equals("Assessor")) {
            return row.reviewer();
        }
        String level = header.equals("Overall") ? row.overall() : row.judgements().get(header);
        int severity = level == null ? 99 : t.severity(level);
        return String.format("%02d %s", severity, row.label());
    }

    private void sort(int column) {
        descending = sortColumn == column && !descending;
        sortColumn = column;
        refill.run();
    }

    private Color colour(String hex) {
        return colours.computeIfAbsent(hex, h -> new Color(matrix.getDisplay(), new RGB(Integer.parseInt(h.substring(1, 3), 16),
                Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
    }
}
