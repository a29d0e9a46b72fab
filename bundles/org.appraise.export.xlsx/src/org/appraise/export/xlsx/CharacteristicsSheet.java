package org.appraise.export.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.appraise.core.extraction.StudyCharacteristics;
import org.appraise.model.Review;

/**
 * "Characteristics": the characteristics of included studies as a review's Table 1, one row per study
 * ({@link StudyCharacteristics}): design, setting, country, centres, period, N (participants, derived: the next column
 * says from which arms and population, or why there is none), population, interventions and comparators (arms with
 * their sizes), outcomes, follow-up, funding, notes, and the extraction the row was read from.
 */
final class CharacteristicsSheet {

    static final String NAME = "Characteristics";
    static final String[] COLUMNS = { "Study", "Design", "Setting", "Country", "Centres", "Period", "N (participants)", "N from",
            "Population", "Interventions and comparators", "Outcomes", "Follow-up", "Funding", "Notes", "Extraction" };

    private final Cells cells;

    CharacteristicsSheet(Cells cells) {
        this.cells = cells;
    }

    void write(SXSSFWorkbook workbook, Review review) {
        Sheet sheet = workbook.createSheet(NAME);
        cells.header(sheet, COLUMNS);
        int r = 1;
        for (StudyCharacteristics.Row study : StudyCharacteristics.of(review)) {
            Row row = sheet.createRow(r++);
            int c = 0;
            cells.string(row, c++, study.label(), cells.wrap);
            cells.string(row, c++, study.design(), null);
            cells.string(row, c++, study.setting(), cells.wrap);
            cells.string(row, c++, study.country(), null);
            cells.string(row, c++, study.centres(), null);
            cells.string(row, c++, study.period(), null);
            if (study.participants().participants() != null) {
                cells.decimal(row, c, study.participants().participants());
            }
            c++;
            cells.string(row, c++, study.participants().said(), cells.wrap);
            cells.string(row, c++, study.population(), cells.wrap);
            cells.string(row, c++, String.join("\n", study.arms().stream().map(StudyCharacteristics.ArmLine::said).toList()), cells.wrap);
            cells.string(row, c++, study.outcomes(), cells.wrap);
            cells.string(row, c++, study.followUp(), cells.wrap);
            cells.string(row, c++, study.funding(), cells.wrap);
            cells.string(row, c++, study.notes(), cells.wrap);
            cells.string(row, c, study.source().getId() + (study.source().isConsensus() ? " (consensus)" : ""), null);
        }
        Cells.finish(sheet, COLUMNS.length, r, new int[] { 30, 16, 30, 12, 8, 20, 10, 24, 36, 44, 36, 18, 30, 40, 20 });
    }
}
