package org.appraise.io.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A file's content, written on demand to a stream: a references file of 200,000 records is never held as one
 * tree or one array of bytes, neither to compare it nor to write it.
 */
@FunctionalInterface
public interface FileContent {

    void writeTo(OutputStream out) throws IOException;

    /** The SHA-256 of the content, computed as it streams by. */
    default byte[] digest() {
        MessageDigest sha = sha256();
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to no file cannot fail", e);
        }
        return sha.digest();
    }

    /** The SHA-256 of a file's bytes, streamed, never held whole. */
    static byte[] digestOf(java.nio.file.Path file) throws IOException {
        MessageDigest sha = sha256();
        try (java.io.InputStream in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return sha.digest();
    }

    static FileContent of(byte[] bytes) {
        return out -> out.write(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
