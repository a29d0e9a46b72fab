package org.appraise.ui.internal.parts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import org.appraise.core.screening.ScreeningEdits;
import org.appraise.core.screening.ScreeningState;
import org.appraise.model.ExclusionReason;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Verdict;
import org.appraise.session.ReviewSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Screening, driven from the keyboard: choose who you are and the stage, then on a record press I (include),
 * E (exclude; at full text a reason from the review's list is asked for), M (maybe), N (not retrieved, full
 * text only); the cursor moves to the next record. The record's title, source and abstract are shown with
 * the words of the review's inclusion criteria highlighted in green and of its exclusion criteria in red.
 * Blinded by default: only your own decisions show until you tick "Show other reviewers". The Conflicts
 * filter lists the records the reviewers disagree on; Resolve... records the resolution apart from their
 * decisions. The list is virtual, so a search of 100,000 records stays responsive.
 */
public final class ScreeningPart {

    private static final String[] FILTERS = { "All records", "Not yet decided by me", "Conflicts", "Decided: include", "Decided: exclude" };

    private final ReviewChanges changes;
    private Combo reviewer;
    private Combo stage;
    private Combo filter;
    private Button reveal;
    private Label summary;
    private Table table;
    private StyledText record;
    private ScreeningState state;
    private final List<Reference> shown = new ArrayList<>();
    private final RecordColumn recordColumn = new RecordColumn();
    /** The width the longest record id of the open review asks for. */
    private int recordWidth = 150;
    /** The ids of the reviewers "I am" lists, in its order. */
    private List<String> teamIds = List.of();

    @Inject
    public ScreeningPart(UISynchronize ui) {
        this.changes = new ReviewChanges(ui, this::refresh).whenOpened(opened -> {
            reviewers(opened);
            refresh();
        });
    }

