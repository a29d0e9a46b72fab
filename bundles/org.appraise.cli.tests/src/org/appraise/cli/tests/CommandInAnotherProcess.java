package org.appraise.cli.tests;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.appraise.cli.Cli;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs one command of the command line in a plain JVM of its own, so that a test can kill it (SIGKILL) while
 * it writes: {@code java -cp ... org.appraise.cli.tests.CommandInAnotherProcess <command> <args...>}.
 */
public final class CommandInAnotherProcess {

    private CommandInAnotherProcess() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err).runGuarded(Arrays.asList(args)));
    }

    /** Every bundle of the running test framework, as a class path for a plain JVM. */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        Bundle self = FrameworkUtil.getBundle(Cli.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            String location = bundle.getLocation().replaceFirst("^initial@", "").replaceFirst("^reference:", "");
            if (!location.startsWith("file:")) {
                continue;
            }
            String raw = location.substring("file:".length());
            Path path = raw.startsWith("//") ? Path.of(URI.create(location.replace(" ", "%20")))
                    : installArea().resolve(java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8)).normalize();
            if (Files.isDirectory(path) && Files.isDirectory(path.resolve("target/classes"))) {
                entries.add(path.resolve("target/classes").toString());
            } else if (Files.exists(path)) {
                entries.add(path.toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Where Equinox resolves relative bundle locations from. */
    private static Path installArea() {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            return Path.of("").toAbsolutePath();
        }
        return area.startsWith("file:") ? Path.of(area.substring("file:".length())) : Path.of(area);
    }
}
