package org.appraise.io.refs;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the records of an XML export (PubMed's PubmedArticle, EndNote's record) as tagged records whose
 * fields are the paths of the record's elements with their text ({@code MedlineCitation/Article/ArticleTitle})
 * and attributes ({@code .../ELocationID@EIdType}), in document order, so nothing the file had is lost.
 * EndNote's {@code style} wrappers are left out of paths. The parser is safe: no DTD is processed, no
 * external entity is resolved, so XXE and entity expansion cannot happen; a malformed document is reported
 * with its line and the records before the error are kept.
 */
public final class XmlRecords {

    /** Markup inside a title or an abstract (PubMed's inline HTML, MathML): its text is kept in the text around it. */
    private static final Set<String> INLINE = Set.of("i", "b", "u", "sup", "sub", "em", "strong", "math");
    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";

    private XmlRecords() {
    }

    public static int read(InputStream in, String file, Set<String> recordElements, Consumer<TaggedRecord> records,
            List<ImportProblem> problems) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        int delivered = 0;
        UndeclaredEntities entities = new UndeclaredEntities(in);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(entities);
            TaggedRecord current = null;
            Deque<String> path = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            int inline = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && current != null && (inline > 0 || inline(xml))) {
                    inline++;
                } else if (event == XMLStreamConstants.END_ELEMENT && inline > 0) {
                    inline--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (current == null && recordElements.contains(name)) {
                        current = new TaggedRecord(xml.getLocation().getLineNumber());
                        path.clear();
                        continue;
                    }
                    if (current != null) {
                        if (!name.equals("style")) {
                            flush(current, path, text);
                            path.addLast(name);
                            for (int i = 0; i < xml.getAttributeCount(); i++) {
                                current.add(String.join("/", path) + "@" + xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                            }
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && current != null) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE && current != null) {
                    problems.add(new ImportProblem(file, xml.getLocation().getLineNumber(),
                            "entity &" + xml.getLocalName() + "; is not expanded (entities are never resolved, for safety)"));
                } else if (event == XMLStreamConstants.END_ELEMENT && current != null) {
                    String name = xml.getLocalName();
                    if (path.isEmpty() && recordElements.contains(name)) {
                        records.accept(current);
                        delivered++;
                        current = null;
                        text.setLength(0);
                    } else if (!name.equals("style")) {
                        flush(current, path, text);
                        path.pollLast();
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problems.add(new ImportProblem(file, line, "not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ")
                    + "); the " + delivered + " record(s) before it were read"));
        } finally {
            for (UndeclaredEntities.Kept entity : entities.kept()) {
                problems.add(new ImportProblem(file, entity.line(), "entity &" + entity.name()
                        + "; is not declared (entities are never resolved, for safety): kept as the text \"&" + entity.name() + ";\""));
            }
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing a reader that failed: nothing more to report
                }
            }
        }
        return delivered;
    }

    private static boolean inline(XMLStreamReader xml) {
        return INLINE.contains(xml.getLocalName()) || MATHML.equals(xml.getNamespaceURI());
    }

    private static void flush(TaggedRecord record, Deque<String> path, StringBuilder text) {
        String value = text.toString().strip();
        if (!value.isEmpty() && !path.isEmpty()) {
            record.add(String.join("/", path), value);
        }
        text.setLength(0);
    }
}
