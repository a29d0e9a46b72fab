package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.assistant.Proposal;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for a proposal's numbers as the reviewer reads them ("events 13, total 58"), the proposal's own numbers
 * filled in; only the numbers that differ are corrections. Every part must stay, each with a number. A flag ("median
 * not reached") is no number to correct: reject the proposal when it is wrong.
 */
final class ProposalCorrection {

    private ProposalCorrection() {
    }

    static Optional<Map<String, BigDecimal>> ask(Shell shell, Proposal proposal) {
        if (proposal.values().stream().allMatch(Proposal.Part::flag)) {
            return Optional.of(new LinkedHashMap<>()); // "median not reached" alone: no number to correct, accepted as it is
        }
        InputDialog dialog = new InputDialog(shell, "Accept with corrections",
                "\u201c" + proposal.quote().text().replaceAll("\\s+", " ") + "\u201d\nThe numbers as you read them (part number, ...):",
                numbers(proposal), text -> read(proposal, text).isPresent() ? null : "Write each part with its number, as proposed: " + numbers(proposal));
        if (dialog.open() != Window.OK) {
            return Optional.empty();
        }
        return read(proposal, dialog.getValue()).map(numbers -> {
            numbers.entrySet().removeIf(e -> proposal.part(e.getKey()).number().compareTo(e.getValue()) == 0);
            return numbers;
        });
    }

    /** The numbers of "events 13, total 58" when it names every part of the proposal once, each with a number. */
    static Optional<Map<String, BigDecimal>> read(Proposal proposal, String text) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (String item : text.split(",")) {
            String[] words = item.strip().split("\\s+");
            if (words.length != 2 || proposal.part(words[0]) == null || proposal.part(words[0]).flag() || numbers.containsKey(words[0])) {
                return Optional.empty();
            }
            try {
                numbers.put(words[0], new BigDecimal(words[1]));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return numbers.size() == proposal.values().stream().filter(p -> !p.flag()).count() ? Optional.of(numbers) : Optional.empty();
    }

    /** "events 13, total 58": the proposal's numbers as the reviewer may correct them. */
    private static String numbers(Proposal proposal) {
        return String.join(", ", proposal.values().stream().filter(p -> !p.flag()).map(p -> p.part() + " " + p.number().toPlainString()).toList());
    }
}
