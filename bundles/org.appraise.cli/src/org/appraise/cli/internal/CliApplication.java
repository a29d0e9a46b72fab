package org.appraise.cli.internal;

import java.util.Arrays;

import org.appraise.cli.Cli;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Eclipse application behind {@code ./appraise <command>}: hands the arguments to {@link Cli}. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return new Cli(System.out, System.err).run(Arrays.asList(args == null ? new String[0] : args));
    }

    @Override
    public void stop() {
        // a command runs to its end; nothing to interrupt
    }
}
