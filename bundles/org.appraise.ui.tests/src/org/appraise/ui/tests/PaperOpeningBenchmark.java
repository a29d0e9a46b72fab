package org.appraise.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.appraise.core.ReportText;
import org.appraise.io.json.ReviewFolder;
import org.appraise.model.Annotation;
import org.appraise.model.AppraiseFactory;
import org.appraise.model.Extraction;
import org.appraise.model.Report;
import org.appraise.model.Review;
import org.appraise.model.Study;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.parts.PaperPart;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: measures how long the paper part takes to open a 40-page paper with 500 highlighted quotes,
 * and to scroll through it a screen at a time, in the real workbench. Run with
 * {@code xvfb-run -a ./mvnw -B verify -Pbench}; the figures go to stdout and
 * {@code target/benchmarks/paper-opening.txt} and are written down in the README. Nothing is asserted.
 */
final class PaperOpeningBenchmark {

    @TempDir
    Path temp;

    @Test
    void openAFortyPagePaperWithFiveHundredQuotes() throws Exception {
        String one = Files.readString(WorkbenchSmokeTest.SAMPLE.resolve("reports/002_2a574011e3c7481b.txt"));
        String paper = (one + "\n\f\n").repeat(4);
        int pages = paper.length() / 3000;
        Review review = AppraiseFactory.eINSTANCE.createReview();
        review.setId("bench");
        Study study = AppraiseFactory.eINSTANCE.createStudy();
        study.setId("long-paper");
        Report report = AppraiseFactory.eINSTANCE.createReport();
        report.setId("long-paper-report");
        report.setFile("reports/long.txt");
        byte[] bytes = paper.getBytes(StandardCharsets.UTF_8);
        report.setContentHash(ReportText.sha256(bytes));
        study.getReports().add(report);
        Extraction extraction = AppraiseFactory.eINSTANCE.createExtraction();
        extraction.setId("long-paper--ab");
        study.getExtractions().add(extraction);
        review.getStudies().add(study);
        Matcher numbers = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(paper);
        List<Annotation> quotes = new ArrayList<>();
        for (int i = 0; quotes.size() < 500 && numbers.find(); i++) {
            if (i % 3 != 0) {
                continue;
            }
            Annotation a = AppraiseFactory.eINSTANCE.createAnnotation();
            a.setId("q" + quotes.size());
            a.setReport(report);
            a.setStart(numbers.start());
            a.setEnd(numbers.end());
            a.setQuote(numbers.group());
            quotes.add(a);
        }
        extraction.getAnnotations().addAll(quotes);
        for (int i = 0; i < quotes.size(); i += 2) {
            org.appraise.model.PicoElement p = AppraiseFactory.eINSTANCE.createPicoElement();
            p.setId("p" + i);
            p.getSources().add(quotes.get(i));
            extraction.getPico().add(p);
        }
        Path folder = temp.resolve("bench");
        ReviewFolder.create(folder, review);
        Files.createDirectories(folder.resolve("reports"));
        Files.write(folder.resolve("reports/long.txt"), bytes);

        Shell shell = WorkbenchSmokeTest.openInReviewPerspective(ReviewSession.open(folder));
        StyledText text = WorkbenchSmokeTest.find(shell, StyledText.class, "paper");
        PaperPart part = (PaperPart) text.getData("org.appraise.ui.part");
        long[] open = new long[7];
        for (int run = 0; run < open.length; run++) {
            WorkbenchSmokeTest.selectStudy(shell, 0);
            part.show((org.appraise.model.Study) null);
            long start = System.nanoTime();
            part.show(((ReviewSession) org.eclipse.ui.PlatformUI.getWorkbench()
                    .getService(org.eclipse.e4.core.contexts.IEclipseContext.class).get(ReviewSession.class)).folder().review().getStudies().get(0));
            text.redraw();
            text.update();
            open[run] = System.nanoTime() - start;
        }
        int screens = 0;
        long scrollStart = System.nanoTime();
        int visible = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
        for (int top = 0; top < text.getLineCount(); top += visible) {
            text.setTopIndex(top);
            text.redraw();
            text.update();
            screens++;
        }
        long scroll = System.nanoTime() - scrollStart;
        Arrays.sort(open);
        String result = String.format(java.util.Locale.ROOT,
                "paper of %d characters (~%d pages of 3000 characters), %d quotes highlighted (%d style ranges)%n"
                        + "open (read file, set text, highlight, paint): median %.1f ms, best %.1f ms, worst %.1f ms over %d runs%n"
                        + "scroll: %d screens in %.1f ms, %.2f ms per screen%n",
                paper.length(), pages, quotes.size(), text.getStyleRanges().length, open[open.length / 2] / 1e6, open[0] / 1e6,
                open[open.length - 1] / 1e6, open.length, screens, scroll / 1e6, scroll / 1e6 / screens);
        System.out.print(result);
        Path out = WorkbenchSmokeTest.REPO.resolve("bundles/org.appraise.ui.tests/target/benchmarks/paper-opening.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
    }
}
