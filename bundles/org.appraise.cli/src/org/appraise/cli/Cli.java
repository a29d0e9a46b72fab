package org.appraise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.appraise.cli.internal.Commands;
import org.appraise.cli.internal.CrashLog;
import org.appraise.cli.internal.Terminal;
import org.appraise.cli.internal.TerminalFactory;
import org.appraise.cli.internal.UsageException;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The headless command line, on picocli: one class per command (in {@code org.appraise.cli.internal.*}, by the
 * reviewer's work), {@code appraise <command> --help} for each, and a bash completion script. Exit codes: 0 when
 * all is well, 1 when the review has findings (problems loading it, or failed checks), 2 for a usage or I/O
 * error or an unexpected failure. Results go to stdout; messages and progress to stderr.
 */
public final class Cli {

    public static final int OK = Terminal.OK;
    public static final int FINDINGS = Terminal.FINDINGS;
    public static final int ERROR = Terminal.ERROR;

    private final PrintStream out;
    private final PrintStream err;
    private final Terminal.SessionOpened opened;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, session -> {
        });
    }

    /** A command line that tells {@code opened} of every review session a command opens (to record its command stack). */
    public Cli(PrintStream out, PrintStream err, Terminal.SessionOpened opened) {
        this.out = out;
        this.err = err;
        this.opened = opened;
    }

    private static final String EXIT_CODES = "Exit codes: 0 ok, 1 findings, 2 usage or I/O error.";

    /** The top command: only its help, its version and its subcommands. */
    @Command(name = "appraise", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = AppraiseVersion.class,
            description = {
                    "Appraise, the systematic review workbench, from the command line. Results go to stdout; messages and progress to stderr." },
            commandListHeading = "%nCommands:%n", footerHeading = "%n", footer = { "  gui [<review-dir>]   open the workbench (also: no command at all)",
                    "", EXIT_CODES,
                    "Run 'appraise <command> --help' for one command; 'source <(appraise generate-completion)' completes commands in bash." })
    static final class Appraise implements Runnable {
        @Override
        public void run() {
            throw new UsageException("name a command");
        }
    }

    /**
     * Runs a command; any exception or error it did not expect (memory exhausted included) ends with {@link #ERROR}
     * and one line on stderr naming the log with the details, never with success.
     */
    public int runGuarded(List<String> arguments) {
        try {
            return run(arguments);
        } catch (OutOfMemoryError e) {
            err.println("appraise: out of memory (heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); nothing more was saved. Run it again with a larger heap, e.g. APPRAISE_HEAP=4g ./appraise ...");
            return ERROR;
        } catch (RuntimeException | Error e) {
            return unexpected(arguments, e);
        }
    }

    public int run(List<String> arguments) {
        CommandLine line = commandLine(arguments);
        if (arguments.isEmpty()) {
            line.usage(out);
            return ERROR;
        }
        if (arguments.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("an argument is missing (null)");
        }
        return line.execute(arguments.toArray(String[]::new));
    }

    private CommandLine commandLine(List<String> arguments) {
        Terminal terminal = new Terminal(out, err, opened);
        CommandLine line = new CommandLine(new Appraise(), new TerminalFactory(terminal));
        List<Class<?>> wanted = Commands.named(arguments).<List<Class<?>>>map(List::of).orElse(Commands.ALL);
        wanted.forEach(line::addSubcommand);
        line.getCommandSpec().usageMessage().customSynopsis("appraise <command> <review-dir> [options]"); // for the top command only
        line.addSubcommand("generate-completion", new AutoComplete.GenerateCompletion());
        line.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
                .description("Print a bash/zsh completion script for appraise: source <(appraise generate-completion)");
        // the top command's footer is inherited: a command's own help keeps only the exit codes, not the list's last lines
        line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage().footer(EXIT_CODES));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExpandAtFiles(false); // a review folder may start with '@'
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setOverwrittenOptionsAllowed(true); // the last value wins, as in most tools
        line.setUsageHelpWidth(120);
        line.setParameterExceptionHandler(this::misused);
        line.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command, arguments));
        return line;
    }

    /** A command line that does not parse: what is wrong, and that command's usage, on stderr. */
    private int misused(ParameterException e, String[] arguments) {
        CommandLine command = e.getCommandLine();
        boolean top = command.getParent() == null;
        if (top && e instanceof UnmatchedArgumentException && arguments.length > 0 && !arguments[0].startsWith("-")) {
            err.println("appraise: unknown command '" + arguments[0] + "'");
        } else {
            err.println("appraise" + (top ? "" : " " + command.getCommandName()) + ": " + e.getMessage());
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        command.usage(err);
        return ERROR;
    }

    /** A command that stopped: a usage or I/O error said in one line, anything else logged. */
    private int failed(Exception e, CommandLine command, List<String> arguments) {
        if (e instanceof UsageException) {
            err.println("appraise: " + e.getMessage());
            err.println("Run 'appraise " + command.getCommandName() + " --help' for its options.");
            return ERROR;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("appraise " + command.getCommandName() + ": " + e.getMessage());
            return ERROR;
        }
        return unexpected(arguments, e);
    }

    private int unexpected(List<String> arguments, Throwable e) {
        Optional<Path> log = CrashLog.inUserHome().write(arguments, e);
        err.println("appraise: failed unexpectedly (" + e + ")" + log.map(l -> "; details in " + l).orElse(""));
        return ERROR;
    }
}
