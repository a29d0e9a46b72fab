package org.appraise.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.appraise.core.NumberReader;
import org.appraise.core.NumberReader.Reading;
import org.appraise.core.NumberReader.Shape;
import org.appraise.core.ResultParts;
import org.appraise.core.assistant.Proposal.Kind;
import org.appraise.core.assistant.Proposal.Part;
import org.appraise.core.assistant.Proposal.Span;

/**
 * Results read from table rows that name an outcome: per column, a count with its percentage (events, and the
 * column's n as total when the two agree), a percentage alone (events derived from the column's n when one whole
 * count rounds to it), or a median with its interval for a survival row. A row is read only when it holds exactly
 * one cell for every column (and sub-column) of its header; in a table of adverse events, the row "All" gives
 * grade 3-4 events from the grade 3-4 sub-column.
 */
final class TableResults {

    private static final Pattern ALL_EVENTS = Pattern.compile("^(?:all|total|any|overall)(?:\\s+(?:AEs?|TRAEs?|adverse events?|events?))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEVEL = Pattern.compile("(\\d{2}(?:\\.\\d+)?)\\s*%\\s*CI", Pattern.CASE_INSENSITIVE);

    private final PaperText paper;
    private final PaperArms arms;
    private final Defaults defaults;

    /** What the paper says once for all its results: its response criteria and its CTCAE version, when it names one. */
    record Defaults(String response, String adverse) {

        String of(OutcomeTerm term, String stated) {
            if (term == OutcomeTerm.AE34) {
                return adverse;
            }
            if (term == OutcomeTerm.OS) {
                return null;
            }
            return stated != null ? stated : response;
        }
    }

    TableResults(PaperText paper, PaperArms arms, Defaults defaults) {
        this.paper = paper;
        this.arms = arms;
        this.defaults = defaults;
    }

    List<Proposal> read(List<PaperTables.Row> rows) {
        List<Proposal> found = new ArrayList<>();
        for (PaperTables.Row row : rows) {
            if (row.header() == null || arms.arms().isEmpty() || row.label().isEmpty()) {
                continue;
            }
            OutcomeTerm term = outcome(row);
            if (term == null) {
                continue;
            }
            int sub = row.header().subcolumns();
            int wanted = term == OutcomeTerm.AE34 && sub > 1 && ALL_EVENTS.matcher(row.label()).matches() ? row.header().gradeColumn() : 0;
            List<Reading> cells = row.cells().stream().filter(r -> term.dichotomous()
                    ? r.shape() == Shape.COUNT_AND_PERCENT || r.shape() == Shape.PERCENT : MedianParts.SHAPES.contains(r.shape())).toList();
            List<TableHeader.Column> columns = row.header().columns();
            if (cells.size() != columns.size() * sub) {
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                TableHeader.Column column = columns.get(c);
                int place = (int) columns.subList(0, c).stream().filter(x -> x.population() == column.population()).count();
                int arm = arms.armOfColumn(column, place);
                if (arm < 0) {
                    continue;
                }
                Reading cell = cells.get(c * sub + wanted);
                Proposal proposal = term.dichotomous() ? counted(row, term, column, arm, cell) : timed(row, term, column, arm, cell);
                if (proposal != null) {
                    found.add(proposal);
                }
            }
        }
        return found;
    }

    private static OutcomeTerm outcome(PaperTables.Row row) {
        if (row.adverse() && ALL_EVENTS.matcher(row.label()).matches() && row.header().gradeColumn() >= 0) {
            return OutcomeTerm.AE34;
        }
        OutcomeMention found = OutcomeMention.first(row.label());
        // a row's label names its outcome up front ("ORR", "Median PFS, months"); "In IMbrave150 the ORR was" is a sentence
        boolean upFront = found != null && row.label().substring(0, found.start()).strip().split("\\s+").length <= 1;
        if (found == null || !upFront || row.label().length() > 60 || row.adverse() && found.term() != OutcomeTerm.AE34) {
            return null;
        }
        return found.term();
    }

    private Proposal counted(PaperTables.Row row, OutcomeTerm term, TableHeader.Column column, int arm, Reading cell) {
        int base = row.line().start();
        Span quote = span(base + cell.start(), base + cell.end());
        PaperArms.Size known = arms.arms().get(arm).sizes().get(column.population());
        PaperArms.Size size = column.n() != null ? new PaperArms.Size(column.n(), column.nSpan(), elsewhere(known, column)) : known;
        List<Part> parts = new ArrayList<>();
        StringBuilder reason = new StringBuilder(where(row, column, arm));
        double confidence = 0.95;
        if (cell.shape() == Shape.COUNT_AND_PERCENT) {
            parts.add(new Part("events", cell.get("count"), quote, null));
            if (size == null) {
                reason.append("; no n for this column: total left to the reviewer");
                confidence = 0.8;
            } else if (NumberReader.agrees(cell, size.n())) {
                parts.add(new Part("total", size.n(), span(size.span().start(), size.span().end()), null));
            } else {
                reason.append("; ").append(cell.get("count")).append(" is not ").append(cell.get("percent")).append("% of ")
                        .append(size.n()).append(": total left to the reviewer");
                confidence = 0.5;
            }
        } else {
            if (size == null) {
                return null;
            }
            List<BigDecimal> counts = ResultParts.countsRoundingTo(cell.get("percent"), size.n());
            if (counts.size() != 1) {
                return null;
            }
            parts.add(new Part("events", counts.get(0), quote, ResultParts.derivation(cell.get("percent"), size.n(), counts.get(0))));
            parts.add(new Part("total", size.n(), span(size.span().start(), size.span().end()), null));
            confidence = 0.8;
            reason.append("; events derived from the percentage");
        }
        return new Proposal(Kind.DICHOTOMOUS, term, defaults.of(term, row.criteria()), populationWords(column), null, arm, -1, parts, quote,
                null, confidence, reason.toString(), parts.size() > 1 ? size.elsewhere() : List.of());
    }

    private Proposal timed(PaperTables.Row row, OutcomeTerm term, TableHeader.Column column, int arm, Reading cell) {
        if (!row.label().toLowerCase(java.util.Locale.ROOT).contains("median")) {
            return null;
        }
        int base = row.line().start();
        Span quote = span(base + cell.start(), base + cell.end());
        java.util.regex.Matcher level = LEVEL.matcher(row.label());
        String cellUnit = NumberReader.timeUnit(quote.text());
        List<Part> parts = MedianParts.of(cell, quote, level.find() ? new BigDecimal(level.group(1)).movePointLeft(2) : null,
                cellUnit != null ? cellUnit : NumberReader.timeUnit(row.label()));
        return new Proposal(Kind.MEDIAN, term, defaults.of(term, row.criteria()), populationWords(column), null, arm, -1, parts, quote, null,
                0.9, where(row, column, arm), List.of());
    }

    /** The other places the paper gives a column's size: the arm's size where the header's is another mention of it. */
    private static List<Span> elsewhere(PaperArms.Size known, TableHeader.Column column) {
        if (known == null || known.n().compareTo(column.n()) != 0) {
            return List.of();
        }
        List<Span> all = new ArrayList<>(known.elsewhere());
        all.add(known.span());
        all.removeIf(s -> s.start() == column.nSpan().start());
        return List.copyOf(all);
    }

    private String where(PaperTables.Row row, TableHeader.Column column, int arm) {
        String label = row.label().replaceAll("\\s+", " ");
        return "table row '" + (label.length() > 40 ? label.substring(0, 40) + "..." : label) + "', column '" + arms.arms().get(arm).label()
                + (column.populationWords() == null ? "" : ", " + column.populationWords()) + "'";
    }

    private static String populationWords(TableHeader.Column column) {
        return column.populationWords() != null ? column.populationWords() : column.population().words();
    }

    private Span span(int start, int end) {
        return new Span(start, end, paper.text().substring(start, end));
    }
}
