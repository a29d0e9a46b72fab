package org.appraise.io.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps model objects to JSON and back by reflection over the Ecore model, so every feature is stored
 * without a line of mapping code per class. Fields come in the order the model declares them (stable
 * diffs); unset features are left out; a contained object whose class is not exactly the declared one
 * carries {@code "type"}; a reference to another object is that object's id. Numbers are written plain
 * and read as exact decimals, so {@code 22.40} stays {@code 22.40}.
 */
public final class JsonCodec {

    static final String TYPE = "type";

    private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    private final ObjectMapper mapper;
    private final ObjectWriter writer;

    public JsonCodec() {
        mapper = new ObjectMapper();
        mapper.setNodeFactory(nodes);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        writer = mapper.writer(printer);
    }

    /**
     * A pretty-printing generator over a stream, for writing a document piece by piece (two-space indents,
     * numbers plain, fields in model order); closing it leaves the stream open.
     */
    public JsonGenerator generator(OutputStream out) throws IOException {
        return writer.createGenerator(out);
    }

    /**
     * Parses a file's bytes as strict UTF-8 JSON with nothing after the value. Bytes that are not UTF-8 (an
     * encoded surrogate such as {@code ED A0 80} included) come out as {@link NotUtf8}; syntax errors and
     * trailing content as {@link com.fasterxml.jackson.core.JsonProcessingException}.
     */
    public JsonNode parse(byte[] content) throws IOException {
        StrictUtf8.check(content);
        return mapper.readTree(content);
    }

    /** A whole document as the folder's files are written (two-space indents, numbers plain, a newline at the end). */
    public byte[] render(JsonNode document) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (JsonGenerator json = generator(out)) {
            json.writeTree(document);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Bytes that are not UTF-8, with where they are. */
    public static final class NotUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        private final String position;

        NotUtf8(String message, String position) {
            super(message);
            this.position = position;
        }

        public String position() {
            return position;
        }
    }

    // ---- writing ---------------------------------------------------------------------------------

    public ObjectNode toJson(EObject object, EClass declared, Set<EStructuralFeature> skip) {
        ObjectNode json = nodes.objectNode();
        if (object.eClass() != declared) {
            json.put(TYPE, object.eClass().getName());
        }
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (skip.contains(feature) || feature.isTransient() || feature.isDerived() || !written(object, feature)) {
                continue;
            }
            Object value = object.eGet(feature, false);
            if (feature instanceof EAttribute attribute) {
                if (feature.isMany()) {
                    ArrayNode array = json.putArray(feature.getName());
                    for (Object item : (List<?>) value) {
                        array.add(attributeJson(attribute, item));
                    }
                } else {
                    json.set(feature.getName(), attributeJson(attribute, value));
                }
            } else {
                EReference reference = (EReference) feature;
                if (reference.isMany()) {
                    ArrayNode array = json.putArray(feature.getName());
                    for (Object item : (List<?>) value) {
                        array.add(referenceJson(reference, (EObject) item));
                    }
                } else {
                    json.set(feature.getName(), referenceJson(reference, (EObject) value));
                }
            }
        }
        return json;
    }

    /**
     * Whether a feature appears in the file: lists when not empty, single values when present, except
     * {@code false}. Enumerations and numbers are written even at their default ({@code "kind": "SETTING"},
     * {@code "start": 0}), so a reader of the file never has to know the model's defaults.
     */
    private static boolean written(EObject object, EStructuralFeature feature) {
        if (feature.isMany() || feature instanceof EReference) {
            return object.eIsSet(feature);
        }
        Object value = object.eGet(feature, false);
        return value != null && !Boolean.FALSE.equals(value);
    }

    private JsonNode referenceJson(EReference reference, EObject target) {
        if (reference.isContainment()) {
            return toJson(target, reference.getEReferenceType(), Set.of());
        }
        return nodes.textNode(idOf(target));
    }

    /** The id by which another object is referred to; a link that did not resolve keeps the id it had. */
    public static String idOf(EObject target) {
        if (target.eIsProxy()) {
            return ((InternalEObject) target).eProxyURI().fragment();
        }
        return EcoreUtil.getID(target);
    }

    private JsonNode attributeJson(EAttribute attribute, Object value) {
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum) {
            return nodes.textNode(((org.eclipse.emf.common.util.Enumerator) value).getLiteral());
        }
        if (value instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        }
        if (value instanceof Integer integer) {
            return nodes.numberNode(integer);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof String string) {
            return nodes.textNode(string);
        }
        throw new IllegalStateException("No JSON form for " + type.getName() + " of " + attribute.getName());
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** A link from one object to others by id, resolved once every file of the review is read. */
    public record PendingLink(String file, String pointer, EObject owner, EReference reference, List<String> ids) {
    }

    /** Resolves a link to an object of the index, or to a proxy that remembers the id when it is missing. */
    public static EObject resolve(Map<String, EObject> index, EReference reference, String id) {
        EObject target = index.get(id);
        if (target != null && reference.getEReferenceType().isInstance(target)) {
            return target;
        }
        InternalEObject proxy = (InternalEObject) EcoreUtil.create(reference.getEReferenceType());
        proxy.eSetProxyURI(URI.createURI("appraise:missing#" + id));
        return proxy;
    }
}
