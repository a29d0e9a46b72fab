package org.appraise.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studies on the left, the selected study on the right. */
public final class ReviewPerspective implements IPerspectiveFactory {

    public static final String ID = "org.appraise.ui.perspective";
    public static final String STUDIES = "org.appraise.ui.studies";
    public static final String STUDY = "org.appraise.ui.study";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(STUDIES, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        layout.addView(STUDY, IPageLayout.RIGHT, 0.28f, STUDIES);
    }
}
