package org.appraise.io.json.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Files read and parsed one ahead, on a thread of their own, while the caller makes the model of the last one: for a
 * large search the two take about as long as each other, and together they are most of opening it.
 */
final class ReadAhead implements AutoCloseable {

    private final Path root;
    private final List<String> names;
    private final JsonCodec codec;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "Appraise reading references");
        thread.setDaemon(true);
        return thread;
    });
    private Future<ParsedFile> next;
    private int at;

    ReadAhead(Path root, List<String> names, JsonCodec codec) {
        this.root = root;
        this.names = List.copyOf(names);
        this.codec = codec;
        this.next = names.isEmpty() ? null : submit(0);
    }

    /** The next file, read and parsed (or why it could not be), the one after it started. */
    ParsedFile next() {
        try {
            ParsedFile file = next.get();
            at++;
            next = at < names.size() ? submit(at) : null;
            return file;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("opening the review was interrupted; nothing was changed");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading " + names.get(at) + " failed unexpectedly", e.getCause());
        }
    }

    private Future<ParsedFile> submit(int index) {
        String name = names.get(index);
        return reader.submit(() -> ParsedFile.read(root, name, codec));
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
