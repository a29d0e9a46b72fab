package org.appraise.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.appraise.core.Progress;
import org.appraise.model.Reference;

import static org.appraise.core.dedup.PairScore.*;
import static org.appraise.core.dedup.RecordFields.*;

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
     * A group of records of one work: the one kept (one a reviewer has worked on, else the most complete, else the
     * one imported first) and the others, each with its score and
     * the reason it was matched (beginning "check:" when the records also differ in a way the reviewer should see).
     */
    public record Group(Reference kept, List<Reference> duplicates, Map<Reference, Double> scores, Map<Reference, String> reasons) {
    }

    /**
     * Two records (or the kept records of two groups) that may be one work but also differ in a way only the
     * reviewer can settle: the same title in two journals or at two places (a conference abstract and its
     * article, a guideline published twice), a notice on the article's page, different first authors.
     * Never merged without the reviewer; {@code first} is the one a confirmation keeps (as {@code KeptRecord} chooses).
     */
    public record Check(Reference first, Reference second, double score, String reason) {
    }

    /**
     * What the rules say of two records now: the score, the reason, and whether they would be merged without the
     * reviewer (a pair only to check, or not matched at all, would not).
     */
    public record Verdict(double score, String reason, boolean merged) {
    }

    /** The groups found (safe to mark) and the pairs left to the reviewer. */
    public record Finding(List<Group> groups, List<Check> toCheck) {
    }

    /** The groups only; see {@link #search} for the pairs to check as well. */
    public List<Group> find(List<Reference> references, Progress progress) {
        return search(references, progress).groups();
    }

    public Finding search(List<Reference> references, Progress progress) {
        int n = references.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        String[] titles = new String[n];
        boolean[] notices = new boolean[n];
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Reference r = references.get(i);
            titles[i] = normal(r.getTitle());
            notices[i] = RecordFields.isNotice(r.getTitle(), titles[i]);
            if (doi(r) != null) {
                block(blocks, "doi:" + doi(r), i);
            }
            if (pmid(r) != null) {
                block(blocks, "pmid:" + pmid(r), i);
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
                    // whether the two share an identifier is asked of the pair, not of the block it was first met in (a pair
                    // that shares a DOI and a title's first words is met in both, in no fixed order)
                    Match match = score(references.get(i), references.get(j), titles[i], titles[j], notices[i], notices[j],
                            exact || sameIdentifier(references.get(i), references.get(j)));
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
        KeptRecord keep = new KeptRecord(references);
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Group> result = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            int kept = keep.of(members);
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
        return new Finding(result, toCheck(references, parent, scored, checks, keep));
    }

    /** One check per pair of groups (or single records) that are not already one group: the strongest. */
    private static List<Check> toCheck(List<Reference> references, int[] parent, Map<Long, Match> scored, List<Long> checks, KeptRecord keep) {
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
                int first = keep.of(List.of(i, j)); // the one a confirmation keeps, by the rules a group keeps by
                byGroups.put(groups, new Check(references.get(first), references.get(first == i ? j : i), match.score(), match.reason()));
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

    /**
     * Why a record is one work with another, by the rules as they are now: for a duplicate already marked (by an
     * earlier search, the command line, or by hand), so that the reviewer sees the reason beside it.
     */
    public static Verdict verdict(Reference kept, Reference duplicate) {
        String ta = normal(kept.getTitle());
        String tb = normal(duplicate.getTitle());
        Match match = score(kept, duplicate, ta, tb, RecordFields.isNotice(kept.getTitle(), ta), RecordFields.isNotice(duplicate.getTitle(), tb),
                sameIdentifier(kept, duplicate));
        return new Verdict(match.score(), match.check() ? "check: " + match.reason() : match.reason(), match.score() >= SAME_TITLE && !match.check());
    }

    /** The title as compared: lower case, no diacritics, markup or punctuation, no leading article. */
    public static String normal(String title) {
        return RecordFields.normal(title);
    }

    /** An erratum, correction, reply, comment or retraction notice, by its title. */
    public static boolean isNotice(Reference r) {
        return RecordFields.isNotice(r);
    }
}
