package org.appraise.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.appraise.model.Reference;

/**
 * Finds records of the same work among a review's references. First exact: the same normalised DOI or
 * PMID. Then fuzzy, but only between records that share a blocking key (the first words of the
 * normalised title, or year and first author with the start of the title), never all pairs: titles are
 * compared with Jaro-Winkler after removing case, diacritics, markup, punctuation and a leading "The",
 * and a pair must also agree on what both records give of DOI, year, volume, first page and first author.
 * Errata, replies, comments and corrections are never merged with the article they concern.
 * Nothing is deleted: the result is groups with the record to keep and a score per pair.
 */
public final class Deduplication {

    /** A group of records of one work: the one kept (the most complete) and the others, with their scores. */
    public record Group(Reference kept, List<Reference> duplicates, Map<Reference, Double> scores) {
    }

    private static final Pattern MARKUP = Pattern.compile("<[^>]+>|\\\\[a-zA-Z]+|[{}$]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern NOTICE = Pattern.compile(
            "^(erratum|errata|corrigendum|correction|reply|response|comment|commentary|retraction|retracted|author'?s? reply)\\b.*");
    /** What databases append to titles: "[Erratum appears in ...]", "[Spanish]", "(vol 142, pg 310, 2003)". */
    private static final Pattern TRAILING_NOTES = Pattern.compile("(\\s*(\\[[^\\]]*\\]|\\((vol|erratum|see)[^)]*\\))\\.?)+\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICE_PREFIX = Pattern.compile("^(erratum|errata|corrigendum|correction) ");
    private static final double SAME_TITLE = 0.95;

    private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

    public List<Group> find(List<Reference> references, Progress progress) {
        int n = references.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        String[] titles = new String[n];
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Reference r = references.get(i);
            titles[i] = normal(r.getTitle());
            if (r.getDoi() != null && !r.getDoi().isBlank()) {
                block(blocks, "doi:" + r.getDoi().toLowerCase(Locale.ROOT).strip(), i);
            }
            if (r.getPmid() != null && !r.getPmid().isBlank()) {
                block(blocks, "pmid:" + r.getPmid().strip(), i);
            }
            String[] words = titles[i].split(" ");
            if (words.length >= 3) {
                block(blocks, "t:" + words[0] + " " + words[1] + " " + words[2], i);
                block(blocks, "e:" + titles[i].substring(Math.max(0, titles[i].length() - 24)), i);
            }
            String author = firstAuthor(r);
            if (r.getYear() != null && !author.isEmpty() && words.length > 0) {
                block(blocks, "y:" + r.getYear() + author + words[0], i);
            }
        }
        Map<Long, Double> scored = new HashMap<>();
        int done = 0;
        for (Map.Entry<String, List<Integer>> block : blocks.entrySet()) {
            List<Integer> members = block.getValue();
            boolean exact = block.getKey().startsWith("doi:") || block.getKey().startsWith("pmid:");
            if (members.size() > 200 && !exact) {
                continue; // a block that large is a common phrase, not a work
            }
            for (int a = 0; a < members.size(); a++) {
                for (int b = a + 1; b < members.size(); b++) {
                    int i = members.get(a);
                    int j = members.get(b);
                    long key = (long) Math.min(i, j) * n + Math.max(i, j);
                    if (scored.containsKey(key)) {
                        continue;
                    }
                    double score = score(references.get(i), references.get(j), titles[i], titles[j], exact);
                    scored.put(key, score);
                    if (score >= SAME_TITLE) {
                        union(parent, i, j);
                    }
                }
            }
            if (++done % 1000 == 0 && progress.cancelled()) {
                throw new java.util.concurrent.CancellationException("de-duplication cancelled");
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Group> result = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            int kept = members.get(0);
            for (int m : members) {
                if (completeness(references.get(m)) > completeness(references.get(kept))) {
                    kept = m;
                }
            }
            List<Reference> duplicates = new ArrayList<>();
            Map<Reference, Double> scores = new LinkedHashMap<>();
            for (int m : members) {
                if (m != kept) {
                    duplicates.add(references.get(m));
                    long key = (long) Math.min(m, kept) * n + Math.max(m, kept);
                    scores.put(references.get(m), scored.getOrDefault(key, SAME_TITLE));
                }
            }
            result.add(new Group(references.get(kept), duplicates, scores));
        }
        return result;
    }

    /**
     * 1 for the same identifier. Otherwise the similarity of the titles (a title that is the start of the
     * other, as when a database appends "[Erratum appears in ...]", counts as the same), provided the year
     * (within one), the first author, the volume and the first page agree where both records give them.
     * Titles of five words or more that are the same to the letter may differ in volume and pages (a
     * conference abstract indexed twice), never in year or first author. 0 when they contradict.
     */
    double score(Reference a, Reference b, String ta, String tb, boolean sameIdentifier) {
        String pa = firstPage(a);
        String pb = firstPage(b);
        boolean noticeA = NOTICE.matcher(ta).matches();
        boolean noticeB = NOTICE.matcher(tb).matches();
        if (noticeA != noticeB && (pa == null || !pa.equals(pb))) {
            return 0; // an erratum or reply is not the article it concerns (unless both are the same page: the same notice)
        }
        if (sameIdentifier) {
            return 1;
        }
        if (ta.isEmpty() || tb.isEmpty() || differs(doi(a), doi(b)) || differ(a.getYear(), b.getYear(), 1) || !sameFirstAuthor(a, b)) {
            return 0; // two DOIs that differ are two works, whatever the titles say
        }
        boolean samePlace = pa != null && pa.equals(pb) && number(a.getVolume()) != null && number(a.getVolume()).equals(number(b.getVolume()));
        if (differ(a.getYear(), b.getYear(), 0) && !samePlace) {
            return 0; // a year apart: the same only when volume and first page say so (online vs print year)
        }
        if (noticeA != noticeB) {
            ta = NOTICE_PREFIX.matcher(ta).replaceFirst("");
            tb = NOTICE_PREFIX.matcher(tb).replaceFirst("");
        }
        double title = titleSimilarity(ta, tb);
        boolean contradicts = differs(number(a.getVolume()), number(b.getVolume())) || differs(pa, pb);
        if (contradicts) {
            return title >= 0.995 && ta.split(" ").length >= 5 && a.getYear() != null && a.getYear().equals(b.getYear()) ? title : 0;
        }
        return title;
    }

    private double titleSimilarity(String ta, String tb) {
        String shorter = ta.length() <= tb.length() ? ta : tb;
        String longer = shorter == ta ? tb : ta;
        if (shorter.split(" ").length >= 6 && longer.startsWith(shorter)) {
            return 0.99;
        }
        return similarity.apply(ta, tb);
    }

    /** The same first author, or one of them absent; "Lopez, Rubio M." and "Rubio, M. L." share a surname. */
    private static boolean sameFirstAuthor(Reference a, Reference b) {
        if (a.getAuthors().isEmpty() || b.getAuthors().isEmpty()) {
            return true;
        }
        String fa = normal(a.getAuthors().get(0));
        String fb = normal(b.getAuthors().get(0));
        String sa = fa.contains(" ") ? fa.substring(0, fa.indexOf(' ')) : fa;
        String sb = fb.contains(" ") ? fb.substring(0, fb.indexOf(' ')) : fb;
        return sa.equals(sb) || (sa.length() > 2 && fb.contains(sa)) || (sb.length() > 2 && fa.contains(sb))
                || new JaroWinklerSimilarity().apply(sa, sb) >= 0.9;
    }

    /** The title as compared: lower case, no diacritics, markup or punctuation, no leading article. */
    public static String normal(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        java.util.regex.Matcher notes = TRAILING_NOTES.matcher(s);
        if (notes.find() && notes.start() > 0 && !s.substring(0, notes.start()).isBlank()) {
            s = s.substring(0, notes.start()); // a title that is all in brackets (a translation) keeps its words
        }
        s = MARKUP.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT).replace('&', ' ');
        s = NOT_WORD.matcher(s).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static String firstAuthor(Reference r) {
        if (r.getAuthors().isEmpty()) {
            return "";
        }
        String first = normal(r.getAuthors().get(0));
        int space = first.indexOf(' ');
        return space < 0 ? first : first.substring(0, space);
    }

    private static String firstPage(Reference r) {
        if (r.getPages() == null) {
            return null;
        }
        String digits = r.getPages().strip().replaceAll("^[^0-9]*([0-9]+).*$", "$1");
        return digits.matches("[0-9]+") ? digits.replaceFirst("^0+", "") : null;
    }

    private static String doi(Reference r) {
        return r.getDoi() == null || r.getDoi().isBlank() ? null : r.getDoi().strip().toLowerCase(Locale.ROOT);
    }

    /** The first run of digits ("Drug Discovery. 9" and "9" are the same volume), or the text when none. */
    private static String number(String s) {
        if (s == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+").matcher(s);
        return m.find() ? m.group().replaceFirst("^0+(?=\\d)", "") : s;
    }

    private static boolean differ(Integer a, Integer b, int tolerance) {
        return a != null && b != null && Math.abs(a - b) > tolerance;
    }

    private static boolean differs(String a, String b) {
        return a != null && b != null && !a.isBlank() && !b.isBlank() && !a.strip().equalsIgnoreCase(b.strip());
    }

    private static int completeness(Reference r) {
        int c = 0;
        for (Object v : new Object[] { r.getDoi(), r.getPmid(), r.getAbstract(), r.getJournal(), r.getPages(), r.getVolume(), r.getYear() }) {
            c += v == null ? 0 : 1;
        }
        return c + (r.getAuthors().isEmpty() ? 0 : 1);
    }

    private static void block(Map<String, List<Integer>> blocks, String key, int i) {
        blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
