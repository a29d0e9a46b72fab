package org.appraise.core.assistant;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence's numbers are a subgroup's, not the arms': a subgroup named before them ("In patients with
 * extrahepatic spread, median PFS was 7.1 vs 4.0 months", "In the subgroup with AFP ≥ 400 ng/mL") or right after them
 * ("37.5% vs 20.8% among patients with BCLC stage C"). Patients "with" an arm's treatment, named right after the word
 * ("204 of 371 patients with nivolumab"), are that arm, not a subgroup.
 */
final class Subgroups {

    private static final Pattern BEFORE = Pattern.compile("\\b(?:in|among|for|of)\\s+(?:the\\s+)?(?:\\d+\\s+)?(?:patients|those|participants|subjects|cases|people)"
            + "\\s+(?:with|without|who|aged|having|harbou?ring|older|younger|whose)\\b|\\bsub-?groups?\\b|\\bstratified\\b|\\bsubsets?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile("^[^.;]*?\\b(?:in|among|for)\\s+(?:the\\s+)?(?:patients|those|participants|subjects|cases|people)"
            + "\\s+(?:with|without|who|aged|having|harbou?ring|older|younger|whose)\\b", Pattern.CASE_INSENSITIVE);
    /** What may stand between "with" and the arm's treatment it introduces. */
    private static final Pattern LEAD = Pattern.compile("\\s+(?:the\\s+)?");
    private static final int SPAN = 60;

    private final PaperArms arms;

    Subgroups(PaperArms arms) {
        this.arms = arms;
    }

    /** Whether the numbers between start and end of the sentence are a subgroup's. */
    boolean of(String sentence, int start, int end) {
        return named(sentence, 0, Math.max(0, start), BEFORE)
                || named(sentence, Math.min(end, sentence.length()), Math.min(sentence.length(), end + 40), AFTER);
    }

    /** Whether a sentence opens on a subgroup ("Among patients with ...", "In the subgroup of ..."), framing the next one's numbers. */
    boolean opens(String sentence) {
        return named(sentence, 0, Math.min(sentence.length(), 40), BEFORE);
    }

    private boolean named(String sentence, int from, int to, Pattern words) {
        Matcher m = words.matcher(sentence).region(from, to);
        while (m.find()) {
            if (!anArmsTreatment(sentence, m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words end in "with" followed by an arm's name ("patients with nivolumab"): that arm, not a subgroup. */
    private boolean anArmsTreatment(String sentence, Matcher subgroup) {
        if (!subgroup.group().toLowerCase(java.util.Locale.ROOT).endsWith("with")) {
            return false;
        }
        Matcher lead = LEAD.matcher(sentence).region(subgroup.end(), sentence.length());
        if (!lead.lookingAt()) {
            return false;
        }
        List<int[]> named = arms.mentions(sentence, lead.end(), Math.min(sentence.length(), lead.end() + SPAN));
        return !named.isEmpty() && named.get(0)[0] == lead.end();
    }
}
