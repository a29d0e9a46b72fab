package org.appraise.core.dedup;


import org.apache.commons.text.similarity.LevenshteinDistance;
import org.appraise.model.Reference;

import static org.appraise.core.dedup.RecordFields.*;

/** How sure a pair of records is one work, and why: the scoring rules of de-duplication. */
final class PairScore {

    private PairScore() {
    }

    /** How sure a pair is one work, and why (said to the reviewer; a caution when the records also differ). */
    record Match(double score, String reason, boolean check) {
        static final Match NONE = new Match(0, "", false);

        Match(double score, String reason) {
            this(score, reason, false);
        }

        static Match check(double score, String reason) {
            return new Match(score, "check: " + reason, true);
        }
    }

    /**
     * 1 for the same identifier. Records that stand at the same place (year within one, volume and first page)
     * are one work when their titles are alike (0.8) and the first author agrees, or when the titles are the
     * same whoever is named first (databases invert Chinese names). Elsewhere the similarity of the titles
     * (a title contained in the other, as when a database appends "[Erratum appears in ...]" or gives the
     * original-language title too, counts as the same), provided the year (within one, then with the same
     * volume), the first author, the volume and the first page agree where both records give them. Titles of
     * five words or more that are the same to the letter may differ in volume, pages or journal (a conference
     * abstract indexed with the article, a supplement), never in year or first author: they are proposed with a
     * caution. 0 when they contradict. An erratum, reply or comment never matches the article it concerns. Whether
     * each record is a notice is given, worked out once per record (its patterns were most of a search).
     */
    static Match score(Reference a, Reference b, String ta, String tb, boolean noticeA, boolean noticeB, boolean sameIdentifier) {
        String pa = firstPage(a);
        String pb = firstPage(b);
        if (noticeA != noticeB) {
            // an erratum or reply is not the article it concerns; on the same page it may be the same notice, titled otherwise
            return pa != null && pa.equals(pb) && titleSimilarity(NOTICE_PREFIX.matcher(ta).replaceFirst(""), NOTICE_PREFIX.matcher(tb).replaceFirst(""), 3) >= 0.9
                    ? Match.check(0.9, "one of them is a notice (erratum, reply), both on page " + pa) : Match.NONE;
        }
        if (sameIdentifier) {
            // a journal supplement gives one DOI to all its abstracts: the same identifier with titles that have little in
            // common and no shared first page is put to the reviewer, never merged
            // (a translated title of the same article keeps its pages, so both places must be given and differ)
            boolean twoPlaces = pa != null && pb != null && !pa.equals(pb);
            double shared = sharedWords(ta, tb);
            if (twoPlaces && shared < 0.3) {
                return Match.check(shared, "same DOI or PMID but titles share " + percent(shared) + " of their words and first pages differ ("
                        + pa + " / " + pb + "): a supplement's DOI given to its abstracts?");
            }
            return new Match(1, "same DOI or PMID");
        }
        if (ta.isEmpty() || tb.isEmpty() || differs(doi(a), doi(b)) || differ(a.getYear(), b.getYear(), 1)) {
            return Match.NONE; // two DOIs that differ are two works, whatever the titles say
        }
        String va = number(a.getVolume());
        String vb = number(b.getVolume());
        boolean author = sameFirstAuthor(a, b);
        double title = titleSimilarity(ta, tb, 6);
        String la = lastPage(a);
        String lb = lastPage(b);
        // the same first page, the same last page of two ranges, or a single page that ends the other's range ("488" and "487-488")
        boolean samePage = pa != null && pa.equals(pb) || la != null && la.equals(lb) || la == null && pa != null && pa.equals(lb)
                || lb == null && pb != null && pb.equals(la);
        boolean samePlace = samePage && !differs(va, vb) && (va != null && vb != null || pa != null && pa.length() >= 4);
        if (samePlace) {
            double placed = titleSimilarity(ta, tb, 3);
            if (placed >= 0.99 && (author || inverted(a, b))) {
                return new Match(placed, author ? "same title, volume and first page" : "same title, volume and first page; the first author's names inverted: "
                        + a.getAuthors().get(0) + " / " + b.getAuthors().get(0));
            }
            if (placed >= 0.99) {
                return Match.check(placed, "same title, volume and first page, first authors differ: " + a.getAuthors().get(0) + " / " + b.getAuthors().get(0));
            }
            // journals are named in too many ways (translated, transliterated) to tell two works apart, but a
            // title that is only alike must at least not be in another journal
            if (author && placed >= 0.8 && (journal(a) == null || journal(b) == null || sameJournal(a, b))) {
                return new Match(0.95 + 0.25 * (placed - 0.8), "same first author, volume and first page; titles alike (" + percent(placed) + ")");
            }
            if (author && !a.getAuthors().isEmpty() && !b.getAuthors().isEmpty() && placed >= 0.6 && sameJournal(a, b) && la != null
                    && la.equals(lb) && pa != null && pa.equals(pb) && !la.equals(pa) && sameInitial(a, b)) {
                // the same pages of the same journal by the same named author: a translated title, not two abstracts on one page;
                // first initials that differ ("Cheng, V." / "Cheng, T.") say two works that met on one page number, and so do
                // records that name no author or page ranges that end apart (a newsletter whose every issue starts at page 1:
                // "Overcoming Medication Reconciliation Challenges", 1-5, is not "Special Report! The Joint Commission's 2012
                // National Patient Safety Goals", 1-4). Issue numbers are not compared: the labelled sets' translations
                // carry record numbers there
                return new Match(SAME_TITLE, "same first author, journal, volume and pages; titles differ (" + percent(placed) + "): a translation?");
            }
        }
        if (!author) {
            return Match.NONE;
        }
        if (differ(a.getYear(), b.getYear(), 0)) {
            // a year apart (online and print): the same only in the same volume, with the same title; or, when one record
            // has neither volume nor pages (online ahead of print), with the same long title in the same journal
            if (va != null && va.equals(vb) && title >= 0.97 && !differs(pa, pb)) {
                return new Match(title, "same title and volume, years a year apart");
            }
            boolean oneAheadOfPrint = (va == null && pa == null) != (vb == null && pb == null);
            return oneAheadOfPrint && title >= 0.99 && ta.split(" ").length >= 6 && sameJournal(a, b)
                    ? new Match(title, "same title and journal, a year apart, one without volume or pages (online ahead of print)")
                    : Match.NONE;
        }
        // a recurring title ("Editor's Comments", "Call for papers": short, and without pages) in two issues of one volume is
        // two works; for other titles databases number issues too differently (print, online, supplements) to tell
        boolean recurring = ta.split(" ").length <= 4 && pa == null && pb == null;
        boolean contradicts = differs(va, vb) || differs(pa, pb) && !samePage || recurring && differs(number(a.getIssue()), number(b.getIssue()));
        if (contradicts && title >= 0.99 && ta.split(" ").length >= 5 && !differs(va, vb) && sameJournal(a, b) && la != null && lb != null
                && !la.equals(pa) && !lb.equals(pb) && a.getYear() != null && a.getYear().equals(b.getYear())) {
            // two page ranges of the same volume under the same title: a typo in the pages (a one-page record may be a notice or abstract)
            return new Match(SAME_TITLE, "same title, journal and volume; pages differ: " + a.getPages() + " / " + b.getPages());
        }
        if (contradicts && title >= 0.99 && ta.split(" ").length >= 5 && va != null && va.equals(vb) && sameJournal(a, b)
                && a.getYear() != null && a.getYear().equals(b.getYear()) && articleNumber(a) != articleNumber(b)) {
            // BMJ's "c1804" and its print page 1014, PLoS ONE's "e12724" and "1-6": one article cited two ways
            return new Match(SAME_TITLE, "same title, journal, volume and year; an article number and pages: " + a.getPages() + " / " + b.getPages());
        }
        if (contradicts) {
            return title >= 0.99 && ta.split(" ").length >= 5 && a.getYear() != null && a.getYear().equals(b.getYear())
                    ? Match.check(title, "the same title at two places, " + place(a) + " and " + place(b)
                            + " (an abstract and its article, a notice, a republication?)")
                    : Match.NONE;
        }
        if (title >= 0.99 && differs(journal(a), journal(b)) && !abbreviates(journal(a), journal(b))) {
            return Match.check(title, "the same title in " + a.getJournal() + " and " + b.getJournal());
        }
        return new Match(title, "titles alike (" + percent(title) + "), nothing contradicts");
    }

