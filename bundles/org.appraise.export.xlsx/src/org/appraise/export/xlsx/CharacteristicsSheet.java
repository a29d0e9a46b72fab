package org.appraise.export.xlsx;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.model.Arm;
import org.appraise.model.Extraction;
import org.appraise.model.GroupSize;
import org.appraise.model.Review;
import org.appraise.model.Study;

/**
 * "Characteristics": the characteristics of included studies as a review's Table 1, one row per study, from
 * its consensus extraction where it records the study's details, else the first: design, setting, country, centres, period,
 * N (the arms' sizes in their first analysis population, added), population, interventions and comparators
 * (arms with their sizes), outcomes, follow-up, funding and notes.
 */
final class CharacteristicsSheet {

    static final String NAME = "Characteristics";
    static final String[] COLUMNS = { "Study", "Design", "Setting", "Country", "Centres", "Period", "N", "Population",
            "Interventions and comparators", "Outcomes", "Follow-up", "Funding", "Notes", "Extraction" };

    private final Cells cells;

    CharacteristicsSheet(Cells cells) {
        this.cells = cells;
    }

    void write(SXSSFWorkbook workbook, Review review) {
        Sheet sheet = workbook.createSheet(NAME);
        cells.header(sheet, COLUMNS);
        int r = 1;
        for (Study study : review.getStudies()) {
            Optional<Extraction> source = study.getExtractions().stream()
                    .filter(e -> !e.isConsensus() || !e.getCharacteristics().isEmpty() || !e.getPico().isEmpty() || !e.getArms().isEmpty())
                    .sorted(Comparator.comparing((Extraction e) -> !e.isConsensus()).thenComparing(Extraction::getId)).findFirst();
            if (source.isEmpty()) {
                continue;
            }
            Extraction e = source.get();
            Row row = sheet.createRow(r++);
            int c = 0;
            cells.string(row, c++, study.getLabel() == null ? study.getId() : study.getLabel(), cells.wrap);
            cells.string(row, c++, e.getDesign() == null ? "" : e.getDesign().getLiteral().toLowerCase().replace('_', ' '), null);
            cells.string(row, c++, characteristic(e, "SETTING"), cells.wrap);
            cells.string(row, c++, characteristic(e, "COUNTRY"), null);
            cells.string(row, c++, characteristic(e, "CENTRES"), null);
            cells.string(row, c++, characteristic(e, "PERIOD"), null);
            BigDecimal n = BigDecimal.ZERO;
            boolean any = false;
            StringJoiner arms = new StringJoiner("\n");
            for (Arm arm : e.getArms()) {
                Optional<GroupSize> size = arm.getGroupSizes().stream().findFirst();
                String sizeText = size.filter(s -> s.getN() != null && s.getN().getNumber() != null)
                        .map(s -> " (n = " + s.getN().getNumber().toPlainString() + (s.getPopulation() == null ? "" : ", " + s.getPopulation()) + ")")
                        .orElse("");
                arms.add(arm.getLabel() + sizeText + (arm.getIntervention() == null ? "" : ": " + arm.getIntervention()));
                if (size.isPresent() && size.get().getN() != null && size.get().getN().getNumber() != null) {
                    n = n.add(size.get().getN().getNumber());
                    any = true;
                }
            }
            if (any) {
                cells.decimal(row, c, n);
            }
            c++;
            cells.string(row, c++, pico(e, "POPULATION"), cells.wrap);
            cells.string(row, c++, arms.toString(), cells.wrap);
            cells.string(row, c++, pico(e, "OUTCOME"), cells.wrap);
            cells.string(row, c++, characteristic(e, "FOLLOW_UP"), cells.wrap);
            cells.string(row, c++, characteristic(e, "FUNDING"), cells.wrap);
            cells.string(row, c++, characteristic(e, "NOTES"), cells.wrap);
            cells.string(row, c, e.getId() + (e.isConsensus() ? " (consensus)" : ""), null);
        }
        Cells.finish(sheet, COLUMNS.length, r, new int[] { 30, 16, 30, 12, 8, 20, 8, 36, 44, 36, 18, 30, 40, 20 });
    }

    private static String characteristic(Extraction e, String kind) {
        return ExtractionWorkbook.characteristic(e, kind);
    }

    private static String pico(Extraction e, String kind) {
        return ExtractionWorkbook.pico(e, kind);
    }
}
