package org.appraise.core;

import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The words a reviewer reads for the model's enumerations: "Retrospective cohort", not RETROSPECTIVE_COHORT;
 * "RCT" and "PICO" where the field says so. The literal stays what the JSON holds.
 */
public final class EnumLabels {

    private static final Map<String, String> SPECIAL = Map.of(
            "RANDOMISED_TRIAL", "Randomised trial (RCT)",
            "NON_RANDOMISED_TRIAL", "Non-randomised trial",
            "DIAGNOSTIC_ACCURACY", "Diagnostic accuracy study",
            "UNSPECIFIED", "Not yet chosen",
            "CENTRES", "Centres",
            "NOT_RETRIEVED", "Not retrieved",
            "TITLE_ABSTRACT", "Title and abstract");

    private EnumLabels() {
    }

    /** "Retrospective cohort" for RETROSPECTIVE_COHORT. */
    public static String of(Enumerator value) {
        if (value == null) {
            return "";
        }
        String special = SPECIAL.get(value.getLiteral());
        if (special != null) {
            return special;
        }
        String words = value.getLiteral().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
