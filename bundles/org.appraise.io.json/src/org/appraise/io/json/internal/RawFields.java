package org.appraise.io.json.internal;

import java.io.IOException;
import java.util.List;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.RecordField;
import org.appraise.model.Reference;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A search record's fields exactly as its file had them, the way a references file of schema 2 holds them: one line
 * per tag, {@code ["TI", "Camrelizumab combined with sorafenib ..."]}, and a value that is exactly one of the parsed
 * fields beside it (an abstract, a title) named instead of written twice: {@code ["AB", {"sameAs": "abstract"}]}.
 * Schema 1 wrote each field as a four-line object ({@code {"tag": "TY", "value": "JOUR"}}); both are read.
 */
final class RawFields {

    static final String SAME_AS = "sameAs";
    /** Shorter values are written out: naming the parsed field would not save anything. */
    private static final int NAMED_FROM = 48;
    private static final AppraisePackage MODEL = AppraisePackage.eINSTANCE;
    /** The parsed fields a raw value may name: the record's single-valued texts, in model order. */
    private static final List<EAttribute> NAMEABLE = MODEL.getReference().getEAllAttributes().stream()
            .filter(a -> !a.isMany() && a.getEAttributeType() == EcorePackage.Literals.ESTRING && !a.isID()).toList();

    /** The record's many-valued texts (authors, keywords): a raw value equal to one of them is held once. */
    private static final List<EAttribute> LISTED = MODEL.getReference().getEAllAttributes().stream()
            .filter(a -> a.isMany() && a.getEAttributeType() == EcorePackage.Literals.ESTRING).toList();
    /** Values this short (tags, "JOUR", years, volumes) are held once while the review is read. */
    private static final int SHARED_UP_TO = 12;

    private RawFields() {
    }

    /** Writes the record's fields as the array {@code "fields"}, one line each; nothing when it has none. */
    static void write(JsonGenerator json, Reference reference) throws IOException {
        if (reference.getFields().isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("fields");
        for (RecordField field : reference.getFields()) {
            json.writeRawValue("[" + quoted(field.getTag()) + ", " + value(reference, field.getValue()) + "]");
        }
        json.writeEndArray();
    }

    private static String value(Reference reference, String value) {
        if (value != null && value.length() >= NAMED_FROM) {
            for (EAttribute parsed : NAMEABLE) {
                if (value.equals(reference.eGet(parsed))) {
                    return "{\"" + SAME_AS + "\": \"" + parsed.getName() + "\"}";
                }
            }
        }
        return quoted(value);
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    /**
     * Reads a record's {@code "fields"} (after its parsed fields, which a line may name) in either schema's form; a
     * field that is neither is a problem naming its place, and the others still load.
     */
    static void read(Reference reference, JsonNode fields, String pointer, FileReader reader, SharedTexts shared) {
        if (fields == null || fields.isNull()) {
            return;
        }
        if (!fields.isArray()) {
            reader.problem(pointer, "expected a list");
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            JsonNode item = fields.get(i);
            if (item.isObject()) {
                RecordField field = (RecordField) reader.read(item, MODEL.getRecordField(), pointer + "/" + i, java.util.Set.of());
                if (field != null) {
                    reference.getFields().add(field);
                }
            } else if (item.isArray() && item.size() == 2 && (item.get(0).isTextual() || item.get(0).isNull())) {
                String value = valueOf(reference, item.get(1), pointer, i, reader);
                if (value != null || item.get(1).isNull()) {
                    RecordField field = AppraiseFactory.eINSTANCE.createRecordField();
                    field.setTag(item.get(0).isNull() ? null : once(item.get(0).asText(), reference, shared));
                    field.setValue(once(value, reference, shared));
                    reference.getFields().add(field);
                }
            } else {
                reader.problem(pointer + "/" + i, "expected a field as [tag, value] or [tag, {\"sameAs\": parsed field}]");
            }
        }
    }

    /**
     * The same text held once: a record's raw fields repeat its tags, its authors and keywords and a few short values
     * in every record, and 100,000 records hold some five million texts.
     */
    private static String once(String text, Reference reference, SharedTexts shared) {
        if (text == null) {
            return null;
        }
        if (text.length() <= SHARED_UP_TO) {
            return shared.once(text);
        }
        for (EAttribute listed : LISTED) {
            for (Object parsed : (List<?>) reference.eGet(listed)) {
                if (text.equals(parsed)) {
                    return (String) parsed;
                }
            }
        }
        for (EAttribute parsed : NAMEABLE) {
            if (text.equals(reference.eGet(parsed))) {
                return (String) reference.eGet(parsed);
            }
        }
        return text;
    }

    /** The value of the field at {@code fields/index}; its place is put into words only for a problem (millions are read). */
    private static String valueOf(Reference reference, JsonNode value, String fields, int index, FileReader reader) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isObject() && value.size() == 1 && value.path(SAME_AS).isTextual()) {
            String name = value.get(SAME_AS).asText();
            EAttribute parsed = NAMEABLE.stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
            if (parsed == null) {
                reader.problem(fields + "/" + index + "/1/" + SAME_AS, "'" + name + "' is not a parsed field of a record");
            } else if (reference.eGet(parsed) == null) {
                reader.problem(fields + "/" + index + "/1/" + SAME_AS, "names the record's " + name + ", which it does not have");
            } else {
                return (String) reference.eGet(parsed);
            }
            return null;
        }
        if (!value.isNull()) {
            reader.problem(fields + "/" + index + "/1", "expected the field's text or {\"sameAs\": parsed field}");
        }
        return null;
    }
}
