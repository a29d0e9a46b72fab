package org.appraise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.core.dedup.Deduplication;
import org.appraise.core.Progress;
import org.appraise.core.screening.Agreement;
import org.appraise.core.screening.PrismaCounts;
import org.appraise.core.screening.ScreeningState;
import org.appraise.export.figures.Drawing;
import org.appraise.export.figures.FigureFont;
import org.appraise.export.figures.FigureFormat;
import org.appraise.export.figures.PrismaDiagram;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningStage;
import org.appraise.model.Verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code appraise dedup}, {@code appraise screening --stats} and {@code appraise prisma}. */
final class ScreeningCommands {

    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    ScreeningCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Finds duplicate groups among the records not yet marked; with apply, marks them and saves. */
    int dedup(ReviewFolder folder, boolean apply, Progress progress) throws IOException {
        Review review = folder.review();
        List<Reference> open = review.getReferences().stream().filter(r -> r.getDuplicateOf() == null).toList();
        Deduplication.Finding finding = new Deduplication().search(open, progress);
        List<Deduplication.Group> groups = finding.groups();
        int duplicates = 0;
        for (Deduplication.Group group : groups) {
            out.println("keep " + group.kept().getId() + ": " + abbreviate(group.kept().getTitle()));
            for (Reference duplicate : group.duplicates()) {
                duplicates++;
                out.printf(java.util.Locale.ROOT, "  duplicate %s (score %.3f, %s): %s%n", duplicate.getId(),
                        group.scores().getOrDefault(duplicate, 1.0), PrismaSource.of(duplicate), group.reasons().get(duplicate));
            }
        }
        for (Deduplication.Check check : finding.toCheck()) {
            out.printf(java.util.Locale.ROOT, "check %s and %s (score %.3f): %s%n", check.first().getId(), check.second().getId(), check.score(),
                    check.reason().replaceFirst("^check: ", ""));
        }
        err.println(groups.size() + " group(s), " + duplicates + " duplicate record(s) among " + open.size() + " unmarked record(s)"
                + (finding.toCheck().isEmpty() ? "" : "; " + finding.toCheck().size() + " pair(s) to check in the Duplicates view (never marked here)")
                + (apply ? "" : "; nothing changed (--apply marks them)"));
        if (apply && duplicates > 0) {
            // the same edit rule and command stack as the workbench's Duplicates view
            org.appraise.session.ReviewSession session = org.appraise.session.ReviewSession.of(folder);
            org.appraise.core.dedup.DuplicateEdits edits = new org.appraise.core.dedup.DuplicateEdits(session.domain());
            org.eclipse.emf.common.command.CompoundCommand marks = new org.eclipse.emf.common.command.CompoundCommand("Mark duplicates");
            for (Deduplication.Group group : groups) {
                marks.append(edits.mark(group.kept(), group.duplicates(), "Mark duplicates of " + group.kept().getId()));
            }
            session.domain().getCommandStack().execute(marks);
            session.save();
            err.println("Marked " + duplicates + " duplicate(s); nothing was deleted");
            return Cli.OK;
        }
        return Cli.OK;
    }

    /**
     * Marks records as removed before screening, with the reason (and whether an automation tool decided).
     * Refuses, changing nothing, when an id is unknown, a record is a duplicate, or it already has a
     * title/abstract decision: the reviewer must see those first.
     */
    int removeBeforeScreening(ReviewFolder folder, List<String> ids, String reason, boolean automation) throws IOException {
        Review review = folder.review();
        Map<String, Reference> byId = new LinkedHashMap<>();
        review.getReferences().forEach(r -> byId.put(r.getId(), r));
        ScreeningState state = ScreeningState.of(review);
        List<String> refused = new ArrayList<>();
        List<Reference> removing = new ArrayList<>();
        for (String id : ids) {
            Reference reference = byId.get(id);
            if (reference == null) {
                refused.add(id + ": no such record");
            } else if (reference.getDuplicateOf() != null) {
                refused.add(id + ": already removed as a duplicate of " + reference.getDuplicateOf().getId());
            } else if (state.verdict(reference, ScreeningStage.TITLE_ABSTRACT).isPresent()
                    || !state.at(reference, ScreeningStage.TITLE_ABSTRACT).map(s -> s.decisions().isEmpty()).orElse(true)) {
                refused.add(id + ": already screened (a decision exists)");
            } else {
                removing.add(reference);
            }
        }
        if (!refused.isEmpty()) {
            refused.forEach(r -> err.println("refused: " + r));
            err.println("Nothing changed: " + refused.size() + " of " + ids.size() + " record(s) cannot be removed before screening");
            return Cli.FINDINGS;
        }
        for (Reference reference : removing) {
            reference.setRemovedBeforeScreening(reason);
            reference.setRemovedByAutomation(automation);
        }
        folder.save();
        err.println("Removed " + removing.size() + " record(s) before screening (" + (automation ? "marked ineligible by automation: " : "other reasons: ")
                + reason + ")");
        return Cli.OK;
    }

