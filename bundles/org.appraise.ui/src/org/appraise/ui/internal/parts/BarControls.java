package org.appraise.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** The buttons and choices of a part's bar, each named for the UI tests (by its text, or the id given). */
final class BarControls {

    private BarControls() {
    }

    /** A push button that runs the action when pressed, named by its text. */
    static Button button(Composite bar, String text, Runnable action) {
        return button(bar, text, text, action);
    }

    static Button button(Composite bar, String text, String id, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
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
