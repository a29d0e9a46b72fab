package org.appraise.ui.internal.parts;

import java.io.IOException;
import java.util.List;

import org.appraise.io.git.ReviewRepository;
import org.appraise.model.Study;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The audit trail of the selected study (or of the whole review when none is selected): who changed which
 * of its files, when and why, from the git history of the review folder. Refreshed after each edit and
 * each sync.
 */
public final class HistoryPart {

    private final ReviewChanges changes;
    private Tree tree;
    private Label title;

    @Inject
    public HistoryPart(UISynchronize ui) {
        this.changes = new ReviewChanges(ui, this::show).followingStudies();
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        parent.setLayout(new GridLayout(1, false));
        changes.deferWhileHidden(parent);
        title = BarControls.heading(parent, "history-title");
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        tree.setHeaderVisible(true);
        tree.setData("org.appraise.test.id", "history");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
        for (String[] column : new String[][] { { "When", "170" }, { "Who", "90" }, { "What", "360" }, { "Commit", "100" } }) {
            TreeColumn c = new TreeColumn(tree, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        changes.follow(context, parent);
    }

    /** Coming to the front reads the history again: a sync changes it without any edit. */
    @Focus
    public void focus() {
        show();
        tree.setFocus();
    }


    private void show() {
        if (tree == null || tree.isDisposed()) {
            return;
        }
        tree.removeAll();
        if (changes.review() == null) {
            BarControls.say(title, "No review open (File > Open Review...)");
            return;
        }
        if (!ReviewRepository.isRepository(changes.review().folder().root())) {
            BarControls.say(title, "This review folder is not shared through git yet (File > Synchronise... shares it).");
            return;
        }
        Study study = changes.study();
        String path = study == null ? "" : "studies/" + study.getId();
        try {
            List<ReviewRepository.Change> history = new ReviewRepository(changes.review().folder().root()).history(path);
            BarControls.say(title, (study == null ? "The whole review" : study.getLabel() == null ? study.getId() : study.getLabel()) + ": "
                    + history.size() + " change(s), newest first.");
            for (ReviewRepository.Change change : history) {
                TreeItem item = new TreeItem(tree, SWT.NONE);
                item.setText(new String[] { change.when().toString(), change.author(), change.message(), change.commit() });
                for (String file : change.files()) {
                    new TreeItem(item, SWT.NONE).setText(new String[] { "", "", file, "" });
                }
            }
        } catch (IOException e) {
            BarControls.say(title, "The history cannot be read: " + e.getMessage());
        }
        title.getParent().layout();
    }
}
