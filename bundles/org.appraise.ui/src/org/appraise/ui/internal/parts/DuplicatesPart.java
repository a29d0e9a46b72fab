package org.appraise.ui.internal.parts;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.appraise.core.dedup.Deduplication;
import org.appraise.model.Reference;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.MonitorProgress;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Duplicate records, for the reviewer to decide: the groups already marked, and the groups
 * {@link Deduplication} proposes for the records not yet marked (Find duplicates..., with progress and
 * Cancel), each record with the reason it was matched. Pairs the search only puts to the reviewer (the same title in
 * two journals, a notice on the article's page) are shown "to check" and confirmed one at a time, never by
 * Confirm all. Confirm marks a proposed group's duplicates; Split takes a record out of its group; Merge into...
 * marks a record as a duplicate of another group's kept record. Nothing is ever deleted: a duplicate is a
 * record with {@code duplicateOf}, counted in PRISMA; every change is one command (Edit > Undo).
 */
public final class DuplicatesPart {


    private final ReviewChanges changes;
    private final RecordColumn recordColumn = new RecordColumn();
    private Tree tree;
    private Label summary;
    /** A record proposed as a duplicate: its score, why, and whether only the reviewer can tell. */
    private record Proposed(double score, String reason, boolean check) {

    }

    /** The groups proposed by the last search, kept record to its proposed duplicates. */
    private final Map<Reference, Map<Reference, Proposed>> proposed = new LinkedHashMap<>();

    @Inject
    public DuplicatesPart(UISynchronize ui) {
        this.changes = new ReviewChanges(ui, this::show).whenOpened(opened -> {
            proposed.clear();
            show();
        });
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        Composite bar = BarControls.column(parent, changes);
        button(bar, "Find duplicates\u2026", this::find);
        button(bar, "Confirm group", this::confirm);
        button(bar, "Confirm all", this::confirmAll);
        button(bar, "Split", this::split);
        button(bar, "Merge into\u2026", this::merge);
        summary = BarControls.heading(parent, "duplicates-summary");
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        tree.setHeaderVisible(true);
        tree.setData("org.appraise.test.id", "duplicates");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        for (String[] column : new String[][] { { "Record", "170" }, { "Title", "300" }, { "Year", "50" }, { "Source", "90" },
                { "Score", "60" }, { "Status", "90" }, { "Why", "420" } }) {
            TreeColumn c = new TreeColumn(tree, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        // the reason a record was matched, whole, on hover (the Why column is often narrower than it)
        tree.addListener(SWT.MouseHover, e -> {
            TreeItem item = tree.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            tree.setToolTipText(item == null || item.getText(6).isEmpty() ? null : item.getText(6));
        });
        changes.follow(context, parent);
    }

    @Focus
    public void focus() {
        tree.setFocus();
    }


    private void show() {
        ReviewSession review = changes.review();
        if (tree == null || tree.isDisposed()) {
            return;
        }
        tree.removeAll();
        if (review == null) {
            BarControls.say(summary, "No review open (File > Open Review...)");
            return;
        }
        Map<Reference, List<Reference>> marked = new LinkedHashMap<>();
        for (Reference reference : review.folder().review().getReferences()) {
            if (reference.getDuplicateOf() != null) {
                marked.computeIfAbsent(reference.getDuplicateOf(), k -> new ArrayList<>()).add(reference);
            }
        }
        proposed.values().forEach(group -> group.keySet().removeIf(r -> r.getDuplicateOf() != null));
        proposed.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getKey().getDuplicateOf() != null);
        for (Map.Entry<Reference, Map<Reference, Proposed>> group : proposed.entrySet()) {
            boolean check = group.getValue().values().stream().anyMatch(Proposed::check);
            TreeItem kept = item(null, group.getKey(), null, check ? "to check" : "keep (proposed)", "");
            group.getValue().forEach((duplicate, p) -> item(kept, duplicate, p.score(), p.check() ? "to check" : "proposed", p.reason()));
            kept.setExpanded(true);
        }
        for (Map.Entry<Reference, List<Reference>> group : marked.entrySet()) {
            TreeItem kept = item(null, group.getKey(), null, "kept", "");
            group.getValue().forEach(duplicate -> {
                // why, by the rules now (a mark made by an earlier search, the command line or by hand holds no reason)
                Deduplication.Verdict verdict = Deduplication.verdict(group.getKey(), duplicate);
                item(kept, duplicate, verdict.score() > 0 ? verdict.score() : null, "marked", verdict.merged() ? verdict.reason()
                        : "not matched with the kept record by the rules alone: marked by hand, or through another record of the group"
                                + (verdict.reason().isEmpty() ? "" : " (" + verdict.reason() + ")"));
            });
            kept.setExpanded(true);
        }
        // the child rows are indented under their group: the id must fit beside the indent (the marked ones', or the
        // proposed ones' when nothing is marked yet: which batch a record comes from is in its id)
        int width = recordColumn.width(tree, review, () -> java.util.stream.Stream.concat(marked.values().stream().flatMap(List::stream),
                proposed.values().stream().flatMap(g -> g.keySet().stream())).map(Reference::getId).iterator(), 40);
        if (width > tree.getColumn(0).getWidth()) {
            tree.getColumn(0).setWidth(width);
        }
        int proposals = proposed.values().stream().mapToInt(g -> (int) g.values().stream().filter(p -> !p.check()).count()).sum();
        int checks = proposed.values().stream().mapToInt(g -> (int) g.values().stream().filter(Proposed::check).count()).sum();
        BarControls.say(summary, marked.values().stream().mapToInt(List::size).sum() + " record(s) marked as duplicates in " + marked.size()
                + " group(s); " + proposals + " more proposed in " + proposed.values().stream().filter(g -> g.values().stream().anyMatch(p -> !p.check())).count()
                + " group(s)" + (checks == 0 ? "" : " and " + checks + " pair(s) to check (confirm each or split it)")
                + ". Marked duplicates count as removed in PRISMA; nothing is deleted.");
        summary.getParent().layout();
    }

    private TreeItem item(TreeItem parent, Reference reference, Double score, String status, String reason) {
        TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
        item.setData(reference);
        String source = reference.getBatch() != null && reference.getBatch().getSourceDatabase() != null ? reference.getBatch().getSourceDatabase()
                : reference.getSourceDatabase() == null ? "" : reference.getSourceDatabase();
        item.setText(new String[] { reference.getId(), reference.getTitle() == null ? "" : reference.getTitle(),
                reference.getYear() == null ? "" : reference.getYear().toString(), source,
                score == null ? "" : String.format(Locale.ROOT, "%.3f", score), status, reason });
        return item;
    }

    private void find() {
        ReviewSession review = changes.review();
        if (review == null) {
            return;
        }
        List<Reference> open = review.folder().review().getReferences().stream().filter(r -> r.getDuplicateOf() == null).toList();
        AtomicReference<Deduplication.Finding> found = new AtomicReference<>();
        try {
            new ProgressMonitorDialog(tree.getShell()).run(true, true, monitor -> {
                monitor.beginTask("Looking for duplicates among " + open.size() + " records", 100);
                found.set(new Deduplication().search(open, MonitorProgress.percent(monitor)));
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof java.util.concurrent.CancellationException)) {
                org.eclipse.jface.dialogs.MessageDialog.openError(tree.getShell(), "Appraise", "The search failed: " + e.getCause().getMessage());
            }
            return;
        } catch (InterruptedException e) {
            return;
        }
        proposed.clear();
        if (found.get() != null) {
            for (Deduplication.Group group : found.get().groups()) {
                Map<Reference, Proposed> duplicates = new LinkedHashMap<>();
                group.duplicates().forEach(d -> duplicates.put(d, new Proposed(group.scores().getOrDefault(d, 1.0), group.reasons().get(d), false)));
                proposed.put(group.kept(), duplicates);
            }
            for (Deduplication.Check check : found.get().toCheck()) {
                // under the record its group keeps, so that confirming never makes a chain of duplicates
                Reference first = keptOf(check.first());
                Reference second = keptOf(check.second());
                proposed.computeIfAbsent(first, k -> new LinkedHashMap<>()).put(second, new Proposed(check.score(), check.reason(), true));
            }
        }
        show();
    }

    /** The record kept by the proposed group the record is a duplicate in, or the record itself. */
    private Reference keptOf(Reference reference) {
        return proposed.entrySet().stream().filter(e -> e.getValue().containsKey(reference) && !e.getValue().get(reference).check())
                .map(Map.Entry::getKey).findFirst().orElse(reference);
    }

    /**
     * A selected pair to check is confirmed alone; a selected group confirms its proposed duplicates, or, when
     * it holds only pairs to check, those (the reviewer chose the group).
     */
    private void confirm() {
        Reference kept = keptOfSelection();
        if (kept == null || !proposed.containsKey(kept)) {
            return;
        }
        Map<Reference, Proposed> group = proposed.get(kept);
        TreeItem selected = tree.getSelection()[0];
        if (selected.getParentItem() != null && group.containsKey(selected.getData()) && group.get(selected.getData()).check()) {
            Reference duplicate = (Reference) selected.getData();
            List<Command> commands = mark(kept, List.of(duplicate));
            // the records proposed under the confirmed one follow it
            if (proposed.containsKey(duplicate)) {
                commands.addAll(mark(kept, proposed.get(duplicate).entrySet().stream().filter(e -> !e.getValue().check())
                        .map(Map.Entry::getKey).toList()));
            }
            run(commands, "Confirm " + duplicate.getId() + " as a duplicate of " + kept.getId());
            return;
        }
        List<Reference> sure = group.entrySet().stream().filter(e -> !e.getValue().check()).map(Map.Entry::getKey).toList();
        run(mark(kept, sure.isEmpty() ? group.keySet() : sure), "Confirm duplicates of " + kept.getId());
    }

    private void confirmAll() {
        Map<Reference, List<Reference>> sure = new LinkedHashMap<>();
        proposed.forEach((kept, duplicates) -> sure.put(kept, duplicates.entrySet().stream().filter(e -> !e.getValue().check())
                .map(Map.Entry::getKey).toList()));
        Command all = new org.appraise.core.dedup.DuplicateEdits(changes.review().domain()).markAll(sure, "Confirm all proposed duplicates");
        if (all != org.eclipse.emf.common.command.IdentityCommand.INSTANCE) {
            changes.review().domain().getCommandStack().execute(all);
        }
    }

    private List<Command> mark(Reference kept, java.util.Collection<Reference> duplicates) {
        return new ArrayList<>(List.of(new org.appraise.core.dedup.DuplicateEdits(changes.review().domain()).mark(kept, duplicates, "Mark duplicates of " + kept.getId())));
    }

    private void split() {
        ReviewSession review = changes.review();
        TreeItem[] selected = tree.getSelection();
        if (selected.length != 1 || selected[0].getParentItem() == null) {
            return;
        }
        Reference reference = (Reference) selected[0].getData();
        if (reference.getDuplicateOf() != null) {
            review.domain().getCommandStack().execute(new org.appraise.core.dedup.DuplicateEdits(review.domain()).unmark(reference));
        } else {
            proposed.values().forEach(group -> group.remove(reference));
            show();
        }
    }

    private void merge() {
        ReviewSession review = changes.review();
        TreeItem[] selected = tree.getSelection();
        if (selected.length != 1 || review == null) {
            return;
        }
        Reference reference = (Reference) selected[0].getData();
        List<Reference> candidates = review.folder().review().getReferences().stream()
                .filter(r -> r != reference && r.getDuplicateOf() == null).toList();
        FieldsDialog form = new FieldsDialog(tree.getShell(), "Merge " + reference.getId() + " into")
                .choice("kept", "Duplicate of", candidates.stream().map(r -> r.getId() + ": " + (r.getTitle() == null ? "" : r.getTitle())).toList(),
                        null, false);
        if (form.open() == Window.OK && form.index("kept") >= 0) {
            Reference kept = candidates.get(form.index("kept"));
            // records that were duplicates of the merged one follow it
            review.domain().getCommandStack().execute(new org.appraise.core.dedup.DuplicateEdits(review.domain())
                    .merge(reference, kept));
        }
    }

    private Reference keptOfSelection() {
        TreeItem[] selected = tree.getSelection();
        if (selected.length != 1) {
            return null;
        }
        TreeItem item = selected[0].getParentItem() == null ? selected[0] : selected[0].getParentItem();
        return (Reference) item.getData();
    }

    private void run(List<Command> commands, String label) {
        if (commands.isEmpty()) {
            return;
        }
        CompoundCommand command = new CompoundCommand(label);
        commands.forEach(command::append);
        changes.review().domain().getCommandStack().execute(command);
    }

    private void button(Composite bar, String text, Runnable action) {
        BarControls.button(bar, text, () -> {
            if (changes.review() != null) {
                action.run();
            }
        });
    }
}
