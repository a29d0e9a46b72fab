package org.appraise.core.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.ImportBatch;
import org.appraise.model.Reference;
import org.appraise.model.Review;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

/**
 * An import made without naming its source: PRISMA counts its records under their own sources or under none and says
 * so; naming it afterwards moves them to the database or register named, one undoable command.
 */
final class SearchSourcesTest {

    private static final AppraiseFactory CREATE = AppraiseFactory.eINSTANCE;

    @Test
    void anImportNamedAfterwardsIsCountedInTheBoxOfItsSource() {
        Review review = CREATE.createReview();
        ImportBatch table = batch(review, "batch-trials", "trials.csv");
        record(review, table, "t1", null);
        record(review, table, "t2", null);
        ImportBatch medline = batch(review, "batch-medline", "medline.nbib");
        record(review, medline, "m1", "PubMed");

        List<SearchSources.Import> before = SearchSources.of(review);
        assertEquals(List.of(table, medline), before.stream().map(SearchSources.Import::batch).toList());
        assertEquals("(source not recorded) 2 (databases)", before.get(0).countedAs());
        assertTrue(before.get(0).unnamed());
        assertEquals("PubMed 1 (databases)", before.get(1).countedAs());
        assertEquals("ClinicalTrials.gov 2 (registers)", before.get(0).countedAs(" ClinicalTrials.gov"), "where a name typed would count them");
        assertEquals("(source not recorded) 2 (databases)", before.get(0).countedAs(""));
        PrismaCounts.Finding unnamed = PrismaCounts.of(review).findings().get(0);
        assertEquals(List.of("batch-trials"), unnamed.references(), "the import to name, not each record");
        assertTrue(unnamed.message().startsWith("2 record(s) name no database, register or other source"), unnamed.message());

        BasicCommandStack stack = new BasicCommandStack();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new AppraiseItemProviderAdapterFactory()), stack);
        ImportEdits edits = new ImportEdits(domain, review);
        stack.execute(edits.source(table, "  ClinicalTrials.gov "));
        assertEquals("Source of trials.csv: ClinicalTrials.gov", stack.getUndoCommand().getLabel());
        assertEquals(Map.of("ClinicalTrials.gov", 2), PrismaCounts.of(review).registers());
        assertEquals(Map.of("PubMed", 1), PrismaCounts.of(review).databases());
        assertTrue(PrismaCounts.of(review).findings().stream().noneMatch(f -> f.message().contains("name no database")));
        assertEquals(IdentityCommand.INSTANCE, edits.source(table, "ClinicalTrials.gov"), "already so: nothing to do");

        stack.execute(edits.source(medline, "MEDLINE (Ovid)"));
        assertEquals("MEDLINE (Ovid) 1 (databases)", SearchSources.of(review).get(1).countedAs(), "the import's name wins over the records'");
        assertEquals("PubMed 1 (databases)", SearchSources.of(review).get(1).countedAs(" "), "cleared: the records' own, before it is");
        stack.execute(edits.source(medline, " "));
        assertEquals(null, medline.getSourceDatabase(), "blank: none named");
        assertEquals("PubMed 1 (databases)", SearchSources.of(review).get(1).countedAs(), "the records' own again");
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(null, table.getSourceDatabase(), "undone");
        assertEquals("other methods", PrismaCounts.boxOf("citation searching"));
    }

    private static ImportBatch batch(Review review, String id, String file) {
        ImportBatch batch = CREATE.createImportBatch();
        batch.setId(id);
        batch.setFile(file);
        review.getImportBatches().add(batch);
        return batch;
    }

    private static void record(Review review, ImportBatch batch, String id, String source) {
        Reference reference = CREATE.createReference();
        reference.setId(id);
        reference.setBatch(batch);
        reference.setSourceDatabase(source);
        review.getReferences().add(reference);
    }
}
