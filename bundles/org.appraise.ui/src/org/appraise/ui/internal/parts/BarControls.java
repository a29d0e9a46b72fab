package org.appraise.ui.internal.parts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The buttons and choices of a part's bar, each named for the UI tests (by its text, or the id given). */
final class BarControls {

    private BarControls() {
    }

    /**
     * Lays a part out as one column whose edits wait while it is hidden (the way every review part starts), and
     * returns the part's bar: a row of controls at its top.
     */
    static Composite column(Composite parent, ReviewChanges changes) {
        parent.setLayout(new GridLayout(1, false));
        changes.deferWhileHidden(parent);
        return bar(parent);
    }

    /**
     * A row of controls in a part laid out as one column, wrapping onto more rows in a narrow view: never wider than the
     * view (a bar wider than its view cut its last buttons off and widened everything below it, so that text under it
     * ran off the view's right edge instead of wrapping).
     */
    static Composite bar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new RowLayout());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(bar);
        return bar;
    }

    /** A heading that wraps over the whole width (and never widens the view), named for the UI tests. */
    static Label heading(Composite parent, String id) {
        Label heading = new Label(parent, SWT.WRAP);
        heading.setData("org.appraise.test.id", id);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        return heading;
    }

    /** Shows a text on a label as it is: an "&" in a study's label or a title is not a mnemonic. */
    static void say(Label label, String text) {
        label.setText(text.replace("&", "&&"));
    }

    /** A push button that runs the action when pressed, named by its text. */
    static Button button(Composite bar, String text, Runnable action) {
        return button(bar, text, text, action);
    }

    static Button button(Composite bar, String text, String id, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text.replace("&", "&&")); // a label's "&" is text, not a mnemonic ("Study & report" showed "Study _report")
        button.setData("org.appraise.test.id", id);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** A read-only choice. */
    static Combo choice(Composite bar, String id) {
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        combo.setData("org.appraise.test.id", id);
        return combo;
    }
}
