package org.appraise.io.refs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps an XML export readable when a record holds an entity that is not declared ({@code &nbsp;}, {@code &eacute;}
 * from an HTML-minded exporter): a parser that processes no DTD, as Appraise's does for safety, stops the whole
 * file at the first one. The entity is written as its own text ({@code &amp;nbsp;} reads as "&nbsp;") and each
 * is remembered with its line, so every record is read and the reviewer is told where. Character references
 * ({@code &#233;}) and the five entities of XML itself pass unchanged, as does everything inside comments and
 * CDATA sections. Works on the bytes of any ASCII-compatible encoding.
 */
final class UndeclaredEntities extends FilterInputStream {

    /** An entity written as text: its name and line. */
    record Kept(String name, int line) {
    }

    private static final Set<String> XML = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final int LONGEST = 40;

    private final PushbackInputStream in;
    private final List<Kept> kept = new ArrayList<>();
    private byte[] pending = new byte[0];
    private int next;
    private int line = 1;
    private String until;
    private final StringBuilder recent = new StringBuilder();

    UndeclaredEntities(InputStream in) {
        this(new PushbackInputStream(in, LONGEST + 2));
    }

    private UndeclaredEntities(PushbackInputStream in) {
        super(in);
        this.in = in;
    }

    List<Kept> kept() {
        return kept;
    }

    @Override
    public int read() throws IOException {
        if (next < pending.length) {
            return pending[next++] & 0xff;
        }
        int b = in.read();
        if (b < 0) {
            return b;
        }
        track(b);
        if (b != '&' || until != null) {
            return b;
        }
        byte[] name = new byte[LONGEST + 1];
        int length = 0;
        int c = in.read();
        while (c >= 0 && length < LONGEST && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') && c < 0x80) {
            name[length++] = (byte) c;
            c = in.read();
        }
        String entity = new String(name, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
        boolean undeclared = c == ';' && length > 0 && Character.isLetter(entity.charAt(0)) && !XML.contains(entity);
        if (c >= 0) {
            in.unread(c);
        }
        in.unread(name, 0, length);
        if (undeclared) {
            kept.add(new Kept(entity, line));
            pending = "amp;".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            next = 0;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int count = 0;
        while (count < length) {
            int b = read();
            if (b < 0) {
                return count == 0 ? -1 : count;
            }
            buffer[offset + count++] = (byte) b;
        }
        return count;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Lines, and whether we are inside a comment or a CDATA section, where an ampersand is only text. */
    private void track(int b) {
        if (b == '\n') {
            line++;
        }
        recent.append((char) b);
        if (recent.length() > 9) {
            recent.deleteCharAt(0);
        }
        String seen = recent.toString();
        if (until == null) {
            if (seen.endsWith("<!--")) {
                until = "-->";
            } else if (seen.endsWith("<![CDATA[")) {
                until = "]]>";
            }
        } else if (seen.endsWith(until)) {
            until = null;
        }
    }
}
