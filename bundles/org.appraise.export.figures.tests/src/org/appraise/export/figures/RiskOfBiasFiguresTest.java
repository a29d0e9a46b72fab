package org.appraise.export.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.appraise.core.rob.RiskOfBiasTable;
import org.appraise.core.rob.RiskOfBiasTools;
import org.appraise.model.Review;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sample review's ROBINS-I and Newcastle-Ottawa assessments drawn as robvis-style figures in every format. */
final class RiskOfBiasFiguresTest {

    private static final RiskOfBiasTools TOOLS = RiskOfBiasTools.builtIn();
    private static final FigureFont FONT = new FigureFont();
    private static Review review;

    @BeforeAll
    static void open() throws IOException {
        review = SampleFigures.sample();
    }

    @Test
    void theTrafficLightPlotShowsEveryStudyEveryDomainAndTheToolVersion() throws Exception {
        RiskOfBiasTable table = RiskOfBiasTable.of(review, TOOLS.find("robins-i-2016").orElseThrow(), null);
        assertEquals(List.of("li-2022", "liu-2021", "tvgh-2016"), table.rows().stream().map(r -> r.study().getId()).toList());
        assertEquals(List.of("serious", "moderate", "serious"), table.rows().stream().map(RiskOfBiasTable.Row::overall).toList());
        Drawing drawing = new TrafficLightPlot(FONT, Palette.colourBlindSafe()).draw(table);
        byte[] svg = write(drawing, FigureFormat.SVG, "robins-i-traffic-light.svg");
        assertArrayEquals(svg, bytes(new TrafficLightPlot(FONT, Palette.colourBlindSafe()).draw(table), FigureFormat.SVG),
                "the same review gives the same SVG bytes");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        NodeList circles = document.getElementsByTagName("circle");
        assertEquals(3 * 8 + 5, circles.getLength(), "3 studies x (7 domains + overall) and 5 legend entries");
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("ROBINS-I: Risk Of Bias In Non-randomised Studies of Interventions (version for cohort-type studies) (version 2016-09-19)"), text);
        assertTrue(text.contains("D2: Bias in selection of participants into the study."), text);
        for (String study : List.of("Taipei Veterans General Hospital", "Liu 2021", "Li 2022")) {
            assertTrue(text.contains(study.split(" ")[0]), study);
        }
        // serious (X) in D2 of the third row (TVGH): the colour of "high" tone and its symbol
        Element first = (Element) circles.item(8 * 2 + 1);
        assertEquals(Palette.colourBlindSafe().colour("high"), first.getAttribute("fill"));
        assertNothingCutOff(drawing);
    }

    @Test
    void theSummaryPlotSplitsEachDomainByTheShareOfStudies() throws Exception {
        RiskOfBiasTable table = RiskOfBiasTable.of(review, TOOLS.find("nos-cohort").orElseThrow(), null);
        assertEquals(List.of("poor", "good", "poor"), table.rows().stream().map(RiskOfBiasTable.Row::overall).toList());
        assertEquals(0, new java.math.BigDecimal("0.6666666666666667").compareTo(table.shares("Overall", false).get("poor")));
        Drawing drawing = new SummaryPlot(FONT, Palette.robvis()).draw(table, false);
        byte[] svg = write(drawing, FigureFormat.SVG, "nos-summary.svg");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        NodeList rects = document.getElementsByTagName("rect");
        double poor = 0;
        double good = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("fill").equals(Palette.robvis().colour("high"))
                    && !rect.getAttribute("width").equals("12")) {
                poor += Double.parseDouble(rect.getAttribute("width"));
            }
            if (rect.getAttribute("fill").equals(Palette.robvis().colour("low")) && !rect.getAttribute("width").equals("12")) {
                good += Double.parseDouble(rect.getAttribute("width"));
            }
        }
        // selection good x3; comparability good x2, poor x1; outcome good x2, poor x1; overall good x1, poor x2
        assertEquals(320 * (3 + 2 + 2 + 1) / 3.0, good, 0.05);
        assertEquals(320 * (1 + 1 + 2) / 3.0, poor, 0.05);
        assertNothingCutOff(drawing);
        Drawing weighted = new SummaryPlot(FONT, Palette.robvis()).draw(table, true);
        write(weighted, FigureFormat.SVG, "nos-summary-weighted.svg");
    }

    @Test
    void pngIsWrittenAt600DpiAndPdfEmbedsItsFont() throws Exception {
        RiskOfBiasTable table = RiskOfBiasTable.of(review, TOOLS.find("robins-i-2016").orElseThrow(), null);
        Drawing drawing = new TrafficLightPlot(FONT, Palette.colourBlindSafe()).draw(table);
        byte[] png = write(drawing, FigureFormat.PNG, "robins-i-traffic-light.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals((int) Math.ceil(drawing.width() * 600 / 72), image.getWidth());
        assertEquals((int) Math.ceil(drawing.height() * 600 / 72), image.getHeight());
        BufferedImage rendered = new PngFigure(FONT, 600).render(drawing);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != (rendered.getRGB(x, y) & 0xFFFFFF)) {
                    throw new AssertionError("the PNG read back differs from the drawing rasterised at (" + x + ", " + y + ")");
                }
            }
        }
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(stream).next();
            reader.setInput(stream);
            IIOMetadata metadata = reader.getImageMetadata(0);
            org.w3c.dom.Node physical = ((org.w3c.dom.Element) metadata.getAsTree("javax_imageio_png_1.0"))
                    .getElementsByTagName("pHYs").item(0);
            assertEquals("23622", ((Element) physical).getAttribute("pixelsPerUnitXAxis"), "600 dpi is 23622 pixels per metre");
        }
        byte[] pdf = write(drawing, FigureFormat.PDF, "robins-i-traffic-light.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Risk of bias domains"), text);
            assertTrue(text.contains("version 2016-09-19"), text);
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
        write(new SummaryPlot(FONT, Palette.colourBlindSafe()).draw(
                RiskOfBiasTable.of(review, TOOLS.find("nos-cohort").orElseThrow(), null), false), FigureFormat.PNG, "nos-summary.png");
    }

    /**
     * The figures shipped with the sample are the ones Appraise draws today (regenerate them with the
     * commands in the sample's README after changing the layout).
     */
    @Test
    void theSampleFiguresAreWhatAppraiseDrawsToday() throws Exception {
        Path figures = SampleFigures.SAMPLE.resolve("figures");
        RiskOfBiasTable robins = RiskOfBiasTable.of(review, TOOLS.find("robins-i-2016").orElseThrow(), null);
        RiskOfBiasTable nos = RiskOfBiasTable.of(review, TOOLS.find("nos-cohort").orElseThrow(), null);
        assertArrayEquals(Files.readAllBytes(figures.resolve("robins-i-2016-traffic-light.svg")),
                bytes(new TrafficLightPlot(FONT, Palette.colourBlindSafe()).draw(robins), FigureFormat.SVG));
        assertArrayEquals(Files.readAllBytes(figures.resolve("robins-i-2016-summary.svg")),
                bytes(new SummaryPlot(FONT, Palette.colourBlindSafe()).draw(robins, false), FigureFormat.SVG));
        assertArrayEquals(Files.readAllBytes(figures.resolve("nos-cohort-traffic-light.svg")),
                bytes(new TrafficLightPlot(FONT, Palette.colourBlindSafe()).draw(nos), FigureFormat.SVG));
        assertArrayEquals(Files.readAllBytes(figures.resolve("nos-cohort-summary.svg")),
                bytes(new SummaryPlot(FONT, Palette.colourBlindSafe()).draw(nos, false), FigureFormat.SVG));
    }

    @Test
    void thePrismaDiagramShowsTheSamplesCountsInEveryFormatWithNothingCutOff() throws Exception {
        org.appraise.core.screening.PrismaCounts counts = org.appraise.core.screening.PrismaCounts.of(review);
        Drawing drawing = new PrismaDiagram(FONT).draw(counts);
        assertNothingCutOff(drawing);
        for (Drawing.Mark mark : drawing.marks()) {
            if (mark instanceof Drawing.Label label) {
                Drawing.Box box = drawing.marks().stream().filter(Drawing.Box.class::isInstance).map(Drawing.Box.class::cast)
                        .filter(b -> b.x() <= label.x() + 0.01 && label.x() <= b.x() + b.width() && b.y() <= label.y() && label.y() <= b.y() + b.height())
                        .findFirst().orElse(null);
                if (box != null) {
                    double width = FONT.width(label.text(), label.size(), label.bold());
                    double left = label.anchor().equals("middle") ? label.x() - width / 2 : label.x();
                    assertTrue(left >= box.x() && left + width <= box.x() + box.width() + 0.01, () -> "'" + label.text() + "' leaves its box");
                }
            }
        }
        String svg = new String(write(drawing, FigureFormat.SVG, "prisma.svg"), java.nio.charset.StandardCharsets.UTF_8);
        for (String box : List.of("Databases (n = 45)", "Embase (n = 18)", "PubMed (n = 27)", "Duplicate records removed (n = 12)",
                "Records screened", "(n = 33)", "(n = 29)", "Reports not retrieved", "Studies included in review")) {
            assertTrue(svg.contains(box), box);
        }
        assertArrayEquals(Files.readAllBytes(SampleFigures.SAMPLE.resolve("figures/prisma-2020.svg")), bytes(drawing, FigureFormat.SVG));
        write(drawing, FigureFormat.PNG, "prisma.png");
        write(drawing, FigureFormat.PDF, "prisma.pdf");
    }

    @Test
    void aPaletteIsNamedOrGivenToneByTone() {
        assertEquals("#BF0000", Palette.parse("robvis").colour("high"));
        assertEquals("#112233", Palette.parse("low=#112233").colour("low"));
        assertEquals("#FE9929", Palette.parse("low=#112233").colour("some"), "unnamed tones keep the default");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Palette.parse("good=#00FF00"));
        assertTrue(bad.getMessage().contains("'good=#00FF00'"), bad.getMessage());
        assertEquals("#000000", Palette.colourBlindSafe().ink("low"));
        assertEquals("#FFFFFF", Palette.colourBlindSafe().ink("critical"));
    }

    /** Every label lies inside the page: nothing is cut off in any format. */
    private static void assertNothingCutOff(Drawing drawing) {
        for (Drawing.Mark mark : drawing.marks()) {
            if (mark instanceof Drawing.Label label) {
                double width = FONT.width(label.text(), label.size(), label.bold());
                double left = switch (label.anchor()) {
                case "middle" -> label.x() - width / 2;
                case "end" -> label.x() - width;
                default -> label.x();
                };
                assertTrue(left >= 0 && left + width <= drawing.width(), () -> "'" + label.text() + "' runs off the page");
                assertTrue(label.y() - label.size() >= 0 && label.y() + 3 <= drawing.height(), () -> "'" + label.text() + "' runs off the page");
            }
        }
    }

    private static byte[] write(Drawing drawing, FigureFormat format, String name) throws IOException {
        byte[] bytes = bytes(drawing, format);
        Files.write(SampleFigures.OUT.resolve(name), bytes);
        return bytes;
    }

    private static byte[] bytes(Drawing drawing, FigureFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(drawing, FONT, 600, out);
        return out.toByteArray();
    }
}
