package org.appraise.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Where the details of a command that failed unexpectedly are kept: {@code ~/.appraise/logs/}. */
public final class CrashLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;

    public CrashLog(Path folder) {
        this.folder = folder;
    }

    public static CrashLog inUserHome() {
        return new CrashLog(Path.of(System.getProperty("user.home"), ".appraise", "logs"));
    }

    /** Writes the failure with the command that met it; returns the log's path, or empty when it could not be written. */
    public java.util.Optional<Path> write(List<String> arguments, Throwable failure) {
        try {
            Files.createDirectories(folder);
            Path log = folder.resolve("appraise-" + STAMP.format(Instant.now()) + ".log");
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, "appraise " + String.join(" ", arguments) + "\n" + Instant.now() + "\n" + trace, StandardCharsets.UTF_8);
            return java.util.Optional.of(log);
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
