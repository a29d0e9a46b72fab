package org.appraise.cli.internal;

import java.lang.reflect.Constructor;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * How the command line makes its commands and their mixins: a class that takes the run's {@link Terminal} in its
 * constructor is handed it ({@link ReviewTerminal}, the commands that work on no review yet); any other class is
 * made as picocli makes it.
 */
public final class TerminalFactory implements IFactory {

    private final Terminal terminal;

    public TerminalFactory(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Terminal.class) {
                return type.cast(constructor.newInstance(terminal));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
