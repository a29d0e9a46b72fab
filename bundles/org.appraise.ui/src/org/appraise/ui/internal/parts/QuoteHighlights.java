package org.appraise.ui.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.core.ReportText;
import org.appraise.model.Annotation;
import org.appraise.model.Arm;
import org.appraise.model.Characteristic;
import org.appraise.model.Extraction;
import org.appraise.model.PicoElement;
import org.appraise.model.Report;
import org.appraise.model.Value;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;

/** The paper's highlights: each quote of an extraction coloured by what it supports, and the way back from a quote to it. */
final class QuoteHighlights {

    /** What a highlighted quote supports, with its colour (light fills that keep the text readable). */
    enum Kind {
        RESULT("result value", 255, 226, 122), PICO("PICO", 183, 228, 183), DETAIL("study detail", 186, 212, 250),
        ARM("arm", 230, 200, 240), OTHER("not yet used", 220, 220, 220);

        final String label;
        final int r;
        final int g;
        final int b;

        Kind(String label, int r, int g, int b) {
            this.label = label;
            this.r = r;
            this.g = g;
            this.b = b;
        }
    }

    private QuoteHighlights() {
    }

    /** Paints every quote of the extraction in this report, coloured by what it supports. */
    static void paint(StyledText paper, Extraction extraction, Report report, ReportText text, Map<Kind, Color> colours) {
        if (text == null || extraction == null) {
            paper.setStyleRanges(new StyleRange[0]);
            return;
        }
        Map<Annotation, Kind> kinds = kinds(extraction);
        List<Annotation> here = new ArrayList<>();
        for (Annotation a : extraction.getAnnotations()) {
            if (a.getReport() == report && text.anchors(a)) {
                here.add(a);
            }
        }
        here.sort(Comparator.comparingInt(Annotation::getStart).thenComparingInt(Annotation::getEnd));
        List<StyleRange> ranges = new ArrayList<>();
        int covered = 0;
        for (Annotation a : here) {
            int start = Math.max(a.getStart(), covered);
            if (start >= a.getEnd()) {
                continue; // inside an earlier highlight: StyledText ranges cannot overlap
            }
            StyleRange range = new StyleRange(start, a.getEnd() - start, null, colours.get(kinds.getOrDefault(a, Kind.OTHER)));
            range.data = a;
            ranges.add(range);
            covered = a.getEnd();
        }
        paper.setStyleRanges(ranges.toArray(StyleRange[]::new));
    }

    /** What each annotation supports, found from the objects that name it. */
    static Map<Annotation, Kind> kinds(Extraction extraction) {
        Map<Annotation, Kind> kinds = new IdentityHashMap<>();
        for (var it = extraction.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Value v) {
                v.getSources().forEach(a -> kinds.put(a, Kind.RESULT));
            } else if (o instanceof PicoElement p) {
                p.getSources().forEach(a -> kinds.putIfAbsent(a, Kind.PICO));
            } else if (o instanceof Characteristic c) {
                c.getSources().forEach(a -> kinds.putIfAbsent(a, Kind.DETAIL));
            } else if (o instanceof Arm arm) {
                arm.getSources().forEach(a -> kinds.putIfAbsent(a, Kind.ARM));
            }
        }
        extraction.getDesignSources().forEach(a -> kinds.putIfAbsent(a, Kind.DETAIL));
        return kinds;
    }

    /** What a quote supports: the result whose value it is, or the PICO element, characteristic or arm. */
    static EObject supported(Annotation annotation) {
        EObject extraction = annotation.eContainer();
        if (extraction == null) {
            return annotation;
        }
        if (extraction instanceof Extraction e && e.getDesignSources().contains(annotation)) {
            return e;
        }
        for (var it = extraction.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Value v && v.getSources().contains(annotation)) {
                return v.eContainer() instanceof org.appraise.model.Result ? v.eContainer() : v;
            }
            if ((o instanceof PicoElement p && p.getSources().contains(annotation))
                    || (o instanceof Characteristic c && c.getSources().contains(annotation))
                    || (o instanceof Arm a && a.getSources().contains(annotation))) {
                return o;
            }
        }
        return annotation;
    }

}
