package org.appraise.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The studies on the left; the selected study's paper on the right, the assistant's proposals and the study's results below the paper. */
public final class ReviewPerspective implements IPerspectiveFactory {

    public static final String ID = "org.appraise.ui.perspective";
    public static final String STUDIES = "org.appraise.ui.studies";
    public static final String STUDY = "org.appraise.ui.study";
    public static final String PAPER = "org.appraise.ui.paper";
    public static final String PROBLEMS = "org.appraise.ui.problems";
    public static final String REVIEW = "org.appraise.ui.review";
    public static final String RISK_OF_BIAS = "org.appraise.ui.riskOfBias";
    public static final String SCREENING = "org.appraise.ui.screening";
    public static final String DUPLICATES = "org.appraise.ui.duplicates";
    public static final String HISTORY = "org.appraise.ui.history";
    public static final String PRISMA = "org.appraise.ui.prisma";
    public static final String COMPARISON = "org.appraise.ui.comparison";
    public static final String ANALYSES = "org.appraise.ui.analyses";
    public static final String CERTAINTY = "org.appraise.ui.certainty";
    public static final String PROPOSALS = "org.appraise.ui.proposals";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(STUDIES, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        org.eclipse.ui.IFolderLayout above = layout.createFolder("org.appraise.ui.above", IPageLayout.RIGHT, 0.24f, STUDIES);
        above.addView(PAPER);
        above.addView(SCREENING);
        above.addView(DUPLICATES);
        above.addView(PRISMA);
        above.addView(ANALYSES);
        above.addView(CERTAINTY);
        org.eclipse.ui.IFolderLayout below = layout.createFolder("org.appraise.ui.below", IPageLayout.BOTTOM, 0.55f, "org.appraise.ui.above");
        below.addView(PROPOSALS);
        below.addView(STUDY);
        below.addView(REVIEW);
        below.addView(RISK_OF_BIAS);
        below.addView(COMPARISON);
        below.addView(HISTORY);
        layout.addView(PROBLEMS, IPageLayout.BOTTOM, 0.75f, STUDIES);
    }
}
