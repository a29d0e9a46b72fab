package org.appraise.io.refs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One record of a tagged export (RIS, MEDLINE) exactly as the file had it: every field in file order,
 * multi-line values joined, and the line the record started on.
 */
public final class TaggedRecord {

    /** A tag and its value as written. */
    public record Field(String tag, String value) {
    }

    private final int line;
    private final List<Field> fields = new ArrayList<>();

    TaggedRecord(int line) {
        this.line = line;
    }

    public int line() {
        return line;
    }

    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    void add(String tag, String value) {
        fields.add(new Field(tag, value));
    }

    /** Continues the last field's value with a line that carries no tag. */
    void continueLast(String text, String joiner) {
        Field last = fields.remove(fields.size() - 1);
        fields.add(new Field(last.tag(), last.value().isEmpty() ? text : last.value() + joiner + text));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** A new reference with this record's every field kept as it was, in file order. */
    public org.appraise.model.Reference reference(String id, String sourceDatabase) {
        org.appraise.model.Reference reference = org.appraise.model.AppraiseFactory.eINSTANCE.createReference();
        reference.setId(id);
        reference.setSourceDatabase(sourceDatabase);
        for (Field field : fields) {
            org.appraise.model.RecordField kept = org.appraise.model.AppraiseFactory.eINSTANCE.createRecordField();
            kept.setTag(field.tag());
            kept.setValue(field.value());
            reference.getFields().add(kept);
        }
        return reference;
    }

    /** The first value of any of the tags, in the order given. */
    public String first(String... tags) {
        for (String tag : tags) {
            for (Field field : fields) {
                if (field.tag().equals(tag) && !field.value().isBlank()) {
                    return field.value().trim();
                }
            }
        }
        return null;
    }

    /** The first value of any of the tags (column names), matched whatever their case, in the order given. */
    public String firstIgnoringCase(String... tags) {
        for (String tag : tags) {
            for (Field field : fields) {
                if (field.tag().strip().equalsIgnoreCase(tag) && !field.value().isBlank()) {
                    return field.value().trim();
                }
            }
        }
        return null;
    }

    /** Every value of the tags, in file order. */
    public List<String> all(String... tags) {
        List<String> values = new ArrayList<>();
        for (Field field : fields) {
            for (String tag : tags) {
                if (field.tag().equals(tag) && !field.value().isBlank()) {
                    values.add(field.value().trim());
                }
            }
        }
        return values;
    }
}
