package org.appraise.export.figures;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A drawing as SVG 1.1, written with the JDK's StAX writer (which escapes text) in a fixed order. */
final class SvgFigure {

    private static final String NS = "http://www.w3.org/2000/svg";
    private static final String FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

    void write(Drawing drawing, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("width", FigureFormat.number(drawing.width()) + "pt");
            xml.writeAttribute("height", FigureFormat.number(drawing.height()) + "pt");
            xml.writeAttribute("viewBox", "0 0 " + FigureFormat.number(drawing.width()) + " " + FigureFormat.number(drawing.height()));
            xml.writeAttribute("font-family", FAMILY);
            xml.writeCharacters("\n");
            xml.writeStartElement("title");
            xml.writeCharacters(drawing.title());
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEmptyElement("rect");
            xml.writeAttribute("width", "100%");
            xml.writeAttribute("height", "100%");
            xml.writeAttribute("fill", "#FFFFFF");
            xml.writeCharacters("\n");
            for (Drawing.Mark mark : drawing.marks()) {
                write(mark, xml);
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write SVG: " + e.getMessage(), e);
        }
    }

    private static void write(Drawing.Mark mark, XMLStreamWriter xml) throws XMLStreamException {
        if (mark instanceof Drawing.Box box) {
            xml.writeEmptyElement("rect");
            xml.writeAttribute("x", FigureFormat.number(box.x()));
            xml.writeAttribute("y", FigureFormat.number(box.y()));
            xml.writeAttribute("width", FigureFormat.number(box.width()));
            xml.writeAttribute("height", FigureFormat.number(box.height()));
            paint(xml, box.fill(), box.stroke(), 0.6);
        } else if (mark instanceof Drawing.Disc disc) {
            xml.writeEmptyElement("circle");
            xml.writeAttribute("cx", FigureFormat.number(disc.cx()));
            xml.writeAttribute("cy", FigureFormat.number(disc.cy()));
            xml.writeAttribute("r", FigureFormat.number(disc.radius()));
            paint(xml, disc.fill(), disc.stroke(), 0.8);
        } else if (mark instanceof Drawing.Diamond diamond) {
            xml.writeEmptyElement("polygon");
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                points.append(i == 0 ? "" : " ").append(FigureFormat.number(diamond.xs()[i])).append(',').append(FigureFormat.number(diamond.ys()[i]));
            }
            xml.writeAttribute("points", points.toString());
            paint(xml, diamond.fill(), diamond.stroke(), 0.6);
        } else if (mark instanceof Drawing.Rule rule) {
            xml.writeEmptyElement("line");
            xml.writeAttribute("x1", FigureFormat.number(rule.x1()));
            xml.writeAttribute("y1", FigureFormat.number(rule.y1()));
            xml.writeAttribute("x2", FigureFormat.number(rule.x2()));
            xml.writeAttribute("y2", FigureFormat.number(rule.y2()));
            xml.writeAttribute("stroke", rule.stroke());
            xml.writeAttribute("stroke-width", FigureFormat.number(rule.width()));
        } else if (mark instanceof Drawing.Label label) {
            xml.writeStartElement("text");
            xml.writeAttribute("x", FigureFormat.number(label.x()));
            xml.writeAttribute("y", FigureFormat.number(label.y()));
            xml.writeAttribute("font-size", FigureFormat.number(label.size()));
            if (label.bold()) {
                xml.writeAttribute("font-weight", "bold");
            }
            if (!label.anchor().equals("start")) {
                xml.writeAttribute("text-anchor", label.anchor());
            }
            xml.writeAttribute("fill", label.colour());
            xml.writeCharacters(label.text());
            xml.writeEndElement();
        }
    }

    private static void paint(XMLStreamWriter xml, String fill, String stroke, double width) throws XMLStreamException {
        xml.writeAttribute("fill", fill == null ? "none" : fill);
        if (stroke != null) {
            xml.writeAttribute("stroke", stroke);
            xml.writeAttribute("stroke-width", FigureFormat.number(width));
        }
    }
}
