package org.appraise.ui.internal.parts;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Shell;

/**
 * A form made from an object's own attributes: text for words, a number field for decimals, choices for
 * enumerations, check boxes for yes/no. What the reviewer enters becomes one command.
 */
final class AttributeForm {

    private final List<EAttribute> attributes;

    AttributeForm(List<EAttribute> attributes) {
        this.attributes = attributes;
    }

    FieldsDialog dialog(Shell shell, String title, EObject object) {
        FieldsDialog form = new FieldsDialog(shell, title);
        for (EAttribute attribute : attributes) {
            Object value = object.eGet(attribute);
            String label = ObjectListEditor.words(attribute.getName());
            if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                form.choice(attribute.getName(), label, eEnum.getELiterals().stream().map(l -> org.appraise.core.EnumLabels.of(l.getInstance())).toList(),
                        org.appraise.core.EnumLabels.of((Enumerator) value), false);
            } else if (isBoolean(attribute)) {
                form.check(attribute.getName(), label, Boolean.TRUE.equals(value));
            } else {
                form.text(attribute.getName(), label, value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
        }
        form.validate(d -> {
            for (EAttribute attribute : attributes) {
                if (attribute.getEAttributeType().getInstanceClass() == BigDecimal.class && !d.get(attribute.getName()).isBlank()) {
                    try {
                        new BigDecimal(d.get(attribute.getName()));
                    } catch (NumberFormatException e) {
                        return ObjectListEditor.words(attribute.getName()) + ": '" + d.get(attribute.getName()) + "' is not a number.";
                    }
                }
            }
            return "";
        });
        return form;
    }

    /** Sets every attribute from the filled-in form, as one command. */
    Command apply(EditingDomain domain, EObject object, FieldsDialog form) {
        CompoundCommand command = new CompoundCommand("Edit " + object.eClass().getName());
        for (EAttribute attribute : attributes) {
            command.append(SetCommand.create(domain, object, attribute, value(form, attribute)));
        }
        return command;
    }

    /** Sets the attributes of an object that is not yet in the model (no command needed). */
    void fill(EObject object, FieldsDialog form) {
        for (EAttribute attribute : attributes) {
            object.eSet(attribute, value(form, attribute));
        }
    }

    private static Object value(FieldsDialog form, EAttribute attribute) {
        String text = form.get(attribute.getName());
        if (attribute.getEAttributeType() instanceof EEnum eEnum) {
            int at = form.index(attribute.getName());
            return at < 0 ? eEnum.getDefaultValue() : eEnum.getELiterals().get(at).getInstance();
        }
        if (isBoolean(attribute)) {
            return Boolean.parseBoolean(text);
        }
        if (text.isBlank()) {
            return null;
        }
        return attribute.getEAttributeType().getInstanceClass() == BigDecimal.class ? new BigDecimal(text) : text;
    }

    private static boolean isBoolean(EAttribute attribute) {
        return attribute.getEAttributeType().getInstanceClass() == boolean.class;
    }
}
