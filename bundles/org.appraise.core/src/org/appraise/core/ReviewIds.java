package org.appraise.core;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.appraise.model.Identified;
import org.appraise.model.Review;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * Gives new objects ids that are unique in the review, readable ({@code liu-2021-arm-2}) and safe as file
 * names (letters, digits, '.', '_' and '-'), so that they stay stable in the JSON files and in git diffs.
 */
public final class ReviewIds {

    private final Set<String> used = new HashSet<>();

    private ReviewIds(Review review) {
        used.add(review.getId());
        for (TreeIterator<EObject> it = review.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified identified && identified.getId() != null) {
                used.add(identified.getId());
            }
        }
    }

    public static ReviewIds of(Review review) {
        return new ReviewIds(review);
    }

    /** A new id made from a base ("Liu 2021" gives liu-2021, then liu-2021-2 if taken), remembered as used. */
    public String next(String base) {
        String slug = slug(base);
        String id = slug;
        for (int n = 2; used.contains(id); n++) {
            id = slug + "-" + n;
        }
        used.add(id);
        return id;
    }

    /** Whether an id is not yet used in the review. */
    public boolean free(String id) {
        return !used.contains(id);
    }

    /** The id a text would give: lower-case letters, digits, '.', '_' and '-' ("Reviewer A" gives reviewer-a). */
    public static String slugOf(String base) {
        return slug(base);
    }

    static String slug(String base) {
        String ascii = Normalizer.normalize(base == null ? "" : base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-._]+|[-._]+$", "");
        if (slug.isEmpty()) {
            slug = "item";
        }
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("[-._]+$", "") : slug;
    }
}
