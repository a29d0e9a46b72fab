package org.appraise.cli.internal;

import java.util.Arrays;

import org.appraise.cli.Cli;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Eclipse application behind {@code ./appraise <command>}: hands the arguments to {@link Cli}. Whatever
 * goes wrong inside a command (an unexpected exception, memory exhausted) ends with exit code 2 and a one-line
 * message on stderr naming the log that holds the details, never with 0.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return new Cli(System.out, System.err).runGuarded(Arrays.asList(args == null ? new String[0] : args));
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
