package org.appraise.cli.internal.team;

import java.io.Console;
import java.util.Locale;
import java.util.Optional;

import org.appraise.io.git.CredentialQuestions;

/** Asks on the terminal for what git's credential helper did not have (secrets without echo). */
final class TerminalQuestions implements CredentialQuestions {

    private final Console console;

    private TerminalQuestions(Console console) {
        this.console = console;
    }

    /** The terminal's questions, or none when there is no terminal (a script, CI): then nothing is asked. */
    static Optional<CredentialQuestions> ofTerminal() {
        return Optional.ofNullable(System.console()).map(TerminalQuestions::new);
    }

    @Override
    public boolean yes(String where, String question) {
        String answer = console.readLine("%s [yes/no] ", question);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    @Override
    public void tell(String where, String message) {
        console.printf("%s%n", message);
    }

    @Override
    public Optional<String> answer(String where, String prompt, boolean secret) {
        if (secret) {
            char[] typed = console.readPassword("%s: ", prompt);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        return Optional.ofNullable(console.readLine("%s: ", prompt)).map(String::strip);
    }
}