    int stats(Review review, boolean json) {
        ScreeningState state = ScreeningState.of(review);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode stages = root.putObject("stages");
        for (ScreeningStage stage : ScreeningStage.VALUES) {
            ObjectNode node = stages.putObject(stage.getLiteral());
            List<ScreeningState.Standing> all = state.all(stage);
            Map<String, Integer> verdicts = new LinkedHashMap<>();
            for (Verdict verdict : Verdict.VALUES) {
                verdicts.put(verdict.getLiteral(), 0);
            }
            int resolved = 0;
            for (ScreeningState.Standing standing : all) {
                standing.verdict().ifPresent(v -> verdicts.merge(v.getLiteral(), 1, Integer::sum));
                if (standing.resolution().isPresent()) {
                    resolved++;
                }
            }
            node.put("records", all.size());
            node.put("decided", all.stream().filter(s -> s.verdict().isPresent()).count());
            node.set("verdicts", mapper.valueToTree(verdicts));
            List<ScreeningState.Standing> conflicts = state.conflicts(stage);
            node.put("conflicts", conflicts.size());
            node.put("resolved", resolved);
            ArrayNode open = node.putArray("openConflicts");
            conflicts.forEach(c -> open.add(c.reference().getId()));
            ArrayNode pairs = node.putArray("agreement");
            List<Reviewer> reviewers = new ArrayList<>();
            all.forEach(s -> s.decisions().keySet().forEach(r -> {
                if (!reviewers.contains(r)) {
                    reviewers.add(r);
                }
            }));
            for (int i = 0; i < reviewers.size(); i++) {
                for (int j = i + 1; j < reviewers.size(); j++) {
                    Agreement agreement = state.agreement(stage, reviewers.get(i), reviewers.get(j));
                    ObjectNode pair = pairs.addObject();
                    pair.putArray("reviewers").add(reviewers.get(i).getId()).add(reviewers.get(j).getId());
                    pair.put("records", agreement.items());
                    pair.put("percentAgreement", round(agreement.percent()));
                    if (agreement.kappa().isPresent()) {
                        pair.put("kappa", round(agreement.kappa().get()));
                    } else {
                        pair.putNull("kappa");
                    }
                }
            }
        }
        if (json) {
            out.println(write(root));
        } else {
            root.get("stages").fields().forEachRemaining(stage -> {
                out.println(stage.getKey() + ": " + stage.getValue().get("records") + " record(s), " + stage.getValue().get("decided")
                        + " decided " + stage.getValue().get("verdicts") + ", " + stage.getValue().get("conflicts") + " open conflict(s), "
                        + stage.getValue().get("resolved") + " resolved");
                stage.getValue().get("agreement").forEach(pair -> out.println("  " + pair.get("reviewers") + ": " + pair.get("records")
                        + " record(s), agreement " + pair.get("percentAgreement") + ", kappa " + pair.get("kappa")));
            });
        }
        return Cli.OK;
    }

