package org.appraise.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.core.screening.Agreement;
import org.appraise.core.screening.PrismaCounts;
import org.appraise.core.screening.ScreeningState;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.Reviewer;
import org.appraise.model.ScreeningDecision;
import org.appraise.model.ScreeningStage;

/**
 * "PRISMA 2020": every box of the flow diagram with its count, per column, with the exclusion reasons and
 * the invariant findings, the same numbers the diagram shows. "Screening": a row per record with each
 * reviewer's decision at each stage, the resolution kept apart and the verdict that counts. "Agreement":
 * percent agreement and Cohen's kappa per stage and pair of reviewers.
 */
final class ScreeningSheets {

    static final String PRISMA = "PRISMA 2020";
    static final String SCREENING = "Screening";
    static final String AGREEMENT = "Agreement";

    private final Cells cells;

    ScreeningSheets(Cells cells) {
        this.cells = cells;
    }

    void prisma(SXSSFWorkbook workbook, Review review) {
        PrismaCounts counts = PrismaCounts.of(review);
        Sheet sheet = workbook.createSheet(PRISMA);
        String[] headers = { "Phase", "Box", "Databases and registers", "Other methods" };
        cells.header(sheet, headers);
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] { "Identification", "Records identified from databases", counts.identifiedFromDatabases(), null });
        counts.databases().forEach((name, n) -> rows.add(new Object[] { "Identification", "   " + name, n, null }));
        rows.add(new Object[] { "Identification", "Records identified from registers", counts.identifiedFromRegisters(), null });
        counts.registers().forEach((name, n) -> rows.add(new Object[] { "Identification", "   " + name, n, null }));
        rows.add(new Object[] { "Identification", "Records identified from other methods", null, counts.otherIdentified() });
        counts.otherSources().forEach((name, n) -> rows.add(new Object[] { "Identification", "   " + name, null, n }));
        rows.add(new Object[] { "Identification", "Duplicate records removed", counts.duplicates(), null });
        rows.add(new Object[] { "Identification", "Records marked as ineligible by automation tools", counts.removedByAutomation(), null });
        rows.add(new Object[] { "Identification", "Records removed for other reasons", counts.removedOther(), null });
        rows.add(new Object[] { "Screening", "Records screened", counts.screened(), null });
        rows.add(new Object[] { "Screening", "Records excluded", counts.excluded(), null });
        rows.add(new Object[] { "Screening", "Reports sought for retrieval", counts.sought(), counts.otherSought() });
        rows.add(new Object[] { "Screening", "Reports not retrieved", counts.notRetrieved(), counts.otherNotRetrieved() });
        rows.add(new Object[] { "Screening", "Reports assessed for eligibility", counts.assessed(), counts.otherAssessed() });
        rows.add(new Object[] { "Screening", "Reports excluded", total(counts.excludedReports()), total(counts.otherExcludedReports()) });
        List<String> reasons = new ArrayList<>(counts.excludedReports().keySet());
        counts.otherExcludedReports().keySet().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        for (String reason : reasons) {
            rows.add(new Object[] { "Screening", "   " + reason, counts.excludedReports().get(reason), counts.otherExcludedReports().get(reason) });
        }
        rows.add(new Object[] { "Included", "Studies included in review", counts.studiesIncluded(), null });
        rows.add(new Object[] { "Included", "Reports of included studies", counts.reportsIncluded(), null });
        int r = 1;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            cells.string(row, 0, (String) values[0], null);
            cells.string(row, 1, (String) values[1], null);
            for (int c = 2; c < 4; c++) {
                if (values[c] != null) {
                    cells.decimal(row, c, java.math.BigDecimal.valueOf((Integer) values[c]));
                }
            }
        }
        r++;
        Row title = sheet.createRow(r++);
        cells.string(title, 0, counts.findings().isEmpty() ? "Checks: every PRISMA invariant holds." : "Checks", cells.bold);
        for (PrismaCounts.Finding finding : counts.findings()) {
            Row row = sheet.createRow(r++);
            cells.string(row, 0, finding.error() ? "error" : "warning", null);
            cells.string(row, 1, finding.message() + ": " + String.join(", ", finding.references()), cells.wrap);
        }
        Cells.finish(sheet, headers.length, rows.size() + 1, new int[] { 16, 60, 24, 16 });
    }

    void screening(SXSSFWorkbook workbook, Review review) {
        ScreeningState state = ScreeningState.of(review);
        List<Reviewer> reviewers = new ArrayList<>();
        for (ScreeningStage stage : ScreeningStage.VALUES) {
            state.all(stage).forEach(s -> s.decisions().keySet().stream().filter(x -> !reviewers.contains(x)).forEach(reviewers::add));
        }
        List<String> headers = new ArrayList<>(List.of("Record", "Title", "Year", "Source", "Duplicate of"));
        for (ScreeningStage stage : ScreeningStage.VALUES) {
            String name = stage == ScreeningStage.TITLE_ABSTRACT ? "Title/abstract" : "Full text";
            reviewers.forEach(x -> headers.add(name + ": " + x.getId()));
            headers.add(name + ": resolution");
            headers.add(name + ": verdict" + (review.isSingleScreening() ? " (single screening: one decision counts)" : ""));
            headers.add(name + ": reason");
        }
        Sheet sheet = workbook.createSheet(SCREENING);
        cells.header(sheet, headers.toArray(String[]::new));
        int r = 1;
        for (Reference reference : review.getReferences()) {
            Row row = sheet.createRow(r++);
            int c = 0;
            cells.string(row, c++, reference.getId(), null);
            cells.string(row, c++, reference.getTitle(), null);
            if (reference.getYear() != null) {
                cells.decimal(row, c, java.math.BigDecimal.valueOf(reference.getYear()));
            }
            c++;
            cells.string(row, c++, reference.getBatch() != null && reference.getBatch().getSourceDatabase() != null
                    ? reference.getBatch().getSourceDatabase() : reference.getSourceDatabase(), null);
            cells.string(row, c++, reference.getDuplicateOf() == null ? "" : reference.getDuplicateOf().getId(), null);
            for (ScreeningStage stage : ScreeningStage.VALUES) {
                Optional<ScreeningState.Standing> standing = state.at(reference, stage);
                for (Reviewer reviewer : reviewers) {
                    cells.string(row, c++, standing.map(s -> s.decisions().get(reviewer)).map(ScreeningSheets::verdict).orElse(""), null);
                }
                cells.string(row, c++, standing.flatMap(ScreeningState.Standing::resolution).map(ScreeningSheets::verdict).orElse(""), null);
                cells.string(row, c++, standing.map(ScreeningState.Standing::said).orElse(""), null);
                cells.string(row, c++, standing.flatMap(ScreeningState.Standing::deciding).map(ScreeningDecision::getReason)
                        .map(x -> x.getText() == null ? x.getId() : x.getText()).orElse(""), null);
            }
        }
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 14);
        widths[0] = 26;
        widths[1] = 60;
        Cells.finish(sheet, headers.size(), r, widths);

        Sheet agreement = workbook.createSheet(AGREEMENT);
        String[] columns = { "Stage", "Reviewer", "Reviewer", "Records both decided", "Agreed", "Percent agreement", "Cohen's kappa" };
        cells.header(agreement, columns);
        int a = 1;
        for (ScreeningStage stage : ScreeningStage.VALUES) {
            for (int i = 0; i < reviewers.size(); i++) {
                for (int j = i + 1; j < reviewers.size(); j++) {
                    Agreement result = state.agreement(stage, reviewers.get(i), reviewers.get(j));
                    Row row = agreement.createRow(a++);
                    cells.string(row, 0, stage == ScreeningStage.TITLE_ABSTRACT ? "Title/abstract" : "Full text", null);
                    cells.string(row, 1, reviewers.get(i).getId(), null);
                    cells.string(row, 2, reviewers.get(j).getId(), null);
                    cells.decimal(row, 3, java.math.BigDecimal.valueOf(result.items()));
                    cells.decimal(row, 4, java.math.BigDecimal.valueOf(result.agreed()));
                    if (result.items() > 0) {
                        cells.computed(row, 5, result.percent(), 4);
                    }
                    if (result.kappa().isPresent()) {
                        cells.computed(row, 6, result.kappa().get(), 4);
                    } else {
                        cells.string(row, 6, "undefined", null);
                    }
                }
            }
        }
        Cells.finish(agreement, columns.length, a, new int[] { 16, 12, 12, 14, 10, 14, 14 });
    }

    private static String verdict(ScreeningDecision decision) {
        return decision.getVerdict() == null ? "" : decision.getVerdict().getLiteral().toLowerCase().replace('_', ' ');
    }

    private static Integer total(Map<String, Integer> reasons) {
        return reasons.values().stream().mapToInt(Integer::intValue).sum();
    }
}
