package org.appraise.core;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.appraise.core.rob.AssessmentChecks;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.Annotation;
import org.appraise.model.Arm;
import org.appraise.model.ArmResult;
import org.appraise.model.ContinuousResult;
import org.appraise.model.DichotomousResult;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.HazardRatio;
import org.appraise.model.MedianTimeToEvent;
import org.appraise.model.OutcomeMeasurement;
import org.appraise.model.Report;
import org.appraise.model.Result;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.model.Value;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * Checks a review for impossible or inconsistent numbers and broken links and reports each problem as a
 * diagnostic naming the object; it never throws on bad data. The data of every child diagnostic is the
 * offending object first.
 */
public final class ReviewChecks {

    public static final String SOURCE = "org.appraise.core";

    private final Function<Report, Optional<ReportText>> reportTexts;
    /** The risk-of-bias tools are read once, with the checks, not at every check. */
    private final RiskOfBiasTools tools = RiskOfBiasTools.builtIn();
    private final AssessmentChecks assessments = new AssessmentChecks(tools, SOURCE);
    private final org.appraise.core.agreement.ConsensusChecks consensus = new org.appraise.core.agreement.ConsensusChecks(tools, SOURCE);

    /**
     * @param reportTexts the text of a report, empty when it cannot be read (then its annotations are not
     *                    checked against it, and reading it is reported by whoever reads it)
     */
    public ReviewChecks(Function<Report, Optional<ReportText>> reportTexts) {
        this.reportTexts = reportTexts;
    }

    public Diagnostic check(Review review) {
        BasicDiagnostic all = new BasicDiagnostic(SOURCE, 0, "Checks of review " + review.getId(), new Object[] { review });
        checkLinks(review, all);
        Map<Report, Optional<ReportText>> texts = new HashMap<>();
        for (Study study : review.getStudies()) {
            for (Extraction extraction : study.getExtractions()) {
                for (Annotation annotation : extraction.getAnnotations()) {
                    checkAnnotation(annotation, texts, all);
                }
                for (OutcomeMeasurement measurement : extraction.getMeasurements()) {
                    for (Result result : measurement.getResults()) {
                        checkResult(extraction, measurement, result, all);
                    }
                }
                for (Arm arm : extraction.getArms()) {
                    for (GroupSize size : arm.getGroupSizes()) {
                        whole(size.getN(), size, "n", all);
                        nonNegative(size.getN(), size, "n", all);
                    }
                }
            }
        }
        checkValues(review, all);
        checkBatches(review, all);
        checkStudyRecords(review, all);
        for (Study study : review.getStudies()) {
            for (Extraction extraction : study.getExtractions()) {
                extraction.getAssessments().forEach(assessment -> assessments.check(assessment, all));
                consensus.check(extraction, all);
            }
        }
        return all;
    }

    /**
     * An import batch holding fewer records than it read: a save was cut short (its parts are written after it) or a
     * part file was lost. Records are never removed one by one (de-duplication and removal before screening mark them).
     */
    private static void checkBatches(Review review, BasicDiagnostic all) {
        Map<org.appraise.model.ImportBatch, Integer> held = new java.util.IdentityHashMap<>();
        review.getReferences().forEach(r -> held.merge(r.getBatch(), 1, Integer::sum));
        for (org.appraise.model.ImportBatch batch : review.getImportBatches()) {
            int here = held.getOrDefault(batch, 0);
            if (here < batch.getRecordCount()) {
                warning(all, batch, "Import batch " + batch.getId() + " (" + batch.getFile() + "): " + here + " of its " + batch.getRecordCount()
                        + " records are in the review: a save was cut short or a references part file is missing; import the file again");
            }
        }
    }

