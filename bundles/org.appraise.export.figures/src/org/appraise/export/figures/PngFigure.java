package org.appraise.export.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/** A drawing rasterised with Java 2D at a resolution, written as PNG with the resolution in its pHYs chunk. */
final class PngFigure {

    private final FigureFont font;
    private final int dpi;

    PngFigure(FigureFont font, int dpi) {
        if (dpi < 36 || dpi > 2400) {
            throw new IllegalArgumentException("A PNG resolution of " + dpi + " dpi is outside 36 to 2400");
        }
        this.font = font;
        this.dpi = dpi;
    }

    BufferedImage render(Drawing drawing) {
        double scale = dpi / 72.0;
        int width = (int) Math.ceil(drawing.width() * scale);
        int height = (int) Math.ceil(drawing.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            for (Drawing.Mark mark : drawing.marks()) {
                draw(g, mark);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    void write(Drawing drawing, OutputStream out) throws IOException {
        PngEncoder.write(render(drawing), dpi, out);
    }

    private void draw(Graphics2D g, Drawing.Mark mark) {
        if (mark instanceof Drawing.Box box) {
            Rectangle2D shape = new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height());
            fillAndStroke(g, shape, box.fill(), box.stroke(), 0.6f);
        } else if (mark instanceof Drawing.Disc disc) {
            Ellipse2D shape = new Ellipse2D.Double(disc.cx() - disc.radius(), disc.cy() - disc.radius(), 2 * disc.radius(),
                    2 * disc.radius());
            fillAndStroke(g, shape, disc.fill(), disc.stroke(), 0.8f);
        } else if (mark instanceof Drawing.Diamond diamond) {
            java.awt.geom.Path2D.Double shape = new java.awt.geom.Path2D.Double();
            shape.moveTo(diamond.xs()[0], diamond.ys()[0]);
            for (int i = 1; i < 4; i++) {
                shape.lineTo(diamond.xs()[i], diamond.ys()[i]);
            }
            shape.closePath();
            fillAndStroke(g, shape, diamond.fill(), diamond.stroke(), 0.6f);
        } else if (mark instanceof Drawing.Rule rule) {
            g.setColor(Color.decode(rule.stroke()));
            g.setStroke(new BasicStroke((float) rule.width()));
            g.draw(new Line2D.Double(rule.x1(), rule.y1(), rule.x2(), rule.y2()));
        } else if (mark instanceof Drawing.Label label) {
            Font awt = font.font(label.size(), label.bold());
            g.setFont(awt);
            g.setColor(Color.decode(label.colour()));
            double width = font.width(label.text(), label.size(), label.bold());
            double x = switch (label.anchor()) {
            case "middle" -> label.x() - width / 2;
            case "end" -> label.x() - width;
            default -> label.x();
            };
            g.drawString(label.text(), (float) x, (float) label.y());
        }
    }

    private static void fillAndStroke(Graphics2D g, java.awt.Shape shape, String fill, String stroke, float width) {
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(Color.decode(stroke));
            g.setStroke(new BasicStroke(width));
            g.draw(shape);
        }
    }
}
