package org.appraise.cli.internal.team;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

import org.appraise.cli.internal.ReviewTerminal;
import org.appraise.cli.internal.Terminal;
import org.appraise.io.git.ReviewRepository;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraise history}: who changed what and when, from the git log. */
@Command(name = "history", description = "Who changed what and when (the git log of the review folder, a git repository), for one study or all.")
public final class HistoryCommand implements Callable<Integer> {

    @Mixin
    private ReviewTerminal terminal;

    @Option(names = "--study", paramLabel = "ID", description = "Only the changes to this study's files.")
    private String study;

    @Option(names = "--json", description = "Print the changes as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        if (!ReviewRepository.isRepository(terminal.folder())) {
            throw new IOException(terminal.folder() + " is not a git repository (appraise sync --remote URL shares it)");
        }
        List<ReviewRepository.Change> changes = new ReviewRepository(terminal.folder()).history(study == null ? "" : "studies/" + study);
        if (json) {
            ArrayNode array = Terminal.json().createArrayNode();
            for (ReviewRepository.Change change : changes) {
                ObjectNode node = array.addObject();
                node.put("commit", change.commit());
                node.put("author", change.author());
                node.put("when", change.when().toString());
                node.put("message", change.message());
                change.files().forEach(node.putArray("files")::add);
            }
            terminal.printJson(array);
            return Terminal.OK;
        }
        for (ReviewRepository.Change change : changes) {
            terminal.out().println(change.commit() + "  " + change.when() + "  " + change.author() + "  " + change.message());
            change.files().forEach(file -> terminal.out().println("    " + file));
        }
        return Terminal.OK;
    }
}
