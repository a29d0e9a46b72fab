package org.appraise.cli.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.screening.ScreeningState;
import org.appraise.core.screening.StudyRecords;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise study-records}: the search records each study was found in, and the change of a study's records. */
@picocli.CommandLine.Command(name = "study-records", description = {
        "The search records each study was found in, and the records included at full text that no study has yet.",
        "--study with --link / --unlink changes one study's records (one command, saved); PRISMA counts studies by them." })
public final class StudyRecordsCommand implements Callable<Integer> {

    private static final int TITLE = 70;

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--study", paramLabel = "ID", description = "Only this study; needed by --link and --unlink.")
    private String studyId;

    @Option(names = "--link", paramLabel = "RECORD", description = "A record the study was found in (repeatable).")
    private List<String> linking = new ArrayList<>();

    @Option(names = "--unlink", paramLabel = "RECORD", description = "A record to take off the study (repeatable).")
    private List<String> unlinking = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        ReviewSession session = terminal.open();
        Review review = session.folder().review();
        StudyRecords records = new StudyRecords(session.domain(), review);
        Study study = studyId == null ? null : review.getStudies().stream().filter(s -> studyId.equals(s.getId())).findFirst()
                .orElseThrow(() -> new UsageException("no study '" + studyId + "' in the review"));
        if (!linking.isEmpty() || !unlinking.isEmpty()) {
            if (study == null) {
                throw new UsageException("--link and --unlink need --study ID");
            }
            List<Reference> wanted = new ArrayList<>(study.getReferences());
            for (String id : unlinking) {
                Reference record = record(review, id);
                if (!wanted.remove(record)) {
                    throw new UsageException("record " + id + " is not a record of study " + study.getId());
                }
            }
            for (String id : linking) {
                Reference record = record(review, id);
                if (!wanted.contains(record)) {
                    wanted.add(record);
                }
            }
            Command change;
            try {
                change = records.relink(study, wanted);
            } catch (IllegalArgumentException e) {
                terminal.err().println("refused: " + e.getMessage());
                return Terminal.FINDINGS;
            }
            if (change == IdentityCommand.INSTANCE) {
                terminal.err().println("Study " + study.getId() + " already has these records; nothing changed");
            } else {
                session.domain().getCommandStack().execute(change);
                session.save();
                terminal.err().println(change.getLabel() + ": " + study.getReferences().size() + " record(s); saved");
            }
        }
        ScreeningState state = ScreeningState.of(review);
        for (Study shown : study == null ? review.getStudies() : List.of(study)) {
            terminal.out().println(shown.getId() + "  " + (shown.getLabel() == null ? "" : shown.getLabel()) + ": "
                    + (shown.getReferences().isEmpty() ? "no record (link the record it was found in: --study " + shown.getId() + " --link RECORD)"
                            : shown.getReferences().size() + " record(s)"));
            shown.getReferences().forEach(r -> terminal.out().println("  " + line(r, state)));
        }
        if (study == null) {
            List<Reference> waiting = records.waiting();
            terminal.out().println(waiting.isEmpty() ? "No record included at full text is waiting for a study."
                    : waiting.size() + " record(s) included at full text without a study:");
            waiting.forEach(r -> terminal.out().println("  " + line(r, state)));
        }
        return Terminal.OK;
    }

    private static Reference record(Review review, String id) {
        return review.getReferences().stream().filter(r -> id.equals(r.getId())).findFirst()
                .orElseThrow(() -> new UsageException("no record '" + id + "' in the review"));
    }

    /** A record as a reviewer finds it again: id, first author and year, the start of its title, how far it got in screening. */
    private static String line(Reference r, ScreeningState state) {
        String title = r.getTitle() == null ? "(no title)" : r.getTitle();
        if (title.length() > TITLE) {
            title = title.substring(0, TITLE - 1) + "\u2026";
        }
        return r.getId() + "  " + StudyRecords.labelOf(r).orElse("(no author)") + "  " + title + "  [" + StudyRecords.screened(state, r) + "]";
    }
}
