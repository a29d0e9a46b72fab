package org.appraise.io.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PubMed's MEDLINE text format (.nbib, .txt): a tag of up to four letters padded to four
 * characters, a hyphen and a space; values continue on lines indented by six spaces; records begin at
 * {@code PMID-} and are separated by blank lines. Every field is kept as written (continuations joined
 * with a space); a field outside a record is reported with its line.
 */
public final class MedlineReader {

    /** The tag fills four columns (letters, then spaces), the fifth is the hyphen. */
    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9]{0,3}) {0,3}-(?: (.*))?$");

    private MedlineReader() {
    }

    public static int read(BufferedReader reader, String file, Consumer<TaggedRecord> records, List<ImportProblem> problems)
            throws IOException {
        TaggedRecord current = null;
        int delivered = 0;
        int lineNumber = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.indexOf('\uFFFD') >= 0) {
                problems.add(new ImportProblem(file, lineNumber, "bytes that are not text in the file's encoding were replaced by \uFFFD"));
            }
            String text = line.stripTrailing();
            if (text.isEmpty()) {
                continue;
            }
            Matcher tag = TAG.matcher(text);
            if (!line.startsWith(" ") && text.length() >= 5 && text.charAt(4) == '-' && tag.matches()) {
                String name = tag.group(1);
                if (name.equals("PMID")) {
                    if (current != null) {
                        records.accept(current);
                        delivered++;
                    }
                    current = new TaggedRecord(lineNumber);
                } else if (current == null) {
                    problems.add(new ImportProblem(file, lineNumber, "field " + name + " before the first PMID: skipped"));
                    continue;
                }
                current.add(name, tag.group(2) == null ? "" : tag.group(2).strip());
            } else if (current != null && !current.isEmpty()) {
                current.continueLast(text.strip(), " ");
            } else {
                problems.add(new ImportProblem(file, lineNumber, "a line that is neither a field nor a continuation: skipped"));
            }
        }
        if (current != null) {
            // PubMed ends every record with its source (SO): a last record without one is where the file was cut
            if (current.first("SO") == null) {
                problems.add(new ImportProblem(file, current.line(), "the file ends inside this record (no SO, the field every PubMed record "
                        + "ends with): truncated? It was imported as it stands"));
            }
            records.accept(current);
            delivered++;
        }
        return delivered;
    }
}
