package org.appraise.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/** The de-duplication edit rules both front ends call: marks that never chain, merges that bring their duplicates, one undo each. */
final class DuplicateEditsTest {

    @Test
    void marksNeverChainAMergeBringsItsDuplicatesAndEachIsOneUndo() {
        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        Review review = AppraiseFactory.eINSTANCE.createReview();
        domain.getResourceSet().createResource(URI.createURI("memory:/review")).getContents().add(review);
        Reference a = reference(review, "a");
        Reference b = reference(review, "b");
        Reference c = reference(review, "c");
        Reference d = reference(review, "d");
        DuplicateEdits edits = new DuplicateEdits(domain);

        stack.execute(edits.mark(a, List.of(b), "Mark b"));
        assertEquals(a, b.getDuplicateOf());
        stack.execute(edits.mark(b, List.of(c), "Mark c under b"));
        assertEquals(a, c.getDuplicateOf(), "a duplicate of a duplicate is a duplicate of the record kept");

        stack.execute(edits.unmark(c));
        stack.execute(edits.mark(c, List.of(d), "Mark d"));
        stack.execute(edits.merge(c, a));
        assertEquals(List.of(a, a, a), List.of(b.getDuplicateOf(), c.getDuplicateOf(), d.getDuplicateOf()), "c's duplicate d follows it");
        stack.undo();
        assertNull(c.getDuplicateOf(), "one undo takes the merge back");
        assertEquals(c, d.getDuplicateOf());

        stack.execute(edits.mark(a, List.of(c), "Mark c, kept until now, under a"));
        assertEquals(List.of(a, a), List.of(c.getDuplicateOf(), d.getDuplicateOf()), "a record marked brings its duplicates: no chain c <- d");

        stack.undo();
        Reference e = reference(review, "e");
        Reference f = reference(review, "f");
        stack.execute(edits.markAll(java.util.Map.of(e, List.of(c), f, List.of()), "Mark all"));
        assertEquals(List.of(e, e), List.of(c.getDuplicateOf(), d.getDuplicateOf()), "marking all groups at once brings the duplicates too");
        stack.undo();
        assertEquals(List.of(c), java.util.Arrays.asList(d.getDuplicateOf()), "one undo for all the groups");
        assertEquals(org.eclipse.emf.common.command.IdentityCommand.INSTANCE, edits.markAll(java.util.Map.of(f, List.of()), "Nothing"));
    }

    private static Reference reference(Review review, String id) {
        Reference r = AppraiseFactory.eINSTANCE.createReference();
        r.setId(id);
        review.getReferences().add(r);
        return r;
    }
}
