package org.appraise.core.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

import org.appraise.model.Arm;
import org.appraise.model.Characteristic;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.PicoElement;
import org.appraise.model.Review;
import org.appraise.model.Study;

/**
 * The characteristics of included studies (a review's Table 1), one row per study, for every export that writes
 * them (the workbook's sheet, the Word table): read from the study's consensus extraction where it records the
 * study's details, else from the first extraction by id, and the row says which. The number of participants is
 * derived, so it says how: the arms' sizes added in one analysis population that every arm reports; where an arm
 * gives no size, or the arms share no population, it is absent with the reason, never a sum of what happens to be
 * there.
 */
public final class StudyCharacteristics {

    /** An arm as the table shows it: its size in the population the total uses (or its first), and whether derived. */
    public record ArmLine(String label, String intervention, BigDecimal n, String population, boolean derived) {

        /** The arm as a line of the table: "label (n = 58, before matching): intervention", "derived" when it is. */
        public String said() {
            String size = n == null ? " (no size)"
                    : " (n = " + n.toPlainString() + (population == null ? "" : ", " + population) + (derived ? ", derived" : "") + ")";
            return (label == null ? "(arm without a label)" : label) + size + (intervention == null ? "" : ": " + intervention);
        }
    }

    /** The participants: the arms' sizes added in {@code population}, or absent ({@code participants} null) with why. */
    public record Participants(BigDecimal participants, String population, int arms, String absentBecause) {

        /** How the number was made, or why there is none: what a reader of the table is told. */
        public String said() {
            if (participants == null) {
                return "not added: " + absentBecause;
            }
            String in = population == null ? "" : " (" + population + ")";
            return arms == 1 ? "the one arm's size" + in : "the " + arms + " arms' sizes added" + in;
        }
    }

    /** One study's row. */
    public record Row(Study study, Extraction source, String label, String design, String setting, String country, String centres,
            String period, Participants participants, String population, List<ArmLine> arms, String outcomes, String followUp,
            String funding, String notes) {
    }

    private StudyCharacteristics() {
    }

    /** The rows of the review's studies that have an extraction to read, in the review's order. */
    public static List<Row> of(Review review) {
        List<Row> rows = new ArrayList<>();
        for (Study study : review.getStudies()) {
            source(study).ifPresent(e -> rows.add(row(study, e)));
        }
        return rows;
    }

    private static Optional<Extraction> source(Study study) {
        return study.getExtractions().stream()
                .filter(e -> !e.isConsensus() || !e.getCharacteristics().isEmpty() || !e.getPico().isEmpty() || !e.getArms().isEmpty())
                .sorted(Comparator.comparing((Extraction e) -> !e.isConsensus()).thenComparing(Extraction::getId)).findFirst();
    }

    private static Row row(Study study, Extraction e) {
        Participants participants = participants(e.getArms());
        List<ArmLine> arms = new ArrayList<>();
        for (Arm arm : e.getArms()) {
            Optional<GroupSize> size = sizeIn(arm, participants.population()).or(() -> arm.getGroupSizes().stream().findFirst());
            BigDecimal n = size.map(GroupSize::getN).map(v -> v.getNumber()).orElse(null);
            arms.add(new ArmLine(arm.getLabel(), arm.getIntervention(), n, size.map(GroupSize::getPopulation).orElse(null),
                    size.map(GroupSize::getN).map(v -> v.isDerived()).orElse(false)));
        }
        String design = e.getDesign() == null ? "" : e.getDesign().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ');
        return new Row(study, e, study.getLabel() == null ? study.getId() : study.getLabel(), design, characteristic(e, "SETTING"),
                characteristic(e, "COUNTRY"), characteristic(e, "CENTRES"), characteristic(e, "PERIOD"), participants, pico(e, "POPULATION"),
                arms, pico(e, "OUTCOME"), characteristic(e, "FOLLOW_UP"), characteristic(e, "FUNDING"), characteristic(e, "NOTES"));
    }

    /** The first population (in the first arm's order) in which every arm gives a size, added; else why not. */
    static Participants participants(List<Arm> arms) {
        if (arms.isEmpty()) {
            return new Participants(null, null, 0, "no arms recorded");
        }
        for (Arm arm : arms) {
            if (arm.getGroupSizes().stream().noneMatch(s -> s.getN() != null && s.getN().getNumber() != null)) {
                return new Participants(null, null, arms.size(), "no size for arm " + (arm.getLabel() == null ? "(without a label)" : arm.getLabel()));
            }
        }
        for (GroupSize first : arms.get(0).getGroupSizes()) {
            if (first.getN() == null || first.getN().getNumber() == null) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            boolean everyArm = true;
            for (Arm arm : arms) {
                Optional<BigDecimal> n = sizeIn(arm, first.getPopulation()).map(s -> s.getN().getNumber());
                everyArm &= n.isPresent();
                total = total.add(n.orElse(BigDecimal.ZERO));
            }
            if (everyArm) {
                return new Participants(total, first.getPopulation(), arms.size(), null);
            }
        }
        StringJoiner populations = new StringJoiner("; ");
        for (Arm arm : arms) {
            populations.add(arm.getLabel() + ": " + arm.getGroupSizes().stream().map(s -> Objects.toString(s.getPopulation(), "(unnamed)")).toList());
        }
        return new Participants(null, null, arms.size(), "the arms give sizes in no common population (" + populations + ")");
    }

    private static Optional<GroupSize> sizeIn(Arm arm, String population) {
        return arm.getGroupSizes().stream().filter(s -> Objects.equals(s.getPopulation(), population))
                .filter(s -> s.getN() != null && s.getN().getNumber() != null).findFirst();
    }

    /** The texts of a kind of study detail, joined with "; ". */
    public static String characteristic(Extraction e, String kind) {
        StringJoiner joined = new StringJoiner("; ");
        for (Characteristic c : e.getCharacteristics()) {
            if (c.getKind().getLiteral().equals(kind)) {
                joined.add(c.getText() == null ? "" : c.getText());
            }
        }
        return joined.toString();
    }

    /** The texts of a kind of PICO element, joined with "; ". */
    public static String pico(Extraction e, String kind) {
        StringJoiner joined = new StringJoiner("; ");
        for (PicoElement p : e.getPico()) {
            if (p.getKind().getLiteral().equals(kind)) {
                joined.add(p.getText() == null ? "" : p.getText());
            }
        }
        return joined.toString();
    }
}
