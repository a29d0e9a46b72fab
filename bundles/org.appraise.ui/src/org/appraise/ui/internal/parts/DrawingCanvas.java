package org.appraise.ui.internal.parts;

import java.util.HashMap;
import java.util.Map;

import org.appraise.export.figures.Drawing;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Shows a figure live, from the same marks the SVG, PNG and PDF files are written from, scaled to fit the
 * canvas while its text stays readable; below that it keeps a readable size and scrolls. Colours and fonts are
 * made once per figure and freed with it.
 */
final class DrawingCanvas {

    private static final double READABLE = 0.8;

    private final Canvas canvas;
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();
    private Drawing drawing;

    DrawingCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> scrollbars());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> canvas.redraw());
        canvas.addListener(SWT.Dispose, e -> free());
    }

    Canvas control() {
        return canvas;
    }

    void show(Drawing shown) {
        free();
        this.drawing = shown;
        scrollbars();
        canvas.redraw();
    }

    /**
     * The whole figure when its text is readable so (8.5-point text at 80% or more); else as wide as the canvas, between
     * 80% and 100%, scrolled.
     */
    private float scale() {
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        double whole = Math.min(area.width / drawing.width(), area.height / drawing.height());
        return (float) (whole >= READABLE ? whole : Math.max(READABLE, Math.min(1.0, area.width / drawing.width())));
    }

    private void scrollbars() {
        org.eclipse.swt.widgets.ScrollBar across = canvas.getHorizontalBar();
        org.eclipse.swt.widgets.ScrollBar down = canvas.getVerticalBar();
        if (drawing == null) {
            across.setVisible(false);
            down.setVisible(false);
            return;
        }
        org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
        float scale = scale();
        bar(across, (int) Math.ceil(drawing.width() * scale), area.width);
        bar(down, (int) Math.ceil(drawing.height() * scale), area.height);
    }

    private static void bar(org.eclipse.swt.widgets.ScrollBar bar, int content, int visible) {
        bar.setVisible(content > visible);
        bar.setValues(Math.min(bar.getSelection(), Math.max(0, content - visible)), 0, Math.max(content, 1), Math.max(1, Math.min(visible, content)),
                16, Math.max(1, visible - 16));
    }

    private void paint(GC gc) {
        if (drawing == null) {
            return;
        }
        float scale = scale();
        if (scale <= 0 || canvas.getClientArea().isEmpty()) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Transform transform = new Transform(canvas.getDisplay());
        try {
            transform.translate(-canvas.getHorizontalBar().getSelection(), -canvas.getVerticalBar().getSelection());
            transform.scale(scale, scale);
            gc.setTransform(transform);
            for (Drawing.Mark mark : drawing.marks()) {
                draw(gc, mark);
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private void draw(GC gc, Drawing.Mark mark) {
        if (mark instanceof Drawing.Box box) {
            if (box.fill() != null) {
                gc.setBackground(colour(box.fill()));
                gc.fillRectangle(round(box.x()), round(box.y()), round(box.width()), round(box.height()));
            }
            if (box.stroke() != null) {
                gc.setForeground(colour(box.stroke()));
                gc.drawRectangle(round(box.x()), round(box.y()), round(box.width()), round(box.height()));
            }
        } else if (mark instanceof Drawing.Disc disc) {
            int d = round(2 * disc.radius());
            int x = round(disc.cx() - disc.radius());
            int y = round(disc.cy() - disc.radius());
            if (disc.fill() != null) {
                gc.setBackground(colour(disc.fill()));
                gc.fillOval(x, y, d, d);
            }
            if (disc.stroke() != null) {
                gc.setForeground(colour(disc.stroke()));
                gc.drawOval(x, y, d, d);
            }
        } else if (mark instanceof Drawing.Diamond diamond) {
            int[] points = { round(diamond.left()), round(diamond.y()), round(diamond.centre()), round(diamond.y() - diamond.halfHeight()),
                    round(diamond.right()), round(diamond.y()), round(diamond.centre()), round(diamond.y() + diamond.halfHeight()) };
            if (diamond.fill() != null) {
                gc.setBackground(colour(diamond.fill()));
                gc.fillPolygon(points);
            }
            if (diamond.stroke() != null) {
                gc.setForeground(colour(diamond.stroke()));
                gc.drawPolygon(points);
            }
        } else if (mark instanceof Drawing.Rule rule) {
            gc.setForeground(colour(rule.stroke()));
            gc.drawLine(round(rule.x1()), round(rule.y1()), round(rule.x2()), round(rule.y2()));
        } else if (mark instanceof Drawing.Label label) {
            gc.setFont(font(label.size(), label.bold()));
            gc.setForeground(colour(label.colour()));
            org.eclipse.swt.graphics.Point size = gc.textExtent(label.text());
            int ascent = gc.getFontMetrics().getAscent();
            double x = switch (label.anchor()) {
            case "middle" -> label.x() - size.x / 2.0;
            case "end" -> label.x() - size.x;
            default -> label.x();
            };
            gc.drawText(label.text(), round(x), round(label.y()) - ascent, true);
        }
    }

    private Color colour(String hex) {
        return colours.computeIfAbsent(hex, h -> new Color(canvas.getDisplay(), new RGB(Integer.parseInt(h.substring(1, 3), 16),
                Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
    }

    private Font font(double size, boolean bold) {
        String key = size + (bold ? "b" : "");
        return fonts.computeIfAbsent(key, k -> new Font(canvas.getDisplay(),
                new FontData("DejaVu Sans", Math.max(1, (int) Math.round(size * 72 / canvas.getDisplay().getDPI().y)), bold ? SWT.BOLD : SWT.NORMAL)));
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }

    private void free() {
        colours.values().forEach(Color::dispose);
        colours.clear();
        fonts.values().forEach(Font::dispose);
        fonts.clear();
    }
}
