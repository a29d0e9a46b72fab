package org.appraise.io.json.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.appraise.io.json.LoadProblem;
import org.appraise.model.AppraisePackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import com.fasterxml.jackson.databind.JsonNode;

import org.appraise.io.json.internal.JsonCodec.PendingLink;

/**
 * Reads the objects of one file. Problems are collected rather than thrown; {@link #clean()} tells
 * whether the file round-trips (no unknown field, no bad value), which decides whether it may be
 * overwritten later.
 */
public final class FileReader {
    /** Fields without which an object means something else (an enumeration left out reads as its first value). */
    private static final Map<String, List<String>> REQUIRED = Map.of("ScreeningDecision", List.of("reference", "stage", "verdict"),
            "ScreeningLog", List.of("reviewer"));
    /** Numbers a review holds are counts, measures and p-values: beyond these bounds a value is a typing error. */
    private static final BigDecimal LARGEST = new BigDecimal("1e15");
    private static final int MOST_DECIMALS = 20;

    private final String file;
    private final List<LoadProblem> problems;
    private final List<PendingLink> links;
    private boolean clean = true;

    public FileReader(String file, List<LoadProblem> problems, List<PendingLink> links) {
        this.file = file;
        this.problems = problems;
        this.links = links;
    }

    public boolean clean() {
        return clean;
    }

    /** Names an object read without its id. */
    public void needsId(org.appraise.model.Identified object, String pointer) {
        if (object.getId() == null || object.getId().isBlank()) {
            problem(pointer + "/id", "missing: every " + object.eClass().getName() + " needs an id");
        }
    }

    /** Names every top-level field of a document other than its header and the fields allowed. */
    public void unknownTopLevel(JsonNode doc, java.util.Set<String> allowed) {
        doc.fieldNames().forEachRemaining(field -> {
            if (!field.equals("appraise") && !field.equals("schemaVersion") && !allowed.contains(field)) {
                problem("/" + field, "unknown field '" + field + "' (kept in the file, which will not be overwritten)");
            }
        });
    }

    public void problem(String pointer, String message) {
        clean = false;
        problems.add(new LoadProblem(file, pointer, message));
    }

