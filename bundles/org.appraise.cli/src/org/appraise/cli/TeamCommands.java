package org.appraise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.appraise.core.agreement.ReviewAgreement;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.io.git.ReviewRepository;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code appraise sync}, {@code appraise history} and {@code appraise agreement}: the commands of a review team. */
final class TeamCommands {

    private final PrintStream out;
    private final PrintStream err;

    TeamCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int sync(ReviewFolder folder, Options options) throws IOException {
        Path dir = folder.root();
        if (!ReviewRepository.isRepository(dir)) {
            String remote = options.value("--remote").orElseThrow(() -> new UsageException(dir
                    + " is not a git repository yet: give the team's remote with --remote URL (a bare repository on a shared drive, GitLab, GitHub)"));
            ReviewRepository.init(dir, remote);
            err.println("Made " + dir + " a git repository with remote " + remote);
        }
        ReviewRepository.Prefer prefer = switch (options.value("--prefer").orElse("none")) {
            case "none" -> ReviewRepository.Prefer.NONE;
            case "ours" -> ReviewRepository.Prefer.OURS;
            case "theirs" -> ReviewRepository.Prefer.THEIRS;
            default -> throw new UsageException("--prefer is ours or theirs");
        };
        if (options.value("--as").isPresent() && folder.review().getReviewers().stream().noneMatch(r -> options.value("--as").get().equals(r.getId()))) {
            throw new UsageException("no reviewer '" + options.value("--as").get() + "' in the review");
        }
        org.appraise.io.git.Author author = ReviewRepository.author(dir, options.value("--as"));
        err.println("Synchronising " + dir + " as " + author.name() + "...");
        ReviewRepository repository = options.flag("--trust-repository") ? new ReviewRepository(dir).trusted() : new ReviewRepository(dir);
        ReviewRepository.SyncReport report = repository
                .sync(author, options.value("--message").orElse(null), prefer, TerminalQuestions.ofTerminal().orElse(null));
        out.println("committed: " + report.committed().orElse("nothing to commit"));
        out.println("merge: " + report.merge());
        out.println("pushed: " + report.pushed().orElse("no"));
        report.conflicts().forEach(path -> out.println("conflict: " + path));
        report.notes().forEach(note -> err.println(note));
        return report.clean() && report.notes().stream().noneMatch(n -> n.contains("refused")) ? Cli.OK : Cli.FINDINGS;
    }

    int agreement(Review review, boolean json) throws IOException {
        List<ReviewAgreement.Pair> pairs = new ReviewAgreement(RiskOfBiasTools.builtIn()).pairs(review);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("pairs");
        for (ReviewAgreement.Pair pair : pairs) {
            ObjectNode node = array.addObject();
            node.putArray("reviewers").add(pair.first().getId()).add(pair.second().getId());
            pair.studies().forEach(node.putArray("studies")::add);
            ObjectNode groups = node.putObject("groups");
            pair.groups().forEach((group, counts) -> {
                ObjectNode g = groups.putObject(group);
                g.put("fields", (int) counts[0]);
                g.put("agreed", (int) counts[1]);
                g.put("percentAgreement", Math.round(counts[1] / counts[0] * 10000) / 10000.0);
            });
            ObjectNode kappa = node.putObject("kappa");
            pair.design().flatMap(a -> a.kappa()).ifPresentOrElse(k -> kappa.put("design", Math.round(k * 10000) / 10000.0),
                    () -> kappa.putNull("design"));
            pair.riskOfBias().forEach((tool, a) -> {
                ObjectNode t = kappa.putObject("riskOfBias:" + tool);
                t.put("judgements", a.items());
                t.put("percentAgreement", Math.round(a.percent() * 10000) / 10000.0);
                a.kappa().ifPresentOrElse(k -> t.put("weightedKappa", Math.round(k * 10000) / 10000.0), () -> t.putNull("weightedKappa"));
            });
            ArrayNode disagreements = node.putArray("disagreements");
            for (ReviewAgreement.Disagreement d : pair.disagreements()) {
                ObjectNode x = disagreements.addObject();
                x.put("study", d.study());
                x.put("group", d.field().group());
                x.put("field", d.field().key());
                x.put(pair.first().getId(), d.field().first());
                x.put(pair.second().getId(), d.field().second());
            }
        }
        if (json) {
            out.println(mapper.writeValueAsString(root));
        } else if (pairs.isEmpty()) {
            out.println("No two reviewers extracted the same study yet.");
        } else {
            for (ReviewAgreement.Pair pair : pairs) {
                out.println(pair.first().getId() + " and " + pair.second().getId() + " on " + String.join(", ", pair.studies()) + ":");
                pair.groups().forEach((group, counts) -> out.printf(Locale.ROOT, "  %-14s %3d of %3d fields agree (%.1f%%)%n", group,
                        (int) counts[1], (int) counts[0], 100 * counts[1] / counts[0]));
                pair.riskOfBias().forEach((tool, a) -> out.println("  " + tool + ": weighted kappa "
                        + a.kappa().map(k -> String.format(Locale.ROOT, "%.3f", k)).orElse("undefined") + " over " + a.items() + " judgements"));
                out.println("  " + pair.disagreements().size() + " disagreement(s) (--json lists them)");
            }
        }
        return Cli.OK;
    }

    int history(Path dir, Options options) throws IOException {
        if (!ReviewRepository.isRepository(dir)) {
            throw new IOException(dir + " is not a git repository (appraise sync --remote URL shares it)");
        }
        String path = options.value("--study").map(id -> "studies/" + id).orElse("");
        List<ReviewRepository.Change> changes = new ReviewRepository(dir).history(path);
        if (options.flag("--json")) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (ReviewRepository.Change change : changes) {
                ObjectNode node = array.addObject();
                node.put("commit", change.commit());
                node.put("author", change.author());
                node.put("when", change.when().toString());
                node.put("message", change.message());
                change.files().forEach(node.putArray("files")::add);
            }
            out.println(mapper.writeValueAsString(array));
        } else {
            for (ReviewRepository.Change change : changes) {
                out.println(change.commit() + "  " + change.when() + "  " + change.author() + "  " + change.message());
                change.files().forEach(file -> out.println("    " + file));
            }
        }
        return Cli.OK;
    }
}
