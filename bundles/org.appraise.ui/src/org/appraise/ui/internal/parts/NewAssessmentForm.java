package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.appraise.core.rob.RiskOfBiasTool;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.Extraction;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Review;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks which tool and which result a new risk-of-bias assessment is for: the review's tools first, the one made
 * for the study's design first chosen (ROBINS-I for a cohort, RoB 2 for a trial); a tool that assesses results
 * needs one.
 */
final class NewAssessmentForm {

    /** The tool chosen and the result it assesses (null: the whole study). */
    record Choice(RiskOfBiasTool tool, OutcomeMeasurement measurement) {
    }

    private NewAssessmentForm() {
    }

    static Optional<Choice> ask(Shell shell, Review review, Extraction extraction, RiskOfBiasTools tools) {
        List<RiskOfBiasTool> choices = new ArrayList<>();
        for (String id : review.getRiskOfBiasTools()) {
            tools.find(id).ifPresent(choices::add);
        }
        tools.all().stream().filter(t -> !choices.contains(t)).forEach(choices::add);
        List<String> results = new ArrayList<>(List.of("(whole study)"));
        extraction.getMeasurements().forEach(m -> results.add(AssessmentTexts.describe(m)));
        RiskOfBiasTool initial = tools.madeFor(extraction.getDesign(), !extraction.getMeasurements().isEmpty()).filter(choices::contains)
                .orElse(choices.get(0));
        FieldsDialog form = new FieldsDialog(shell, "New risk-of-bias assessment")
                .choice("tool", "Tool", choices.stream().map(RiskOfBiasTool::title).toList(), initial.title(), false)
                .choice("result", "Result assessed", results, results.get(results.size() > 1 ? 1 : 0), false)
                .validate(d -> {
                    int tool = d.index("tool");
                    return tool >= 0 && choices.get(tool).assesses().equals("result") && d.index("result") <= 0
                            ? choices.get(tool).shortName() + " assesses one result: choose it." : "";
                });
        if (form.open() != Window.OK) {
            return Optional.empty();
        }
        int result = form.index("result");
        return Optional.of(new Choice(choices.get(form.index("tool")), result <= 0 ? null : extraction.getMeasurements().get(result - 1)));
    }
}