    int prisma(Review review, boolean json, Map<String, String> files, int dpi) throws IOException {
        PrismaCounts counts = PrismaCounts.of(review);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode identification = root.putObject("identification");
        identification.set("databases", mapper.valueToTree(counts.databases()));
        identification.put("databasesTotal", counts.identifiedFromDatabases());
        identification.set("registers", mapper.valueToTree(counts.registers()));
        identification.put("registersTotal", counts.identifiedFromRegisters());
        identification.put("duplicatesRemoved", counts.duplicates());
        identification.put("automationRemoved", counts.removedByAutomation());
        identification.put("otherRemoved", counts.removedOther());
        ObjectNode screening = root.putObject("screening");
        screening.put("screened", counts.screened());
        screening.put("excluded", counts.excluded());
        screening.put("sought", counts.sought());
        screening.put("notRetrieved", counts.notRetrieved());
        screening.put("assessed", counts.assessed());
        screening.set("excludedReports", mapper.valueToTree(counts.excludedReports()));
        ObjectNode other = root.putObject("otherMethods");
        other.set("identified", mapper.valueToTree(counts.otherSources()));
        other.put("sought", counts.otherSought());
        other.put("notRetrieved", counts.otherNotRetrieved());
        other.put("assessed", counts.otherAssessed());
        other.set("excludedReports", mapper.valueToTree(counts.otherExcludedReports()));
        ObjectNode included = root.putObject("included");
        included.put("studies", counts.studiesIncluded());
        included.put("reports", counts.reportsIncluded());
        ArrayNode findings = root.putArray("findings");
        for (PrismaCounts.Finding finding : counts.findings()) {
            ObjectNode node = findings.addObject();
            node.put("severity", finding.error() ? "error" : "warning");
            node.put("message", finding.message());
            ArrayNode records = node.putArray("records");
            finding.references().forEach(records::add);
            List<String> named = finding.references();
            err.println((finding.error() ? "error: " : "warning: ") + finding.message() + ": " + String.join(", ", named.subList(0, Math.min(10, named.size())))
                    + (named.size() > 10 ? " and " + (named.size() - 10) + " more (--json lists them all)" : ""));
        }
        if (json) {
            out.println(write(root));
        } else if (files.isEmpty()) {
            out.println("Identified: databases " + counts.identifiedFromDatabases() + " " + counts.databases() + ", registers "
                    + counts.identifiedFromRegisters() + ", other methods " + counts.otherIdentified() + " " + counts.otherSources());
            out.println("Duplicates removed " + counts.duplicates() + "; screened " + counts.screened() + ", excluded " + counts.excluded());
            out.println("Reports sought " + counts.sought() + ", not retrieved " + counts.notRetrieved() + ", assessed " + counts.assessed()
                    + ", excluded " + counts.excludedReports());
            out.println("Other methods: sought " + counts.otherSought() + ", not retrieved " + counts.otherNotRetrieved() + ", assessed "
                    + counts.otherAssessed() + ", excluded " + counts.otherExcludedReports());
            out.println("Included: " + counts.studiesIncluded() + " studies, " + counts.reportsIncluded() + " reports");
        }
        if (!files.isEmpty()) {
            FigureFont font = new FigureFont();
            Drawing drawing = new PrismaDiagram(font).draw(counts);
            for (Map.Entry<String, String> file : files.entrySet()) {
                FigureFormat format = FigureFormat.valueOf(file.getKey().toUpperCase(java.util.Locale.ROOT));
                Path target = Path.of(file.getValue());
                org.appraise.core.WholeFile.write(target, stream -> format.write(drawing, font, dpi, stream));
                err.println("Wrote " + target + (format == FigureFormat.PNG ? " at " + dpi + " dpi" : ""));
            }
        }
        return counts.findings().stream().anyMatch(PrismaCounts.Finding::error) ? Cli.FINDINGS : Cli.OK;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private String write(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "(no title)";
        }
        return text.length() > 100 ? text.substring(0, 100) + "\u2026" : text;
    }

    /** Where a record came from, as the dedup listing shows it. */
    private static final class PrismaSource {
        static String of(Reference reference) {
            return reference.getBatch() != null && reference.getBatch().getSourceDatabase() != null ? reference.getBatch().getSourceDatabase()
                    : reference.getSourceDatabase() == null ? "source not recorded" : reference.getSourceDatabase();
        }
    }
}
