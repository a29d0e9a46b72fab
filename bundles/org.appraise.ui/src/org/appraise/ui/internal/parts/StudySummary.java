package org.appraise.ui.internal.parts;

import java.util.Locale;
import java.util.StringJoiner;

import org.appraise.core.EnumLabels;
import org.appraise.model.Arm;
import org.appraise.model.Extraction;
import org.appraise.model.Report;
import org.appraise.model.Study;

/** The head of the study editor: the study's reports (kind and citation), then each extraction's design and arms with their sizes. */
final class StudySummary {

    private StudySummary() {
    }

    static String of(Study study) {
        StringJoiner lines = new StringJoiner("\n");
        for (Report report : study.getReports()) {
            lines.add(report.getKind().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                    + (report.getCitation() == null ? report.getFile() : report.getCitation()));
        }
        lines.add(study.getReferences().isEmpty() ? "search records: none (PRISMA needs the record it was found in: Records...)"
                : "search records: " + String.join(", ", study.getReferences().stream().map(r -> r.getId()
                        + org.appraise.core.screening.StudyRecords.labelOf(r).map(l -> " (" + l + ")").orElse("")).toList()));
        for (Extraction extraction : study.getExtractions()) {
            StringJoiner arms = new StringJoiner("; ", extraction.getId() + " (design: " + EnumLabels.of(extraction.getDesign()).toLowerCase(Locale.ROOT) + "), arms: ", "");
            for (Arm arm : extraction.getArms()) {
                StringJoiner sizes = new StringJoiner(", ");
                arm.getGroupSizes().forEach(size -> sizes.add((size.getPopulation() == null || size.getPopulation().isBlank() ? ""
                        : size.getPopulation() + " ") + "n=" + ResultText.number(size.getN())));
                arms.add(text(arm.getLabel()) + (sizes.length() == 0 ? "" : " (" + sizes + ")"));
            }
            lines.add(arms.toString());
        }
        return lines.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
