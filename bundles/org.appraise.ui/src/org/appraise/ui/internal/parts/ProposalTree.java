package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.appraise.core.assistant.ExtractionAssistant;
import org.appraise.core.assistant.Proposal;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;

/** The tree of the Proposals view: outcomes, their proposals in columns, and moving and choosing in it. */
final class ProposalTree {

    private ProposalTree() {
    }

    static TreeViewer create(Composite parent, Supplier<ExtractionAssistant.PaperResults> read) {
        Composite area = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        area.setLayout(layout);
        TreeViewer tree = new TreeViewer(area, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setHeaderVisible(true);
        ColumnViewerToolTipSupport.enableFor(tree);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof ProposalRows.Group g ? g.rows().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof ProposalRows.Group;
            }
        });
        Color grey = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        Color red = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        column(tree, layout, "Result", 30, g -> g.label(), r -> ProposalRows.result(read.get(), r.proposal()), grey, red);
        column(tree, layout, "Population, criteria", 22, g -> "", r -> ProposalRows.where(r.proposal()), grey, red);
        column(tree, layout, "Numbers", 30, g -> "", r -> ProposalRows.numbers(r.proposal()), grey, red);
        column(tree, layout, "State", 10, g -> "", r -> r.state().label, grey, red);
        column(tree, layout, "Words in the paper", 30, g -> "", r -> r.proposal().quote().text().replaceAll("\\s+", " "), grey, red);
        return tree;
    }

    private static void column(TreeViewer tree, TreeColumnLayout layout, String title, int weight, Function<ProposalRows.Group, String> group,
            Function<ProposalRows.Row, String> row, Color grey, Color red) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ProposalRows.Group g ? group.apply(g) : row.apply((ProposalRows.Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                if (element instanceof ProposalRows.Row r) {
                    return r.state() == ProposalRows.State.CONFLICT ? red
                            : r.state() == ProposalRows.State.RECORDED || r.state() == ProposalRows.State.REJECTED ? grey : null;
                }
                return null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof ProposalRows.Row r ? ProposalRows.tip(r) : null;
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
    }

    /** The chosen proposals in the given states: the rows chosen, or every row of a chosen outcome. */
    static List<Proposal> chosen(TreeViewer tree, ProposalRows.State... states) {
        List<ProposalRows.State> wanted = Arrays.asList(states);
        List<Proposal> chosen = new ArrayList<>();
        for (Object o : tree.getStructuredSelection().toList()) {
            List<ProposalRows.Row> rows = o instanceof ProposalRows.Group g ? g.rows() : List.of((ProposalRows.Row) o);
            rows.stream().filter(r -> wanted.contains(r.state()) && !chosen.contains(r.proposal())).forEach(r -> chosen.add(r.proposal()));
        }
        return chosen;
    }

    /** Selects the first row in the given state after the chosen one (from the top when none is chosen). */
    static void next(TreeViewer tree, ProposalRows.State state) {
        List<?> groups = (List<?>) tree.getInput();
        if (groups == null) {
            return;
        }
        List<ProposalRows.Row> rows = groups.stream().flatMap(g -> ((ProposalRows.Group) g).rows().stream()).toList();
        Object current = tree.getStructuredSelection().getFirstElement();
        int from = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (current instanceof ProposalRows.Row r && r.proposal().equals(rows.get(i).proposal())) {
                from = i + 1;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            ProposalRows.Row candidate = rows.get((from + i) % rows.size());
            if (candidate.state() == state) {
                tree.setSelection(new StructuredSelection(candidate), true);
                return;
            }
        }
    }

    /** The groups of a new listing that were expanded in the old one (all of them the first time). */
    static Object[] same(List<ProposalRows.Group> groups, Object[] expanded) {
        if (expanded.length == 0) {
            return groups.toArray();
        }
        return groups.stream().filter(g -> Arrays.stream(expanded).anyMatch(e -> ((ProposalRows.Group) e).outcome() == g.outcome())).toArray();
    }

    /** The rows of a new listing that show the proposals chosen in the old one. */
    static IStructuredSelection sameRows(List<ProposalRows.Group> groups, IStructuredSelection chosen) {
        List<Object> rows = new ArrayList<>();
        for (Object o : chosen.toList()) {
            for (ProposalRows.Group g : groups) {
                if (o instanceof ProposalRows.Group old && old.outcome() == g.outcome()) {
                    rows.add(g);
                }
                for (ProposalRows.Row r : g.rows()) {
                    if (o instanceof ProposalRows.Row old && old.proposal().equals(r.proposal())) {
                        rows.add(r);
                    }
                }
            }
        }
        return new StructuredSelection(rows);
    }

    /** The tree item of a proposal (for tests and screenshots). */
    static TreeItem item(TreeViewer tree, Proposal proposal) {
        for (TreeItem group : tree.getTree().getItems()) {
            for (TreeItem row : group.getItems()) {
                if (row.getData() instanceof ProposalRows.Row r && r.proposal().equals(proposal)) {
                    return row;
                }
            }
        }
        return null;
    }
}
