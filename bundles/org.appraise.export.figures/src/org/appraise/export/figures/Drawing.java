package org.appraise.export.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure as marks on a page measured in points (1/72 inch, y downwards), drawn the same way to SVG, PNG
 * and PDF. Colours are {@code #rrggbb}; null fill or stroke means none.
 */
public final class Drawing {

    /** Something drawn. */
    public sealed interface Mark permits Box, Disc, Diamond, Label, Rule {
    }

    public record Box(double x, double y, double width, double height, String fill, String stroke) implements Mark {
    }

    public record Disc(double cx, double cy, double radius, String fill, String stroke) implements Mark {
    }

    /** A diamond (a pooled estimate): its left, centre and right points on the line at y, its top and bottom halfHeight away. */
    public record Diamond(double left, double centre, double right, double y, double halfHeight, String fill, String stroke) implements Mark {
        double[] xs() {
            return new double[] { left, centre, right, centre };
        }

        double[] ys() {
            return new double[] { y, y - halfHeight, y, y + halfHeight };
        }
    }

    /** Text on a baseline; anchor is start, middle or end. */
    public record Label(double x, double y, String text, double size, boolean bold, String anchor, String colour)
            implements Mark {
    }

    public record Rule(double x1, double y1, double x2, double y2, String stroke, double width) implements Mark {
    }

    private final double width;
    private final double height;
    private final String title;
    private final List<Mark> marks;

    Drawing(double width, double height, String title, List<Mark> marks) {
        this.width = width;
        this.height = height;
        this.title = title;
        this.marks = List.copyOf(marks);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** What the figure shows, for the SVG title and the PDF's document title. */
    public String title() {
        return title;
    }

    public List<Mark> marks() {
        return marks;
    }

    /** Collects marks while a plot is laid out. */
    static final class Builder {
        private final List<Mark> marks = new ArrayList<>();

        Builder add(Mark mark) {
            marks.add(mark);
            return this;
        }

        Drawing build(double width, double height, String title) {
            return new Drawing(width, height, title, marks);
        }
    }
}
