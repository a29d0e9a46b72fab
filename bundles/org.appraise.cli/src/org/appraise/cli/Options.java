package org.appraise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The arguments after a command: one review folder, then options, each known to the command. */
final class Options {

    private static final Set<String> FLAGS = Set.of("--json", "--weighted", "--apply", "--stats", "--bom", "--automation");

    private final List<String> positional = new ArrayList<>();
    private final List<String[]> options = new ArrayList<>();

    Options(List<String> args, String... known) {
        this(args, 1, known);
    }

    Options(List<String> args, int positionals, String... known) {
        Set<String> allowed = Set.of(known);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                if (!allowed.contains(name)) {
                    throw new UsageException("unknown option '" + name + "'");
                }
                if (FLAGS.contains(name)) {
                    options.add(new String[] { name, "true" });
                } else if (arg.contains("=")) {
                    options.add(new String[] { name, arg.substring(arg.indexOf('=') + 1) });
                } else if (i + 1 < args.size()) {
                    options.add(new String[] { name, args.get(++i) });
                } else {
                    throw new UsageException(name + " needs a value");
                }
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty()) {
            throw new UsageException("name the review folder");
        }
        if (positional.size() > positionals) {
            throw new UsageException("unexpected argument '" + positional.get(positionals) + "'");
        }
        if (positional.size() < positionals) {
            throw new UsageException("name the file to import after the review folder");
        }
    }

    Path folder() {
        return Path.of(positional.get(0));
    }

    Path file() {
        return Path.of(positional.get(1));
    }

    Optional<String> value(String name) {
        return options.stream().filter(o -> o[0].equals(name)).map(o -> o[1]).reduce((a, b) -> b);
    }

    List<String> values(String name) {
        return options.stream().filter(o -> o[0].equals(name)).map(o -> o[1]).toList();
    }

    boolean flag(String name) {
        return value(name).isPresent();
    }
}
