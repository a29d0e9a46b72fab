package org.appraise.export.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** A drawing as a one-page PDF of its own size, drawn with PDFBox, DejaVu Sans embedded (subset). */
final class PdfFigure {

    private static final double KAPPA = 0.5522847498;

    void write(Drawing drawing, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(drawing.title());
            info.setCreator("Appraise");
            PDPage page = new PDPage(new PDRectangle((float) drawing.width(), (float) drawing.height()));
            document.addPage(page);
            PDType0Font regular;
            PDType0Font bold;
            try (InputStream r = FigureFont.file(false); InputStream b = FigureFont.file(true)) {
                regular = PDType0Font.load(document, r);
                bold = PDType0Font.load(document, b);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (Drawing.Mark mark : drawing.marks()) {
                    draw(content, mark, drawing.height(), regular, bold);
                }
            }
            identify(document, drawing);
            document.save(out);
        }
    }

    /** A file identifier made from the drawing itself, so that the same figure gives the same PDF bytes. */
    private static void identify(PDDocument document, Drawing drawing) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((drawing.title() + drawing.marks()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] id = java.util.Arrays.copyOf(digest, 16);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void draw(PDPageContentStream content, Drawing.Mark mark, double height, PDType0Font regular,
            PDType0Font bold) throws IOException {
        if (mark instanceof Drawing.Box box) {
            content.addRect((float) box.x(), (float) (height - box.y() - box.height()), (float) box.width(), (float) box.height());
            paint(content, box.fill(), box.stroke(), 0.6f);
        } else if (mark instanceof Drawing.Disc disc) {
            circle(content, disc.cx(), height - disc.cy(), disc.radius());
            paint(content, disc.fill(), disc.stroke(), 0.8f);
        } else if (mark instanceof Drawing.Diamond diamond) {
            content.moveTo((float) diamond.xs()[0], (float) (height - diamond.ys()[0]));
            for (int i = 1; i < 4; i++) {
                content.lineTo((float) diamond.xs()[i], (float) (height - diamond.ys()[i]));
            }
            content.closePath();
            paint(content, diamond.fill(), diamond.stroke(), 0.6f);
        } else if (mark instanceof Drawing.Rule rule) {
            content.setStrokingColor(java.awt.Color.decode(rule.stroke()));
            content.setLineWidth((float) rule.width());
            content.moveTo((float) rule.x1(), (float) (height - rule.y1()));
            content.lineTo((float) rule.x2(), (float) (height - rule.y2()));
            content.stroke();
        } else if (mark instanceof Drawing.Label label) {
            PDType0Font font = label.bold() ? bold : regular;
            double width = font.getStringWidth(label.text()) / 1000 * label.size();
            double x = switch (label.anchor()) {
            case "middle" -> label.x() - width / 2;
            case "end" -> label.x() - width;
            default -> label.x();
            };
            content.beginText();
            content.setFont(font, (float) label.size());
            content.setNonStrokingColor(java.awt.Color.decode(label.colour()));
            content.newLineAtOffset((float) x, (float) (height - label.y()));
            content.showText(label.text());
            content.endText();
        }
    }

    private static void circle(PDPageContentStream content, double cx, double cy, double r) throws IOException {
        double k = KAPPA * r;
        content.moveTo((float) (cx + r), (float) cy);
        content.curveTo((float) (cx + r), (float) (cy + k), (float) (cx + k), (float) (cy + r), (float) cx, (float) (cy + r));
        content.curveTo((float) (cx - k), (float) (cy + r), (float) (cx - r), (float) (cy + k), (float) (cx - r), (float) cy);
        content.curveTo((float) (cx - r), (float) (cy - k), (float) (cx - k), (float) (cy - r), (float) cx, (float) (cy - r));
        content.curveTo((float) (cx + k), (float) (cy - r), (float) (cx + r), (float) (cy - k), (float) (cx + r), (float) cy);
        content.closePath();
    }

    private static void paint(PDPageContentStream content, String fill, String stroke, float width) throws IOException {
        if (fill != null) {
            content.setNonStrokingColor(java.awt.Color.decode(fill));
        }
        if (stroke != null) {
            content.setStrokingColor(java.awt.Color.decode(stroke));
            content.setLineWidth(width);
        }
        if (fill != null && stroke != null) {
            content.fillAndStroke();
        } else if (fill != null) {
            content.fill();
        } else if (stroke != null) {
            content.stroke();
        }
    }
}
