package org.appraise.ui.internal.parts;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.appraise.core.ModelPaths;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.ReviewPerspective;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.contexts.RunAndTrack;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * How a part follows the review open in its window, the study chosen and the edits made: the one way every part
 * does it. {@link #follow} tracks the review (and, for a part that shows one study, the active selection) in the
 * part's context until the part's top control is disposed; the part is told (its refresh run on the UI thread)
 * when another review opens, when another study of the open review is chosen, and when the review changes through
 * its command stack (an edit, an undo, a redo). A part that asked for it ({@link #deferWhileHidden}) is told of edits once, when it shows
 * again, instead of at every change: a screening decision among 100,000 records does not recount PRISMA or
 * re-read the git log behind the screening list.
 */
final class ReviewChanges {

    private final CommandStackListener listener;
    private final Runnable onChange;
    private final UISynchronize ui;
    private Consumer<ReviewSession> onOpened;
    private Function<Object, Boolean> onSelected;
    private ReviewSession review;
    private Study study;
    private Control shown;
    private boolean stale;

    /** {@code onChange} is the part's refresh, run on the UI thread. */
    ReviewChanges(UISynchronize ui, Runnable onChange) {
        this.onChange = onChange;
        this.ui = ui;
        this.listener = event -> ui.asyncExec(this::changed);
    }

    /**
     * What the part does, instead of its refresh, when another review opens (the review is already {@link #review()},
     * no study chosen).
     */
    ReviewChanges whenOpened(Consumer<ReviewSession> opened) {
        this.onOpened = opened;
        return this;
    }

    /** For a part that shows one study: it follows the study chosen last ({@link #study()}) and refreshes when it changes. */
    ReviewChanges followingStudies() {
        return whenSelected(this::anotherStudy);
    }

    /**
     * For a part that reads more of a selection than its study: given each selection of the open review, it
     * answers whether the part must refresh.
     */
    ReviewChanges whenSelected(Function<Object, Boolean> selected) {
        this.onSelected = selected;
        return this;
    }

    /**
     * Follows the review open in the part's context (and the active selection, when the part asked for it),
     * until {@code top} (the part's own composite) is disposed. Runs the part's refresh once now, with the review
     * open or none.
     */
    void follow(IEclipseContext context, Control top) {
        top.addListener(SWT.Dispose, e -> listenTo(null));
        track(context, top, c -> c.get(ReviewSession.class), session -> opened((ReviewSession) session));
        if (onSelected != null) {
            track(context, top, c -> c.get(IServiceConstants.ACTIVE_SELECTION), this::selected);
            // the Studies view chooses a study while another part is active too (a study just added by File > New Study
            // from Paper..., the study left off at), which the active selection does not show; and a part made later
            // starts on the study chosen there
            org.eclipse.e4.ui.workbench.modeling.ESelectionService selections = context.get(org.eclipse.e4.ui.workbench.modeling.ESelectionService.class);
            if (selections != null) {
                org.eclipse.e4.ui.workbench.modeling.ISelectionListener inStudies = (part, chosen) -> {
                    if (!top.isDisposed() && chosen != null) {
                        selected(chosen);
                    }
                };
                selections.addSelectionListener(ReviewPerspective.STUDIES, inStudies);
                top.addListener(SWT.Dispose, e -> selections.removeSelectionListener(ReviewPerspective.STUDIES, inStudies));
                Object chosen = selections.getSelection(ReviewPerspective.STUDIES);
                if (study == null && chosen != null) {
                    selected(chosen);
                }
            }
        }
    }

    /** Tells {@code told} what {@code read} finds in the context now and at each change of it, until {@code top} is disposed. */
    private static void track(IEclipseContext context, Control top, Function<IEclipseContext, Object> read, Consumer<Object> told) {
        context.runAndTrack(new RunAndTrack() {
            @Override
            public boolean changed(IEclipseContext c) {
                Object value = read.apply(c);
                if (top.isDisposed()) {
                    return false;
                }
                runExternalCode(() -> told.accept(value));
                return true;
            }
        });
    }

    /** Defers the changes while this control (the part's top) is hidden; refreshes once when any ancestor shows it. */
    void deferWhileHidden(Control top) {
        this.shown = top;
        Listener show = e -> ui.asyncExec(() -> {
            if (stale && shown != null && !shown.isDisposed() && shown.isVisible()) {
                stale = false;
                onChange.run();
            }
        });
        for (Control c = top; c != null; c = c.getParent()) {
            c.addListener(SWT.Show, show);
        }
    }

    /** The review open, or null. */
    ReviewSession review() {
        return review;
    }

    /** The study of the open review chosen last, or null (none chosen since it opened). */
    Study study() {
        return study;
    }

    /** Makes this study the one chosen, as a part does that chooses it itself (null: none). */
    void choose(Study chosen) {
        this.study = chosen;
    }

    /**
     * The study a selection belongs to, when it belongs to the review followed: a selection left from a review
     * closed since, or of something outside any study, is empty, so that it is never shown and never edited.
     */
    Optional<Study> studyOf(Object selection) {
        if (review == null || !review.holds(selection)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ModelPaths.studyOf((EObject) selection));
    }

    private void opened(ReviewSession opened) {
        listenTo(opened);
        study = null;
        if (onOpened == null) {
            onChange.run();
        } else {
            onOpened.accept(opened);
        }
    }

    private void selected(Object selection) {
        if (studyOf(selection).isPresent() && onSelected.apply(selection)) {
            onChange.run();
        }
    }

    /** The default: another study of the open review chosen. */
    private boolean anotherStudy(Object selection) {
        Study found = studyOf(selection).orElseThrow();
        if (found == study) {
            return false;
        }
        study = found;
        return true;
    }

    private void changed() {
        if (shown != null && !shown.isDisposed() && !shown.isVisible()) {
            stale = true;
            return;
        }
        onChange.run();
    }

    private void listenTo(ReviewSession opened) {
        if (review != null) {
            review.domain().getCommandStack().removeCommandStackListener(listener);
        }
        review = opened;
        if (opened != null) {
            opened.domain().getCommandStack().addCommandStackListener(listener);
        }
    }
}
