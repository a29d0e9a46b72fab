package org.appraise.cli.internal.assistant;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.UsageException;
import org.appraise.core.ReportText;
import org.appraise.core.assistant.ExtractionAssistant;
import org.appraise.core.assistant.PaperArms;
import org.appraise.core.assistant.Proposal;
import org.appraise.core.assistant.ProposalAcceptance;
import org.appraise.model.Report;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appraise propose}: the results the extraction assistant reads in a study's paper, each with its quote,
 * offsets, confidence and reason; with {@code --accept-all --by REVIEWER} they are recorded into that reviewer's
 * extraction as one command (for scripted pipelines), values already recorded kept and conflicts listed.
 */
@Command(name = "propose", description = { "The results the extraction assistant reads in a study's paper, each with the words it came from.",
        "Nothing is recorded unless --accept-all --by REVIEWER: then every proposal goes into that reviewer's extraction",
        "(marked as proposed by the assistant, accepted by the reviewer); values already recorded are kept and conflicts listed." })
public final class ProposeCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--study", paramLabel = "ID", required = true, description = "The study whose paper is read (required).")
    private String studyId;

    @Option(names = "--json", description = "Print the proposals as JSON.")
    private boolean json;

    @Option(names = "--accept-all", description = "Record every proposal into the reviewer's extraction (needs --by).")
    private boolean acceptAll;

    @Option(names = "--by", paramLabel = "REVIEWER", description = "The reviewer who accepts (with --accept-all).")
    private String by;

    @Override
    public Integer call() throws IOException {
        if (acceptAll && by == null) {
            throw new UsageException("say who accepts the proposals: --accept-all --by REVIEWER");
        }
        ReviewSession session = acceptAll ? terminal.openWhole("record") : terminal.open();
        Review review = session.folder().review();
        Study study = review.getStudies().stream().filter(s -> s.getId().equals(studyId)).findFirst()
                .orElseThrow(() -> new UsageException("no study '" + studyId + "' in the review"));
        Report report = study.getReports().stream().findFirst().orElseThrow(() -> new UsageException(studyId + " has no report to read"));
        ReportText text = session.folder().readReport(report);
        ExtractionAssistant.PaperResults read = ExtractionAssistant.read(text);
        if (json) {
            terminal.printJson(json(study, report, read));
        } else {
            print(read);
        }
        if (!acceptAll) {
            terminal.err().println(read.proposals().size() + " proposal(s)" + read.whyNone().map(why -> " (" + why + ")").orElse("")
                    + "; nothing recorded (--accept-all --by REVIEWER records them)");
            return Terminal.withProblems(Terminal.OK, session);
        }
        Reviewer reviewer = review.getReviewers().stream().filter(r -> r.getId().equals(by)).findFirst()
                .orElseThrow(() -> new UsageException("no reviewer '" + by + "' in the review"));
        ProposalAcceptance.Accepted accepted = new ProposalAcceptance(session.domain(), review, study, report, text, reviewer)
                .accept(read.arms(), read.proposals());
        accepted.conflicts().forEach(c -> terminal.err().println("conflict: " + c));
        if (accepted.command() != null) {
            session.domain().getCommandStack().execute(accepted.command());
            session.save();
        }
        terminal.err().println("Recorded " + accepted.values() + " value(s) into " + by + "'s extraction of " + studyId + "; "
                + accepted.conflicts().size() + " conflict(s) kept as recorded" + (accepted.command() == null ? "" : "; saved"));
        return accepted.conflicts().isEmpty() ? Terminal.OK : Terminal.FINDINGS;
    }

    private void print(ExtractionAssistant.PaperResults read) {
        for (PaperArms.Arm arm : read.arms().arms()) {
            terminal.out().println("arm " + (arm.index() + 1) + ": " + arm.label() + "  " + arm.sizes().entrySet().stream()
                    .map(e -> e.getKey().words() + " n=" + e.getValue().n()).sorted().toList());
        }
        for (Proposal p : read.proposals()) {
            String values = String.join(", ", p.values().stream().map(v -> v.describe().replace("*", " (derived)")).toList());
            String arm = read.arms().arms().get(p.arm()).label()
                    + (p.comparator() >= 0 ? " vs " + read.arms().arms().get(p.comparator()).label() : "");
            terminal.out().println(String.format(java.util.Locale.ROOT, "%-26s %-16s %-10s %-28s %s%n    \"%s\" [%d-%d] %.2f %s",
                    p.outcome().displayName(), p.population(), p.criteria() == null ? "-" : p.criteria(), arm, values,
                    p.quote().text().replaceAll("\\s+", " "), p.quote().start(), p.quote().end(), p.confidence(), p.reason()));
        }
    }

    private static ObjectNode json(Study study, Report report, ExtractionAssistant.PaperResults read) {
        ObjectNode root = Terminal.json().createObjectNode();
        root.put("study", study.getId());
        root.put("report", report.getFile());
        root.put("assistant", ExtractionAssistant.VERSION);
        ArrayNode arms = root.putArray("arms");
        for (PaperArms.Arm arm : read.arms().arms()) {
            ObjectNode node = arms.addObject();
            node.put("arm", arm.index() + 1);
            node.put("label", arm.label());
            ObjectNode sizes = node.putObject("n");
            arm.sizes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> sizes.put(e.getKey().words(), e.getValue().n()));
        }
        ArrayNode proposals = root.putArray("proposals");
        for (Proposal p : read.proposals()) {
            ObjectNode node = proposals.addObject();
            node.put("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode values = node.putArray("values");
            for (Proposal.Part part : p.values()) {
                ObjectNode value = values.addObject();
                value.put("part", part.part());
                value.put("number", part.number());
                if (part.derived()) {
                    value.put("derivation", part.derivation());
                }
                if (part.unit() != null) {
                    value.put("unit", part.unit());
                }
                value.put("start", part.span().start());
                value.put("end", part.span().end());
            }
            node.put("arm", read.arms().arms().get(p.arm()).label());
            if (p.comparator() >= 0) {
                node.put("comparator", read.arms().arms().get(p.comparator()).label());
            }
            node.put("outcome", p.outcome().key());
            node.put("criteria", p.criteria());
            node.put("population", p.population());
            node.put("timepoint", p.timepoint());
            node.put("quote", p.quote().text());
            node.put("start", p.quote().start());
            node.put("end", p.quote().end());
            if (p.page() == null) {
                node.putNull("page");
            } else {
                node.put("page", p.page());
            }
            node.put("confidence", p.confidence());
            node.put("reason", p.reason());
            List<Proposal.Span> also = p.alsoAt();
            if (!also.isEmpty()) {
                ArrayNode at = node.putArray("alsoAt");
                also.forEach(s -> at.addObject().put("start", s.start()).put("end", s.end()));
            }
        }
        return root;
    }
}
