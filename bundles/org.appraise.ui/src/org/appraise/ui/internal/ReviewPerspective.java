package org.appraise.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studies on the left; the selected study's paper on the right, its results below the paper. */
public final class ReviewPerspective implements IPerspectiveFactory {

    public static final String ID = "org.appraise.ui.perspective";
    public static final String STUDIES = "org.appraise.ui.studies";
    public static final String STUDY = "org.appraise.ui.study";
    public static final String PAPER = "org.appraise.ui.paper";
    public static final String PROBLEMS = "org.appraise.ui.problems";
    public static final String REVIEW = "org.appraise.ui.review";
    public static final String RISK_OF_BIAS = "org.appraise.ui.riskOfBias";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(STUDIES, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        layout.addView(PAPER, IPageLayout.RIGHT, 0.24f, STUDIES);
        org.eclipse.ui.IFolderLayout below = layout.createFolder("org.appraise.ui.below", IPageLayout.BOTTOM, 0.55f, PAPER);
        below.addView(STUDY);
        below.addView(REVIEW);
        below.addView(RISK_OF_BIAS);
        layout.addView(PROBLEMS, IPageLayout.BOTTOM, 0.75f, STUDIES);
    }
}
