package org.appraise.ui.internal.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * In a form's multi-line field, Tab and Shift+Tab go to the next and previous field, as in every other field of the
 * form, instead of typing a tab character into the review's text.
 */
final class TabLeavesField {

    private TabLeavesField() {
    }

    static Text on(Text field) {
        field.addListener(SWT.Traverse, event -> {
            if ((event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) && (event.stateMask & SWT.CTRL) == 0) {
                event.doit = true;
            }
        });
        return field;
    }
}