    /**
     * A study of a review that holds search records, with none of them linked: the PRISMA diagram counts included
     * studies from their records, so it would say more studies than its records allow (the diagram reports it as an
     * error; here it is a warning, as coding a paper before its records are linked is a normal order of work). A review
     * with no records at all (coding only) is not warned.
     */
    private static void checkStudyRecords(Review review, BasicDiagnostic all) {
        if (review.getReferences().isEmpty()) {
            return;
        }
        for (Study study : review.getStudies()) {
            if (study.getReferences().isEmpty()) {
                warning(all, study, "Study " + (study.getLabel() == null || study.getLabel().isBlank() ? study.getId() : study.getLabel() + " (" + study.getId() + ")")
                        + " has no search record linked, so the PRISMA diagram cannot count it: link the records it was found in "
                        + "(Records... in the Study view, or appraise study-records --study " + study.getId() + " --link RECORD)");
            }
        }
    }

    private void checkLinks(Review review, BasicDiagnostic all) {
        for (TreeIterator<EObject> it = review.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !object.eIsSet(reference)) {
                    continue;
                }
                Object value = object.eGet(reference, false);
                List<?> targets = reference.isMany() ? (List<?>) value : List.of(value);
                for (Object target : targets) {
                    if (target instanceof EObject linked && linked.eIsProxy()) {
                        error(all, object, ModelPaths.describe(object, reference) + " names '"
                                + ((org.eclipse.emf.ecore.InternalEObject) linked).eProxyURI().fragment()
                                + "', which is not in the review");
                    }
                }
            }
        }
    }

    private void checkAnnotation(Annotation annotation, Map<Report, Optional<ReportText>> texts, BasicDiagnostic all) {
        String where = ModelPaths.describe(annotation);
        if (annotation.getStart() < 0 || annotation.getEnd() < annotation.getStart()) {
            error(all, annotation, where + ": offsets " + annotation.getStart() + ".." + annotation.getEnd() + " are not a span");
            return;
        }
        Report report = annotation.getReport();
        if (report == null || report.eIsProxy()) {
            if (report == null) {
                error(all, annotation, where + ": names no report");
            }
            return;
        }
        Optional<ReportText> text = texts.computeIfAbsent(report, reportTexts);
        if (text.isEmpty()) {
            return;
        }
        if (!text.get().anchors(annotation)) {
            Optional<String> found = text.get().between(annotation.getStart(), annotation.getEnd());
            error(all, annotation, where + ": the quote does not match report " + report.getId() + " at "
                    + annotation.getStart() + ".." + annotation.getEnd() + " (line " + text.get().lineOf(annotation.getStart())
                    + ")" + found.map(f -> "; the text there is \"" + abbreviate(f) + "\"").orElse("; the offsets lie outside the text")
                    + ": needs re-anchoring");
        }
        if (report.getContentHash() != null && !report.getContentHash().equals(text.get().sha256())) {
            warning(all, annotation, where + ": report " + report.getId() + " changed on disk since it was annotated (hash mismatch)");
        }
    }

    private static void checkResult(Extraction extraction, OutcomeMeasurement measurement, Result result, BasicDiagnostic all) {
        String where = ModelPaths.describe(result);
        if (result instanceof ArmResult armResult) {
            Arm arm = armResult.getArm();
            if (arm == null) {
                error(all, result, where + ": names no arm");
            } else if (!arm.eIsProxy() && arm.eContainer() != extraction) {
                error(all, result, where + ": arm " + arm.getId() + " belongs to another extraction");
            }
        }
        if (result instanceof DichotomousResult d) {
            whole(d.getEvents(), d, "events", all);
            whole(d.getTotal(), d, "total", all);
            nonNegative(d.getEvents(), d, "events", all);
            BigDecimal events = number(d.getEvents());
            BigDecimal total = number(d.getTotal());
            if (total != null && total.signum() <= 0) {
                error(all, d, where + ": total " + total.toPlainString() + " must be positive");
            }
            if (events != null && total != null && events.compareTo(total) > 0) {
                error(all, d, where + ": events " + events.toPlainString() + " exceed total " + total.toPlainString());
            }
            if (total != null && d.getArm() != null && !d.getArm().eIsProxy()) {
                for (GroupSize size : d.getArm().getGroupSizes()) {
                    BigDecimal n = number(size.getN());
                    if (n != null && same(size.getPopulation(), measurement.getPopulation()) && n.compareTo(total) != 0) {
                        warning(all, d, where + ": total " + total.toPlainString() + " differs from n " + n.toPlainString()
                                + " of arm " + d.getArm().getId() + " in population '" + size.getPopulation() + "'");
                    }
                }
            }
        } else if (result instanceof ContinuousResult c) {
            nonNegative(c.getSd(), c, "sd", all);
            whole(c.getN(), c, "n", all);
            nonNegative(c.getN(), c, "n", all);
        } else if (result instanceof MedianTimeToEvent m) {
            nonNegative(m.getMedian(), m, "median", all);
            interval(m.getMedian(), m.getLower(), m.getUpper(), m, all);
        } else if (result instanceof HazardRatio hr) {
            BigDecimal estimate = number(hr.getEstimate());
            if (estimate != null && estimate.signum() <= 0) {
                error(all, hr, where + ": a hazard ratio must be positive, not " + estimate.toPlainString());
            }
            if (hr.getExperimental() == null || hr.getComparator() == null) {
                error(all, hr, where + ": the comparison needs both arms (experimental and comparator) to state its direction");
            } else if (hr.getExperimental() == hr.getComparator()) {
                error(all, hr, where + ": experimental and comparator are the same arm");
            }
            interval(hr.getEstimate(), hr.getLower(), hr.getUpper(), hr, all);
            BigDecimal p = number(hr.getPValue());
            if (p != null && (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0)) {
                error(all, hr, where + ": p value " + p.toPlainString() + " is not between 0 and 1");
            }
        }
    }

    private static void interval(Value estimate, Value lower, Value upper, EObject owner, BasicDiagnostic all) {
        BigDecimal e = number(estimate);
        BigDecimal lo = number(lower);
        BigDecimal hi = number(upper);
        String where = ModelPaths.describe(owner);
        if (lo != null && hi != null && lo.compareTo(hi) > 0) {
            error(all, owner, where + ": lower limit " + lo.toPlainString() + " is above upper limit " + hi.toPlainString());
        }
        if (e != null && ((lo != null && e.compareTo(lo) < 0) || (hi != null && e.compareTo(hi) > 0))) {
            error(all, owner, where + ": the confidence interval " + plain(lo) + " to " + plain(hi)
                    + " does not contain the estimate " + e.toPlainString());
        }
    }

    private static void checkValues(Review review, BasicDiagnostic all) {
        for (TreeIterator<EObject> it = review.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Value value) {
                String where = ModelPaths.describe(value);
                if (value.isDerived() && (value.getDerivation() == null || value.getDerivation().isBlank())) {
                    warning(all, value, where + ": marked derived but its arithmetic is not recorded");
                }
                if (!value.isDerived() && value.getNumber() != null && value.getSources().isEmpty()) {
                    warning(all, value, where + ": reported value " + value.getNumber().toPlainString() + " has no quote");
                } else if (!value.isDerived() && value.getNumber() != null && !QuotedNumbers.inAnyQuote(value)) {
                    warning(all, value, where + ": reported value " + value.getNumber().toPlainString() + " does not appear in its quote \""
                            + QuotedNumbers.shortQuote(value) + "\" (a wrong number, or a value that should be marked derived with its arithmetic)");
                }
            }
        }
    }

    private static void whole(Value value, EObject owner, String field, BasicDiagnostic all) {
        BigDecimal n = number(value);
        if (n != null && n.stripTrailingZeros().scale() > 0) {
            error(all, owner, ModelPaths.describe(owner) + " / " + field + ": " + n.toPlainString() + " is not a whole number");
        }
    }

    private static void nonNegative(Value value, EObject owner, String field, BasicDiagnostic all) {
        BigDecimal n = number(value);
        if (n != null && n.signum() < 0) {
            error(all, owner, ModelPaths.describe(owner) + " / " + field + ": " + n.toPlainString() + " is negative");
        }
    }

    private static BigDecimal number(Value value) {
        return value == null ? null : value.getNumber();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "?" : n.toPlainString();
    }

    private static String abbreviate(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }

    private static void error(BasicDiagnostic all, EObject object, String message) {
        all.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, message, new Object[] { object }));
    }

    private static void warning(BasicDiagnostic all, EObject object, String message) {
        all.add(new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 0, message, new Object[] { object }));
    }
}
