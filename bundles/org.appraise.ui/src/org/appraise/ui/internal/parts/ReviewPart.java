package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.appraise.core.screening.ScreeningEdits;
import org.appraise.session.ReviewSession;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Review;
import org.appraise.model.ReviewQuestion;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The review itself: its title and question (PICO), its outcomes with their five elements, eligibility
 * criteria, exclusion reasons and reviewers. Every change is a command on the review's command stack.
 */
public final class ReviewPart {

    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;

    private final ReviewChanges changes;
    private final Map<EAttribute, Text> question = new LinkedHashMap<>();
    private final List<ObjectListEditor> lists = new ArrayList<>();
    private Text title;
    private Button single;

    @Inject
    public ReviewPart(UISynchronize ui) {
        this.changes = new ReviewChanges(ui, this::show);
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        CTabFolder tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
        tabs.setData("org.appraise.test.id", "review-tabs");
        // the form scrolls: in the default layout the view is shorter than the question and the screening method
        ScrolledComposite scrolled = new ScrolledComposite(tabs, SWT.V_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        Composite form = new Composite(scrolled, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        title = field(form, "Title", null);
        for (EAttribute attribute : List.of(MODEL.getReviewQuestion_Text(), MODEL.getReviewQuestion_Population(),
                MODEL.getReviewQuestion_Intervention(), MODEL.getReviewQuestion_Comparator(), MODEL.getReviewQuestion_Outcome(),
                MODEL.getReviewQuestion_StudyDesigns())) {
            question.put(attribute, field(form, ObjectListEditor.words(attribute.getName()), attribute));
        }
        new Label(form, SWT.NONE).setText("Screening:");
        single = new Button(form, SWT.CHECK);
        single.setText("Single screening: one reviewer's decision on a record counts (unticked: two decide each record independently)");
        single.setData("org.appraise.test.id", "single-screening");
        single.addListener(SWT.Selection, e -> {
            ReviewSession review = changes.review();
            if (review != null && review.folder().review().isSingleScreening() != single.getSelection()) {
                review.domain().getCommandStack().execute(new ScreeningEdits(review.domain(), review.folder().review()).method(single.getSelection()));
            }
        });
        scrolled.setContent(form);
        scrolled.addListener(SWT.Resize, e -> scrolled.setMinSize(form.computeSize(scrolled.getClientArea().width, SWT.DEFAULT)));
        tab(tabs, "Question", scrolled);
        list(tabs, "Outcomes", MODEL.getReview_Outcomes(), "outcome", MODEL.getOutcomeDefinition_Name(),
                MODEL.getOutcomeDefinition_Domain(), MODEL.getOutcomeDefinition_Measurement(), MODEL.getOutcomeDefinition_Metric(),
                MODEL.getOutcomeDefinition_Aggregation(), MODEL.getOutcomeDefinition_Timing(), MODEL.getOutcomeDefinition_Primary());
        list(tabs, "Eligibility", MODEL.getReview_Criteria(), "criterion", MODEL.getEligibilityCriterion_Text(),
                MODEL.getEligibilityCriterion_Kind(), MODEL.getEligibilityCriterion_Element());
        list(tabs, "Exclusion reasons", MODEL.getReview_ExclusionReasons(), "exclude", MODEL.getExclusionReason_Text(),
                MODEL.getExclusionReason_Stage());
        list(tabs, "Reviewers", MODEL.getReview_Reviewers(), "reviewer", MODEL.getReviewer_Name(), MODEL.getReviewer_Role());
        tabs.setSelection(0);
        changes.follow(context, parent);
    }

    private Text field(Composite form, String label, EAttribute attribute) {
        new Label(form, SWT.NONE).setText(label + ":");
        boolean longText = attribute == null || attribute != MODEL.getReviewQuestion_StudyDesigns();
        Text text = TabLeavesField.on(new Text(form, SWT.BORDER | (longText ? SWT.MULTI | SWT.WRAP : SWT.SINGLE)));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, longText ? 38 : SWT.DEFAULT).applyTo(text);
        text.setData("org.appraise.test.id", attribute == null ? "title" : attribute.getName());
        text.addListener(SWT.FocusOut, e -> commit(text, attribute));
        text.addListener(SWT.DefaultSelection, e -> commit(text, attribute));
        return text;
    }

    private void list(CTabFolder tabs, String name, org.eclipse.emf.ecore.EReference feature, String idPrefix, EAttribute... columns) {
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new org.eclipse.swt.layout.FillLayout());
        lists.add(new ObjectListEditor(page, () -> changes.review(), feature, List.of(columns), idPrefix));
        tab(tabs, name, page);
    }

    private static void tab(CTabFolder tabs, String name, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setControl(control);
    }

    /** Writes a changed field to the model as a command; an unchanged field does nothing. */
    private void commit(Text text, EAttribute attribute) {
        ReviewSession review = changes.review();
        if (review == null) {
            return;
        }
        Review model = review.folder().review();
        String value = text.getText().isBlank() ? null : text.getText().trim();
        var stack = review.domain().getCommandStack();
        if (attribute == null) {
            if (!Objects.equals(value, model.getTitle())) {
                stack.execute(SetCommand.create(review.domain(), model, MODEL.getReview_Title(), value));
            }
            return;
        }
        ReviewQuestion current = model.getQuestion();
        if (current == null) {
            ReviewQuestion created = AppraiseFactory.eINSTANCE.createReviewQuestion();
            created.eSet(attribute, value);
            stack.execute(SetCommand.create(review.domain(), model, MODEL.getReview_Question(), created));
        } else if (!Objects.equals(value, current.eGet(attribute))) {
            stack.execute(SetCommand.create(review.domain(), current, attribute, value));
        }
    }

    private void show() {
        ReviewSession review = changes.review();
        if (title == null || title.isDisposed()) {
            return;
        }
        Review model = review == null ? null : review.folder().review();
        set(title, model == null ? null : model.getTitle());
        single.setSelection(model != null && model.isSingleScreening());
        EObject q = model == null ? null : model.getQuestion();
        question.forEach((attribute, text) -> set(text, q == null ? null : (String) q.eGet(attribute)));
        lists.forEach(list -> list.show(model));
    }

    private static void set(Text text, String value) {
        String shown = value == null ? "" : value;
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }

    @Focus
    public void focus() {
        title.setFocus();
    }

}
