package org.appraise.core.dedup;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.appraise.model.Reference;

/**
 * The fields of a record as de-duplication compares them: the title normalised (case, diacritics, markup,
 * punctuation, a leading article, a database's appended notes), the first author's surname and initials,
 * first and last page, DOI, volume, journal, whether the record is a notice (erratum, reply), and how complete
 * it is (between records no reviewer has worked on, the most complete of a group is kept).
 */
final class RecordFields {

    private RecordFields() {
    }

    static final Pattern MARKUP = Pattern.compile("<[^>]+>|\\\\[a-zA-Z]+|[{}$]");
    static final Pattern NOTICE = Pattern.compile(
            "^(erratum|errata|corrigendum|correction|reply|response|comment|commentary|retraction|retracted|author'?s? reply)\\b.*"
                    + "|.*\\b(author'?s'? reply|reply|response)$|.*\\b(reply|response) to\\b.*");
    /**
     * One note a database appends to a title: "[Spanish]", "[Erratum appears in ... Note: Philipp, Thomas [added]]",
     * "(vol 142, pg 310, 2003)", or a note cut short by the export ("[Erratum appears in J Pediatr. 2003 Jun").
     */
    static final Pattern TRAILING_NOTE = Pattern.compile(
            "\\s*(\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]|\\((vol|erratum|see)[^)]*\\)|\\[[^\\]]*+$)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern NOTICE_PREFIX = Pattern.compile("^(erratum|errata|corrigendum|correction) ");
    /**
     * Web of Science titles an erratum "Title (vol 142, pg 310, 2003)", Embase "Title (Journal (2009) 360
     * (542-544))": the place of the article corrected.
     */
    static final Pattern CORRECTED_PLACE = Pattern.compile("\\(vol \\d+, pg \\d+|\\(\\d{4}\\) \\d+ \\(\\d+(-\\d+)?\\)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Pages that spreadsheets turned into dates ("08-Aug") or that lost their start ("Suppl-29"): no page at all. */
    static final Pattern FIRST_PAGE = Pattern.compile("^(?:[A-Za-z]{1,2})?0*+(\\d++)(?![-/](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
            Pattern.CASE_INSENSITIVE);
    /** Where a database appends the original-language title: "... <ORIGINAL> PROPHYLAXIE ...". */
    static final Pattern ORIGINAL_TITLE = Pattern.compile("\\s*<ORIGINAL>.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    static final Pattern ARTICLE_NUMBER = Pattern.compile("[A-Za-z]\\d{3,}");
    static final Pattern LAST_PAGE = Pattern.compile("[A-Za-z]{0,2}0*+(\\d++)\\s*[-\u2013]\\s*[A-Za-z]{0,2}0*+(\\d++)");
    static final double SAME_TITLE = 0.95;
    static final Pattern JOURNAL_FILLER = Pattern.compile("\\b(of|the|and|for|de|la|le|der|und|i|y)\\b");

    /** Stateless, so one for all comparisons; as are the patterns, compiled once, not per pair. */
    static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    static final Pattern DIACRITIC = Pattern.compile("\\p{M}");
    static final Pattern DIGITS = Pattern.compile("\\d+");

    /** An erratum, correction, reply, comment or retraction notice, by its title. */
    static boolean isNotice(Reference r) {
        return isNotice(r.getTitle(), normal(r.getTitle()));
    }

    static boolean isNotice(String raw, String normal) {
        return NOTICE.matcher(normal).matches() || raw != null && CORRECTED_PLACE.matcher(raw).find();
    }

    /**
     * "Arch Intern Med" abbreviates "Archives of Internal Medicine", "Dtsch Med Wochenschr" "Deutsche medizinische
     * Wochenschrift": every word of the shorter, in order, is a word of the longer with letters left out (the
     * first kept); "of", "the", "and" do not count.
     */
    static boolean abbreviates(String a, String b) {
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

    static boolean shortens(String part, String word) {
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

    static boolean sameJournal(Reference a, Reference b) {
        String ja = journal(a);
        String jb = journal(b);
        return ja != null && jb != null && (ja.equals(jb) || abbreviates(ja, jb));
    }

    static String journal(Reference r) {
        String j = normal(r.getJournal());
        return j.isEmpty() ? null : j;
    }

    static String place(Reference r) {
        return (r.getJournal() == null ? "" : r.getJournal() + " ") + (r.getVolume() == null ? "" : r.getVolume()) + (r.getPages() == null ? "" : ":" + r.getPages());
    }

    /** The same first author, or one of them absent; "Lopez, Rubio M." and "Rubio, M. L." share a surname. */
    static boolean sameFirstAuthor(Reference a, Reference b) {
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
        // a letter lost to a wrong encoding ("Ta?a?aj" for "Tałałaj", "G?k" for "Gök") is a gap, not a different name
        String ra = a.getAuthors().get(0);
        String rb = b.getAuthors().get(0);
        return (lost(ra) || lost(rb)) && (JARO_WINKLER.apply(sa, sb) >= 0.8 || gapsFit(ra, sb) || gapsFit(rb, sa));
    }

    /** Whether a surname with letters lost ("G?k") reads as the other surname with one or two letters in each gap. */
    private static boolean gapsFit(String lostName, String other) {
        String family = lostName.contains(",") ? lostName.substring(0, lostName.indexOf(',')) : lostName.strip().split("\\s+")[0];
        String[] kept = family.replace('\uFFFD', '?').split("\\?+", -1);
        if (kept.length < 2) {
            return false;
        }
        StringBuilder pattern = new StringBuilder();
        for (int i = 0; i < kept.length; i++) {
            pattern.append(i == 0 ? "" : ".{1,2}").append(Pattern.quote(normal(kept[i]).replace(" ", "")));
        }
        return Pattern.matches(pattern.toString(), other);
    }

    /** "Xi, L F" and "Long, F X", "Tong, H" and "Hua, T": each surname's initial among the other's initials (Chinese names inverted). */
    static boolean inverted(Reference a, Reference b) {
        if (a.getAuthors().isEmpty() || b.getAuthors().isEmpty()) {
            return false;
        }
        String sa = surname(a.getAuthors().get(0));
        String sb = surname(b.getAuthors().get(0));
        return !sa.isEmpty() && !sb.isEmpty() && firstAuthorInitials(b).indexOf(sa.charAt(0)) >= 0 && firstAuthorInitials(a).indexOf(sb.charAt(0)) >= 0;
    }

    /** The first authors' first initials agree, or one of them has none ("Cheng, V." and "Cheng, T." do not). */
    static boolean sameInitial(Reference a, Reference b) {
        if (a.getAuthors().isEmpty() || b.getAuthors().isEmpty()) {
            return true;
        }
        String ia = firstAuthorInitials(a);
        String ib = firstAuthorInitials(b);
        return ia.isEmpty() || ib.isEmpty() || ia.charAt(0) == ib.charAt(0);
    }

    /** The initials of the first author's given names ("Cheng, V. T." gives "vt"); the record has an author. */
    private static String firstAuthorInitials(Reference r) {
        String first = r.getAuthors().get(0);
        return initials(normal(first.replace(",", " , ")), surname(first));
    }

    static String initials(String name, String surname) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.split(" ")) {
            if (!part.isEmpty() && !part.equals(surname)) {
                initials.append(part.charAt(0));
            }
        }
        return initials.toString();
    }

    static boolean lost(String name) {
        return name.indexOf('?') >= 0 || name.indexOf('\uFFFD') >= 0;
    }

    /** The family name as compared: before the comma when there is one, letters only, no diacritics. */
    static String surname(String author) {
        String family = author.contains(",") ? author.substring(0, author.indexOf(',')) : author.strip().split("\\s+")[0];
        return normal(family).replace(" ", "");
    }

    /** The title as compared: lower case, no diacritics, markup or punctuation, no leading article. */
    static String normal(String title) {
        if (title == null) {
            return "";
        }
        String s = ORIGINAL_TITLE.matcher(title).replaceFirst("");
        s = DIACRITIC.matcher(Normalizer.normalize(unclosed(s), Normalizer.Form.NFD)).replaceAll("");
        s = s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("ß", "ss")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i");
        s = withoutNotes(s);
        s = MARKUP.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT).replace('&', ' ');
        s = words(s);
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /**
     * The title without the notes appended to it, last first, as long as words are left before them: MEDLINE's
     * translated title "[Clinical aspects of the complement system]. [Japanese]" keeps its bracketed words and loses
     * "[Japanese]", as "Clinical aspects of the complement system. [Japanese]" does.
     */
    private static String withoutNotes(String title) {
        String s = title;
        for (java.util.regex.Matcher note = TRAILING_NOTE.matcher(s); note.find(); note = TRAILING_NOTE.matcher(s)) {
            String before = s.substring(0, note.start());
            if (words(before.toLowerCase(Locale.ROOT)).isEmpty()) {
                break;
            }
            s = before;
        }
        return s;
    }

    /** Letters a-z and digits only, every run of anything else one space, none at either end (a title's words). */
    private static String words(String lowerCase) {
        StringBuilder out = new StringBuilder(lowerCase.length());
        boolean gap = false;
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = lowerCase.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** A title cut by the database inside a parenthesis ("... syndrome (The Journal of Pediatrics (M") loses the open part. */
    static String unclosed(String title) {
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

    static String firstAuthor(Reference r) {
        if (r.getAuthors().isEmpty()) {
            return "";
        }
        return surname(r.getAuthors().get(0));
    }

    static String firstPage(Reference r) {
        if (r.getPages() == null) {
            return null;
        }
        java.util.regex.Matcher m = FIRST_PAGE.matcher(r.getPages().strip().replace("\"", ""));
        return m.find() ? m.group(1) : null;
    }

    /** Whether the record's pages are an electronic article number alone ("e12724", "c1804"), not pages. */
    static boolean articleNumber(Reference r) {
        return r.getPages() != null && ARTICLE_NUMBER.matcher(r.getPages().strip()).matches();
    }

    /** The last page of a range ("2297-2108" gives 2108; "1224-9" gives 1229), or null. */
    static String lastPage(Reference r) {
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

    static String doi(Reference r) {
        return r.getDoi() == null || r.getDoi().isBlank() ? null : r.getDoi().strip().toLowerCase(Locale.ROOT);
    }

    static String pmid(Reference r) {
        return r.getPmid() == null || r.getPmid().isBlank() ? null : r.getPmid().strip();
    }

    /** The same DOI or PMID (what the search blocks on, asked of a pair wherever it is met). */
    static boolean sameIdentifier(Reference a, Reference b) {
        return doi(a) != null && doi(a).equals(doi(b)) || pmid(a) != null && pmid(a).equals(pmid(b));
    }

    /** The first run of digits ("Drug Discovery. 9" and "9" are the same volume), or the text when none. */
    static String number(String s) {
        if (s == null) {
            return null;
        }
        java.util.regex.Matcher m = DIGITS.matcher(s);
        return m.find() ? m.group().replaceFirst("^0+(?=\\d)", "") : s;
    }

    static int completeness(Reference r) {
        int c = 0;
        for (Object v : new Object[] { r.getDoi(), r.getPmid(), r.getAbstract(), r.getJournal(), r.getPages(), r.getVolume(), r.getYear() }) {
            c += v == null ? 0 : 1;
        }
        return c + (r.getAuthors().isEmpty() ? 0 : 1);
    }

}