    @PostConstruct
    public void create(Composite parent, IEclipseContext context) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = BarControls.bar(parent);
        new Label(bar, SWT.NONE).setText("I am");
        reviewer = BarControls.choice(bar, "screening-reviewer");
        new Label(bar, SWT.NONE).setText("Stage");
        stage = BarControls.choice(bar, "screening-stage");
        stage.setItems("Title and abstract", "Full text");
        stage.select(0);
        filter = BarControls.choice(bar, "screening-filter");
        filter.setItems(FILTERS);
        filter.select(0);
        reveal = new Button(bar, SWT.CHECK);
        reveal.setText("Show other reviewers");
        reveal.setData("org.appraise.test.id", "screening-reveal");
        BarControls.button(bar, "Resolve\u2026", this::resolveSelected);
        summary = BarControls.heading(parent, "screening-summary");
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new Table(sash, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("org.appraise.test.id", "screening-records");
        // the decisions next to the record, where they stay in sight however long the ids are; the title (also in
        // the record's text beside the list) last
        for (String[] column : new String[][] { { "Record", "150" }, { "Mine", "80" }, { "Others", "140" }, { "Verdict", "90" },
                { "Year", "50" }, { "Title", "340" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        recordColumn.follow(table.getColumn(0));
        table.addListener(SWT.Resize, e -> fitRecordColumn());
        table.addListener(SWT.SetData, this::fillItem);
        table.addListener(SWT.Selection, e -> showRecord());
        table.addListener(SWT.KeyDown, this::key);
        record = new StyledText(sash, SWT.BORDER | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        record.setMargins(8, 8, 8, 8);
        record.setData("org.appraise.test.id", "screening-record");
        sash.setWeights(55, 45);
        for (Combo combo : List.of(reviewer, stage, filter)) {
            combo.addListener(SWT.Selection, e -> refresh());
        }
        reveal.addListener(SWT.Selection, e -> refresh());
        changes.follow(context, parent);
    }

    /** The reviewer working (the review's git user) screens as themselves from the start. */
    private void reviewers(ReviewSession opened) {
        showTeam(opened == null ? List.of() : opened.folder().review().getReviewers(),
                opened == null ? null : opened.me().map(Reviewer::getId).orElse(null));
    }

    /** The reviewers to screen as follow the team as it grows; the one chosen stays chosen (by id: a member renamed). */
    private void followTeam(List<Reviewer> team) {
        int at = reviewer.getSelectionIndex();
        showTeam(team, at >= 0 && at < teamIds.size() ? teamIds.get(at) : null);
    }

    private void showTeam(List<Reviewer> team, String chosenId) {
        String[] names = team.stream().map(ScreeningPart::named).toArray(String[]::new);
        if (!Arrays.equals(names, reviewer.getItems())) {
            reviewer.setItems(names);
            reviewer.getParent().layout();
        }
        teamIds = team.stream().map(r -> r.getId() == null ? "" : r.getId()).toList();
        reviewer.select(Math.max(0, teamIds.indexOf(chosenId)));
    }

    /** A reviewer as the "I am" list shows them: the id the summary uses, and the name. */
    private static String named(Reviewer r) {
        String id = r.getId() == null ? "" : r.getId();
        return r.getName() == null || r.getName().isBlank() ? id : id + " \u2013 " + r.getName();
    }

    @Focus
    public void focus() {
        table.setFocus();
    }


    private Optional<Reviewer> me() {
        ReviewSession review = changes.review();
        if (review == null || reviewer.getSelectionIndex() < 0) {
            return Optional.empty();
        }
        return Optional.of(review.folder().review().getReviewers().get(reviewer.getSelectionIndex()));
    }

    private ScreeningStage currentStage() {
        return stage.getSelectionIndex() == 1 ? ScreeningStage.FULL_TEXT : ScreeningStage.TITLE_ABSTRACT;
    }

    /** The records of the stage: every unmarked record at title and abstract; those sent on at full text. */
    private void refresh() {
        ReviewSession review = changes.review();
        if (table == null || table.isDisposed()) {
            return;
        }
        Reference selected = selected().orElse(null);
        shown.clear();
        if (review == null) {
            state = null;
            table.setItemCount(0);
            BarControls.say(summary, "No review open (File > Open Review...)");
            record.setText("");
            return;
        }
        followTeam(review.folder().review().getReviewers());
        state = ScreeningState.of(review.folder().review());
        ScreeningStage now = currentStage();
        Reviewer me = me().orElse(null);
        int undecided = 0;
        for (Reference reference : review.folder().review().getReferences()) {
            if (reference.getDuplicateOf() != null || reference.getRemovedBeforeScreening() != null) {
                continue; // removed before screening: a duplicate, ineligible by automation, or removed for another reason
            }
            if (now == ScreeningStage.FULL_TEXT
                    && state.verdict(reference, ScreeningStage.TITLE_ABSTRACT).map(v -> v == Verdict.EXCLUDE).orElse(true)) {
                continue;
            }
            Optional<ScreeningState.Standing> standing = state.at(reference, now);
            boolean mine = standing.map(s -> s.decisions().containsKey(me)).orElse(false);
            if (!mine) {
                undecided++;
            }
            boolean keep = switch (filter.getSelectionIndex()) {
            case 1 -> !mine;
            case 2 -> standing.map(ScreeningState.Standing::conflict).orElse(false);
            case 3 -> standing.flatMap(ScreeningState.Standing::verdict).map(v -> v == Verdict.INCLUDE).orElse(false);
            case 4 -> standing.flatMap(ScreeningState.Standing::verdict).map(v -> v == Verdict.EXCLUDE).orElse(false);
            default -> true;
            };
            if (keep) {
                shown.add(reference);
            }
        }
        if (table.getItemCount() != shown.size()) {
            table.setItemCount(shown.size());
        }
        int width = recordColumn.width(table, review, () -> shown.stream().map(Reference::getId).iterator(), 0);
        if (width > 0) {
            recordWidth = width;
            fitRecordColumn();
        }
        table.clearAll();
        String who = me == null ? "no reviewers yet: add the team in the Review view's Reviewers tab, then screen as one of them. "
                : undecided + " still to decide by " + me.getId() + " at this stage; ";
        BarControls.say(summary, (review.folder().review().isSingleScreening() ? "Single screening: one decision counts. " : "")
                + shown.size() + " record(s) shown; " + who + state.conflicts(now).size() + " open conflict(s). Keys: I include, E exclude, M maybe"
                + (now == ScreeningStage.FULL_TEXT ? ", N not retrieved" : "") + "; the next record follows.");
        summary.getParent().layout();
        int index = selected == null ? -1 : shown.indexOf(selected);
        if (index >= 0) {
            table.setSelection(index);
        } else if (!shown.isEmpty()) {
            table.setSelection(0);
        }
        showRecord();
    }

    /** The Record column as wide as the longest id asks, as far as Mine, Others and Verdict stay in sight beside it. */
    private void fitRecordColumn() {
        int client = table.getClientArea().width;
        int room = client - IntStream.rangeClosed(1, 3).map(i -> table.getColumn(i).getWidth()).sum();
        int width = client <= 0 ? recordWidth : Math.min(recordWidth, Math.max(150, room));
        if (width != table.getColumn(0).getWidth()) {
            table.getColumn(0).setWidth(width);
        }
    }

    private void fillItem(Event event) {
        TableItem item = (TableItem) event.item;
        int index = table.indexOf(item);
        if (index < 0 || index >= shown.size() || state == null) {
            return;
        }
        Reference reference = shown.get(index);
        Optional<ScreeningState.Standing> standing = state.at(reference, currentStage());
        Reviewer me = me().orElse(null);
        String mine = standing.map(s -> s.decisions().get(me)).map(ScreeningPart::word).orElse("");
        List<String> others = new ArrayList<>();
        if (reveal.getSelection()) {
            standing.ifPresent(s -> s.decisions().forEach((who, d) -> {
                if (who != me) {
                    others.add(who.getId() + ": " + word(d));
                }
            }));
        }
        // with the others' decisions hidden, a conflict and a record awaiting the other reviewer both read "pending": telling
        // them apart would tell a reviewer whether the other disagreed
        String verdict = standing.map(s -> s.resolution().isPresent() ? "resolved: " + word(s.resolution().get())
                : s.verdict().isEmpty() && !reveal.getSelection() ? "pending" : s.said()).orElse("pending");
        item.setText(new String[] { recordColumn.shown(reference.getId()), mine, reveal.getSelection() ? String.join(", ", others) : "(hidden)",
                verdict, reference.getYear() == null ? "" : reference.getYear().toString(),
                reference.getTitle() == null ? "" : reference.getTitle() });
    }

    private static String word(ScreeningDecision decision) {
        String verdict = decision.getVerdict() == null ? "" : decision.getVerdict().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
        return decision.getReason() == null ? verdict : verdict + " (" + decision.getReason().getText() + ")";
    }

    private Optional<Reference> selected() {
        int index = table == null ? -1 : table.getSelectionIndex();
        return index < 0 || index >= shown.size() ? Optional.empty() : Optional.of(shown.get(index));
    }

    private void key(Event event) {
        ReviewSession review = changes.review();
        Optional<Reference> reference = selected();
        Reviewer me = me().orElse(null);
        if (reference.isEmpty() || me == null) {
            return;
        }
        char key = Character.toLowerCase(event.character);
        Verdict verdict = switch (key) {
        case 'i' -> Verdict.INCLUDE;
        case 'e' -> Verdict.EXCLUDE;
        case 'm' -> Verdict.MAYBE;
        case 'n' -> currentStage() == ScreeningStage.FULL_TEXT ? Verdict.NOT_RETRIEVED : null;
        default -> null;
        };
        if (verdict == null) {
            return;
        }
        event.doit = false;
        ExclusionReason reason = null;
        if (verdict == Verdict.EXCLUDE && currentStage() == ScreeningStage.FULL_TEXT) {
            reason = chooseReason().orElse(null);
            if (reason == null) {
                return;
            }
        }
        int index = table.getSelectionIndex();
        int next = Math.min(index + 1, shown.size() - 1);
        // the list follows the command stack (ReviewChanges); the cursor moves on now, to the record after this one
        review.domain().getCommandStack().execute(new ScreeningEdits(review.domain(), review.folder().review())
                .decide(me, reference.get(), currentStage(), verdict, reason, null, Instant.now()));
        table.setSelection(next);
        table.clear(index);
        showRecord();
    }

    private Optional<ExclusionReason> chooseReason() {
        List<ExclusionReason> reasons = changes.review().folder().review().getExclusionReasons().stream()
                .filter(r -> r.getStage() == null || r.getStage() == ScreeningStage.FULL_TEXT).toList();
        if (reasons.isEmpty()) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(table.getShell(), "Appraise",
                    "The review has no exclusion reasons for full text yet (Review part).");
            return Optional.empty();
        }
        FieldsDialog form = new FieldsDialog(table.getShell(), "Reason for exclusion")
                .choice("reason", "Reason", reasons.stream().map(ExclusionReason::getText).toList(), reasons.get(0).getText(), false);
        return form.open() == Window.OK && form.index("reason") >= 0 ? Optional.of(reasons.get(form.index("reason"))) : Optional.empty();
    }

    private void resolveSelected() {
        ReviewSession review = changes.review();
        Optional<Reference> reference = selected();
        Reviewer me = me().orElse(null);
        if (reference.isEmpty() || me == null) {
            return;
        }
        ScreeningStage now = currentStage();
        List<Verdict> verdicts = now == ScreeningStage.FULL_TEXT ? List.of(Verdict.INCLUDE, Verdict.EXCLUDE, Verdict.NOT_RETRIEVED)
                : List.of(Verdict.INCLUDE, Verdict.EXCLUDE);
        List<ExclusionReason> reasons = review.folder().review().getExclusionReasons().stream()
                .filter(r -> r.getStage() == null || r.getStage() == ScreeningStage.FULL_TEXT).toList();
        List<String> reasonNames = new ArrayList<>(List.of("(none)"));
        reasons.forEach(r -> reasonNames.add(r.getText()));
        FieldsDialog form = new FieldsDialog(table.getShell(), "Resolve " + reference.get().getId() + " (recorded by " + me.getId() + ")")
                .choice("verdict", "Verdict", verdicts.stream().map(v -> v.getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')).toList(),
                        null, false)
                .choice("reason", "Reason (full-text exclusion)", reasonNames, "(none)", false)
                .text("note", "Why", "");
        if (form.open() != Window.OK || form.index("verdict") < 0) {
            return;
        }
        Verdict verdict = verdicts.get(form.index("verdict"));
        ExclusionReason reason = form.index("reason") > 0 ? reasons.get(form.index("reason") - 1) : null;
        try {
            review.domain().getCommandStack().execute(new ScreeningEdits(review.domain(), review.folder().review())
                    .resolve(me, reference.get(), now, verdict, reason, form.get("note"), Instant.now()));
        } catch (IllegalArgumentException e) {
            org.eclipse.jface.dialogs.MessageDialog.openInformation(table.getShell(), "Appraise", e.getMessage());
        }
        refresh();
    }

    /** The selected record with the review's inclusion words in green and exclusion words in red. */
    private void showRecord() {
        Optional<Reference> reference = selected();
        if (reference.isEmpty()) {
            boolean none = changes.review() != null && changes.review().folder().review().getReferences().isEmpty();
            record.setText(!shown.isEmpty() ? "" : none
                    ? "No records yet: File > Import References... adds a search's export (RIS, MEDLINE, PubMed or EndNote XML, BibTeX, CSV)."
                    : "No records here.");
            return;
        }
        RecordText.show(record, reference.get(), changes.review().folder().review());
    }
}