    /**
     * 1 for the same title; 0.99 when the shorter (of at least so many words) is inside the longer; else the
     * better of Jaro-Winkler and the share of characters Levenshtein leaves alone (Jaro-Winkler alone punishes a
     * typo in a long title: "eculizamab" for "eculizumab" in 110 characters gives 0.93).
     */
    static double titleSimilarity(String ta, String tb, int containedWords) {
        if (ta.equals(tb)) {
            return 1;
        }
        String shorter = ta.length() <= tb.length() ? ta : tb;
        String longer = shorter == ta ? tb : ta;
        if (shorter.split(" ").length >= containedWords && (" " + longer + " ").contains(" " + shorter + " ")) {
            return 0.99;
        }
        double jaroWinkler = JARO_WINKLER.apply(ta, tb);
        int longest = Math.max(ta.length(), tb.length());
        int allowed = (int) Math.ceil(longest * 0.25);
        int distance = new LevenshteinDistance(allowed).apply(ta, tb);
        return distance < 0 ? jaroWinkler : Math.max(jaroWinkler, 1 - distance / (double) longest);
    }

    /** The share of the two titles' words (of three letters or more) that both have: 0 for unrelated titles. */
    static double sharedWords(String ta, String tb) {
        java.util.Set<String> a = new java.util.HashSet<>(java.util.Arrays.stream(ta.split(" ")).filter(w -> w.length() >= 3).toList());
        java.util.Set<String> b = new java.util.HashSet<>(java.util.Arrays.stream(tb.split(" ")).filter(w -> w.length() >= 3).toList());
        if (a.isEmpty() || b.isEmpty()) {
            return 1;
        }
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        java.util.Set<String> either = new java.util.HashSet<>(a);
        either.addAll(b);
        return both.size() / (double) either.size();
    }

    static String percent(double similarity) {
        return Math.round(similarity * 100) + "%";
    }

    static boolean differ(Integer a, Integer b, int tolerance) {
        return a != null && b != null && Math.abs(a - b) > tolerance;
    }

    static boolean differs(String a, String b) {
        return a != null && b != null && !a.isBlank() && !b.isBlank() && !a.strip().equalsIgnoreCase(b.strip());
    }

}