    /** Reads an object, or returns null (with a problem) when the node cannot be one. */
    public EObject read(JsonNode node, EClass declared, String pointer, Set<String> allowedExtra) {
        if (!node.isObject()) {
            problem(pointer, "expected an object (" + declared.getName() + ") but found " + node.getNodeType());
            return null;
        }
        EClass eClass = declared;
        JsonNode type = node.get(JsonCodec.TYPE);
        if (type != null) {
            EClassifier named = AppraisePackage.eINSTANCE.getEClassifier(type.asText());
            if (!(named instanceof EClass c) || c.isAbstract() || !declared.isSuperTypeOf(c)) {
                problem(pointer + "/type", "'" + type.asText() + "' is not a kind of " + declared.getName());
                return null;
            }
            eClass = c;
        } else if (declared.isAbstract()) {
            problem(pointer, "needs a \"type\" saying which kind of " + declared.getName() + " it is");
            return null;
        }
        EObject object = EcoreUtil.create(eClass);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (name.equals(JsonCodec.TYPE) || allowedExtra.contains(name)) {
                continue;
            }
            EStructuralFeature feature = eClass.getEStructuralFeature(name);
            if (feature == null || feature.isTransient() || feature.isDerived()) {
                problem(pointer + "/" + name, "unknown field '" + name + "' for " + eClass.getName()
                        + " (kept in the file, which will not be overwritten)");
                continue;
            }
            readFeature(object, feature, field.getValue(), pointer, name);
        }
        for (String required : REQUIRED.getOrDefault(eClass.getName(), List.of())) {
            if (!node.hasNonNull(required)) {
                problem(pointer + "/" + required, "missing: a " + eClass.getName() + " needs its " + required);
            }
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private void readFeature(EObject object, EStructuralFeature feature, JsonNode value, String pointer, String name) {
        if (value.isNull()) {
            return;
        }
        if (feature.isMany() && !value.isArray()) {
            problem(pointer + "/" + name, "expected a list");
            return;
        }
        if (feature instanceof EAttribute attribute) {
            // the place of a value is put into words only for a problem: a review of 100,000 records reads millions of values
            if (feature.isMany()) {
                List<Object> list = (List<Object>) object.eGet(feature);
                for (int i = 0; i < value.size(); i++) {
                    int index = i;
                    Object v = attributeValue(attribute, value.get(i), () -> pointer + "/" + name + "/" + index);
                    if (v != null) {
                        list.add(v);
                    }
                }
            } else {
                Object v = attributeValue(attribute, value, () -> pointer + "/" + name);
                if (v != null) {
                    object.eSet(feature, v);
                }
            }
            return;
        }
        String at = pointer + "/" + name;
        EReference reference = (EReference) feature;
        if (reference.isContainment()) {
            if (reference.isMany()) {
                List<EObject> list = (List<EObject>) object.eGet(reference);
                for (int i = 0; i < value.size(); i++) {
                    EObject child = read(value.get(i), reference.getEReferenceType(), at + "/" + i, Set.of());
                    if (child != null) {
                        list.add(child);
                    }
                }
            } else {
                EObject child = read(value, reference.getEReferenceType(), at, Set.of());
                if (child != null) {
                    object.eSet(reference, child);
                }
            }
            return;
        }
        List<String> ids = new ArrayList<>();
        if (reference.isMany()) {
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isTextual()) {
                    ids.add(value.get(i).asText());
                } else {
                    problem(at + "/" + i, "expected the id of a " + reference.getEReferenceType().getName());
                }
            }
        } else if (value.isTextual()) {
            ids.add(value.asText());
        } else {
            problem(at, "expected the id of a " + reference.getEReferenceType().getName());
        }
        if (!ids.isEmpty()) {
            links.add(new PendingLink(file, at, object, reference, ids));
        }
    }

    private Object attributeValue(EAttribute attribute, JsonNode value, Supplier<String> place) {
        EDataType type = attribute.getEAttributeType();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = value.isTextual() ? eEnum.getEEnumLiteralByLiteral(value.asText()) : null;
            if (literal == null) {
                List<String> allowed = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
                problem(place.get(), "'" + value.asText() + "' is not one of " + allowed);
                return null;
            }
            return literal.getInstance();
        }
        Class<?> instance = type.getInstanceClass();
        if (instance == String.class) {
            if (!value.isTextual()) {
                problem(place.get(), "expected text but found " + value.getNodeType());
                return null;
            }
            return value.asText();
        }
        if (instance == BigDecimal.class) {
            if (!value.isNumber()) {
                problem(place.get(), "expected a number but found " + value.getNodeType()
                        + (value.isTextual() ? " \"" + value.asText() + "\"" : ""));
                return null;
            }
            BigDecimal decimal = value.decimalValue();
            if (decimal.abs().compareTo(LARGEST) >= 0 || decimal.scale() > MOST_DECIMALS) {
                problem(place.get(), "the number " + abbreviated(value.asText()) + " is out of range (a value needs fewer than 16 digits before the point and at most "
                        + MOST_DECIMALS + " after it)");
                return null;
            }
            return decimal;
        }
        if (instance == int.class || instance == Integer.class) {
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problem(place.get(), "expected a whole number but found " + value);
                return null;
            }
            return value.intValue();
        }
        if (instance == boolean.class || instance == Boolean.class) {
            if (!value.isBoolean()) {
                problem(place.get(), "expected true or false but found " + value);
                return null;
            }
            return value.booleanValue();
        }
        if (type == EcorePackage.Literals.ESTRING) {
            return value.asText();
        }
        problem(place.get(), "no JSON form for " + type.getName());
        return null;
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
