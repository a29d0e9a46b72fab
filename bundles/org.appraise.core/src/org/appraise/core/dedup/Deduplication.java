package org.appraise.core.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.appraise.core.Progress;
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

    /**
     * A group of records of one work: the one kept (the most complete) and the others, each with its score and
     * the reason it was matched (beginning "check:" when the records also differ in a way the reviewer should see).
     */
    public record Group(Reference kept, List<Reference> duplicates, Map<Reference, Double> scores, Map<Reference, String> reasons) {
    }

    /**
     * Two records (or the kept records of two groups) that may be one work but also differ in a way only the
     * reviewer can settle: the same title in two journals or at two places (a conference abstract and its
     * article, a guideline published twice), a notice on the article's page, different first authors.
     * Never merged without the reviewer.
     */
    public record Check(Reference first, Reference second, double score, String reason) {
    }

    /** The groups found (safe to mark) and the pairs left to the reviewer. */
    public record Finding(List<Group> groups, List<Check> toCheck) {
    }

    /** The groups only; see {@link #search} for the pairs to check as well. */
    public List<Group> find(List<Reference> references, Progress progress) {
        return search(references, progress).groups();
    }

    private static final Pattern MARKUP = Pattern.compile("<[^>]+>|\\\\[a-zA-Z]+|[{}$]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern NOTICE = Pattern.compile(
            "^(erratum|errata|corrigendum|correction|reply|response|comment|commentary|retraction|retracted|author'?s? reply)\\b.*"
                    + "|.*\\b(author'?s'? reply|reply|response)$|.*\\b(reply|response) to\\b.*");
    /** What databases append to titles: "[Erratum appears in ...]", "[Spanish]", "(vol 142, pg 310, 2003)". */
    private static final Pattern TRAILING_NOTES = Pattern.compile("(\\s*(\\[[^\\]]*\\]|\\((vol|erratum|see)[^)]*\\))\\.?)+\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICE_PREFIX = Pattern.compile("^(erratum|errata|corrigendum|correction) ");
    /**
     * Web of Science titles an erratum "Title (vol 142, pg 310, 2003)", Embase "Title (Journal (2009) 360
     * (542-544))": the place of the article corrected.
     */
    private static final Pattern CORRECTED_PLACE = Pattern.compile("\\(vol \\d+, pg \\d+|\\(\\d{4}\\) \\d+ \\(\\d+(-\\d+)?\\)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Pages that spreadsheets turned into dates ("08-Aug") or that lost their start ("Suppl-29"): no page at all. */
    private static final Pattern FIRST_PAGE = Pattern.compile("^(?:[A-Za-z]{1,2})?0*+(\\d++)(?![-/](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
            Pattern.CASE_INSENSITIVE);
    /** Where a database appends the original-language title: "... <ORIGINAL> PROPHYLAXIE ...". */
    private static final Pattern ORIGINAL_TITLE = Pattern.compile("\\s*<ORIGINAL>.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LAST_PAGE = Pattern.compile("[A-Za-z]{0,2}0*+(\\d++)\\s*[-\u2013]\\s*[A-Za-z]{0,2}0*+(\\d++)");
    private static final double SAME_TITLE = 0.95;
    private static final Pattern JOURNAL_FILLER = Pattern.compile("\\b(of|the|and|for|de|la|le|der|und|i|y)\\b");

    /** Stateless, so one for all comparisons; as are the patterns, compiled once, not per pair. */
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final Pattern DIACRITIC = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public Finding search(List<Reference> references, Progress progress) {
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
            String unprefixed = NOTICE_PREFIX.matcher(titles[i]).replaceFirst("");
            String[] unprefixedWords = unprefixed.split(" ");
            if (unprefixed.length() != titles[i].length() && unprefixedWords.length >= 3) {
                block(blocks, "t:" + unprefixedWords[0] + " " + unprefixedWords[1] + " " + unprefixedWords[2], i);
            }
            String author = firstAuthor(r);
            if (r.getYear() != null && !author.isEmpty() && words.length > 0) {
                block(blocks, "y:" + r.getYear() + author + words[0], i);
            }
            String page = firstPage(r);
            if (page != null) {
                // the same place in the same journal, whatever the title says (translations, section headings)
                block(blocks, "p:" + number(r.getVolume()) + ":" + page, i);
            }
        }
        Map<Long, Match> scored = new HashMap<>();
        List<Long> checks = new ArrayList<>();
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
                    Match match = score(references.get(i), references.get(j), titles[i], titles[j], exact);
                    scored.put(key, match);
                    if (match.score() >= SAME_TITLE && !match.check()) {
                        union(parent, i, j);
                    } else if (match.check()) {
                        checks.add(key);
                    }
                }
            }
            if (++done % 1000 == 0) {
                if (progress.cancelled()) {
                    throw new java.util.concurrent.CancellationException("de-duplication cancelled");
                }
                if (done % 20_000 == 0) {
                    progress.worked("Compared the records of " + done + " of " + blocks.size() + " blocks", done, blocks.size());
                }
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
            Map<Reference, String> reasons = new LinkedHashMap<>();
            for (int m : members) {
                if (m != kept) {
                    duplicates.add(references.get(m));
                    Match match = strongest(scored, members, m, kept, n);
                    scores.put(references.get(m), match.score());
                    reasons.put(references.get(m), match.reason());
                }
            }
            result.add(new Group(references.get(kept), duplicates, scores, reasons));
        }
        return new Finding(result, toCheck(references, parent, scored, checks));
    }

    /** One check per pair of groups (or single records) that are not already one group: the strongest. */
    private static List<Check> toCheck(List<Reference> references, int[] parent, Map<Long, Match> scored, List<Long> checks) {
        int n = references.size();
        Map<Long, Check> byGroups = new LinkedHashMap<>();
        for (long key : checks) {
            int i = (int) (key / n);
            int j = (int) (key % n);
            int ri = root(parent, i);
            int rj = root(parent, j);
            if (ri == rj) {
                continue;
            }
            Match match = scored.get(key);
            long groups = (long) Math.min(ri, rj) * n + Math.max(ri, rj);
            Check existing = byGroups.get(groups);
            if (existing == null || existing.score() < match.score()) {
                byGroups.put(groups, new Check(references.get(i), references.get(j), match.score(), match.reason()));
            }
        }
        return new ArrayList<>(byGroups.values());
    }

    /**
     * The match of a duplicate with the record kept; when they were joined through another member of the group,
     * the strongest match the duplicate has with any member, said so.
     */
    private static Match strongest(Map<Long, Match> scored, List<Integer> members, int m, int kept, int n) {
        Match direct = scored.get((long) Math.min(m, kept) * n + Math.max(m, kept));
        if (direct != null && direct.score() >= SAME_TITLE) {
            return direct;
        }
        Match best = null;
        for (int other : members) {
            Match via = other == m ? null : scored.get((long) Math.min(m, other) * n + Math.max(m, other));
            if (via != null && via.score() >= SAME_TITLE && (best == null || via.score() > best.score())) {
                best = via;
            }
        }
        return best == null ? new Match(SAME_TITLE, "joined through another record of the group")
                : new Match(best.score(), best.reason() + " (with another record of the group)");
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
     * caution. 0 when they contradict. An erratum, reply or comment never matches the article it concerns.
     */
    Match score(Reference a, Reference b, String ta, String tb, boolean sameIdentifier) {
        String pa = firstPage(a);
        String pb = firstPage(b);
        boolean noticeA = isNotice(a.getTitle(), ta);
        boolean noticeB = isNotice(b.getTitle(), tb);
        if (noticeA != noticeB) {
            // an erratum or reply is not the article it concerns; on the same page it may be the same notice, titled otherwise
            return pa != null && pa.equals(pb) && titleSimilarity(NOTICE_PREFIX.matcher(ta).replaceFirst(""), NOTICE_PREFIX.matcher(tb).replaceFirst(""), 3) >= 0.9
                    ? Match.check(0.9, "one of them is a notice (erratum, reply), both on page " + pa) : Match.NONE;
        }
        if (sameIdentifier) {
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
            if (author && placed >= 0.6 && sameJournal(a, b) && la != null && lb != null && !la.equals(pa) && !lb.equals(pb)) {
                // the same pages of the same journal by the same author: a translated title, not two abstracts on one page
                return new Match(SAME_TITLE, "same first author, journal, volume and pages; titles differ (" + percent(placed) + "): a translation?");
            }
        }
        if (!author) {
            return Match.NONE;
        }
        if (differ(a.getYear(), b.getYear(), 0)) {
            // a year apart (online and print): the same only in the same volume, with the same title
            return va != null && va.equals(vb) && title >= 0.97 && !differs(pa, pb) ? new Match(title, "same title and volume, years a year apart")
                    : Match.NONE;
        }
        boolean contradicts = differs(va, vb) || differs(pa, pb) && !samePage;
        if (contradicts && title >= 0.99 && ta.split(" ").length >= 5 && !differs(va, vb) && sameJournal(a, b) && la != null && lb != null
                && !la.equals(pa) && !lb.equals(pb) && a.getYear() != null && a.getYear().equals(b.getYear())) {
            // two page ranges of the same volume under the same title: a typo in the pages (a one-page record may be a notice or abstract)
            return new Match(SAME_TITLE, "same title, journal and volume; pages differ: " + a.getPages() + " / " + b.getPages());
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
    private double titleSimilarity(String ta, String tb, int containedWords) {
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

    /** An erratum, correction, reply, comment or retraction notice, by its title. */
    public static boolean isNotice(Reference r) {
        return isNotice(r.getTitle(), normal(r.getTitle()));
    }

    private static boolean isNotice(String raw, String normal) {
        return NOTICE.matcher(normal).matches() || raw != null && CORRECTED_PLACE.matcher(raw).find();
    }

    /**
     * "Arch Intern Med" abbreviates "Archives of Internal Medicine", "Dtsch Med Wochenschr" "Deutsche medizinische
     * Wochenschrift": every word of the shorter, in order, is a word of the longer with letters left out (the
     * first kept); "of", "the", "and" do not count.
     */
    private static boolean abbreviates(String a, String b) {
        String shorter = JOURNAL_FILLER.matcher(a.length() <= b.length() ? a : b).replaceAll(" ").strip();
        String longer = JOURNAL_FILLER.matcher(shorter.equals(a) ? b : a).replaceAll(" ").strip();
        String[] words = longer.split(" +");
        int w = 0;
        for (String part : shorter.split(" +")) {
            while (w < words.length && !shortens(part, words[w])) {
                w++;
            }
            if (w++ >= words.length) {
                return false;
            }
        }
        return true;
    }

    private static boolean shortens(String part, String word) {
        if (part.isEmpty() || word.isEmpty() || part.charAt(0) != word.charAt(0)) {
            return false;
        }
        int i = 0;
        for (int j = 0; j < word.length() && i < part.length(); j++) {
            if (word.charAt(j) == part.charAt(i)) {
                i++;
            }
        }
        return i == part.length();
    }

    private static boolean sameJournal(Reference a, Reference b) {
        String ja = journal(a);
        String jb = journal(b);
        return ja != null && jb != null && (ja.equals(jb) || abbreviates(ja, jb));
    }

    private static String journal(Reference r) {
        String j = normal(r.getJournal());
        return j.isEmpty() ? null : j;
    }

    private static String place(Reference r) {
        return (r.getJournal() == null ? "" : r.getJournal() + " ") + (r.getVolume() == null ? "" : r.getVolume()) + (r.getPages() == null ? "" : ":" + r.getPages());
    }

    private static String percent(double similarity) {
        return Math.round(similarity * 100) + "%";
    }

    /** The same first author, or one of them absent; "Lopez, Rubio M." and "Rubio, M. L." share a surname. */
    private static boolean sameFirstAuthor(Reference a, Reference b) {
        if (a.getAuthors().isEmpty() || b.getAuthors().isEmpty()) {
            return true;
        }
        String fa = normal(a.getAuthors().get(0));
        String fb = normal(b.getAuthors().get(0));
        if (fa.isEmpty() || fb.isEmpty()) {
            return true;
        }
        String sa = surname(a.getAuthors().get(0));
        String sb = surname(b.getAuthors().get(0));
        if (sa.equals(sb) || (sa.length() > 2 && fb.replace(" ", "").contains(sa)) || (sb.length() > 2 && fa.replace(" ", "").contains(sb))
                || JARO_WINKLER.apply(sa, sb) >= 0.9) {
            return true;
        }
        // a letter lost to a wrong encoding ("Ta?a?aj" for "Tałałaj") is a gap, not a different name
        return (lost(a.getAuthors().get(0)) || lost(b.getAuthors().get(0))) && JARO_WINKLER.apply(sa, sb) >= 0.8;
    }

    /** "Xi, L F" and "Long, F X", "Tong, H" and "Hua, T": each surname's initial among the other's initials (Chinese names inverted). */
    private static boolean inverted(Reference a, Reference b) {
        if (a.getAuthors().isEmpty() || b.getAuthors().isEmpty()) {
            return false;
        }
        String na = normal(a.getAuthors().get(0).replace(",", " , "));
        String nb = normal(b.getAuthors().get(0).replace(",", " , "));
        String sa = surname(a.getAuthors().get(0));
        String sb = surname(b.getAuthors().get(0));
        return !sa.isEmpty() && !sb.isEmpty() && initials(nb, sb).indexOf(sa.charAt(0)) >= 0 && initials(na, sa).indexOf(sb.charAt(0)) >= 0;
    }

    private static String initials(String name, String surname) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.split(" ")) {
            if (!part.isEmpty() && !part.equals(surname)) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }

    private static boolean lost(String name) {
        return name.indexOf('?') >= 0 || name.indexOf('\uFFFD') >= 0;
    }

    /** The family name as compared: before the comma when there is one, letters only, no diacritics. */
    private static String surname(String author) {
        String family = author.contains(",") ? author.substring(0, author.indexOf(',')) : author.strip().split("\\s+")[0];
        return normal(family).replace(" ", "");
    }

    /** The title as compared: lower case, no diacritics, markup or punctuation, no leading article. */
    public static String normal(String title) {
        if (title == null) {
            return "";
        }
        String s = ORIGINAL_TITLE.matcher(title).replaceFirst("");
        s = DIACRITIC.matcher(Normalizer.normalize(unclosed(s), Normalizer.Form.NFD)).replaceAll("");
        s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("ß", "ss")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i");
        java.util.regex.Matcher notes = TRAILING_NOTES.matcher(s);
        if (notes.find() && notes.start() > 0 && !s.substring(0, notes.start()).isBlank()) {
            s = s.substring(0, notes.start()); // a title that is all in brackets (a translation) keeps its words
        }
        s = MARKUP.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT).replace('&', ' ');
        s = SPACES.matcher(NOT_WORD.matcher(s).replaceAll(" ")).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** A title cut by the database inside a parenthesis ("... syndrome (The Journal of Pediatrics (M") loses the open part. */
    private static String unclosed(String title) {
        int depth = 0;
        int open = -1;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0 && open > 0 && title.substring(0, open).strip().split("\\s+").length >= 5 ? title.substring(0, open) : title;
    }

    private static String firstAuthor(Reference r) {
        if (r.getAuthors().isEmpty()) {
            return "";
        }
        return surname(r.getAuthors().get(0));
    }

    private static String firstPage(Reference r) {
        if (r.getPages() == null) {
            return null;
        }
        java.util.regex.Matcher m = FIRST_PAGE.matcher(r.getPages().strip().replace("\"", ""));
        return m.find() ? m.group(1) : null;
    }

    /** The last page of a range ("2297-2108" gives 2108; "1224-9" gives 1229), or null. */
    private static String lastPage(Reference r) {
        if (r.getPages() == null) {
            return null;
        }
        java.util.regex.Matcher m = LAST_PAGE.matcher(r.getPages().strip());
        if (!m.matches()) {
            return null;
        }
        String first = m.group(1);
        String last = m.group(2);
        return last.length() < first.length() ? first.substring(0, first.length() - last.length()) + last : last;
    }

    private static String doi(Reference r) {
        return r.getDoi() == null || r.getDoi().isBlank() ? null : r.getDoi().strip().toLowerCase(Locale.ROOT);
    }

    /** The first run of digits ("Drug Discovery. 9" and "9" are the same volume), or the text when none. */
    private static String number(String s) {
        if (s == null) {
            return null;
        }
        java.util.regex.Matcher m = DIGITS.matcher(s);
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
