package org.appraise.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * The review open in the workbench: its folder and the editing domain through which every change is made
 * as a command, so that undo, redo and the dirty state follow. It lives in the workbench's
 * {@code IEclipseContext}; parts receive it by injection.
 */
public final class OpenReview {

    private final ReviewFolder folder;
    private final ComposedAdapterFactory adapters;
    private final AdapterFactoryEditingDomain domain;
    private final org.appraise.core.ReviewChecks checker;
    /** The checks of the review as it is now; dropped whenever the command stack changes it. */
    private org.eclipse.emf.common.util.Diagnostic checks;

    private OpenReview(ReviewFolder folder) {
        this.folder = folder;
        this.checker = new org.appraise.core.ReviewChecks(folder::reportText);
        this.adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapters.addAdapterFactory(new AppraiseItemProviderAdapterFactory());
        adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack commands = new BasicCommandStack();
        this.domain = new AdapterFactoryEditingDomain(adapters, commands);
        if (folder.review().eResource() != null) {
            domain.getResourceSet().getResources().add(folder.review().eResource());
        }
        commands.addCommandStackListener(event -> checks = null);
    }

    /**
     * The checks of the review (impossible numbers, quotes that no longer match, broken links), computed
     * once per state of the review however many parts show them.
     */
    public org.eclipse.emf.common.util.Diagnostic checks() {
        if (checks == null) {
            checks = checker.check(folder.review());
        }
        return checks;
    }

    public static OpenReview open(Path root) throws IOException {
        return new OpenReview(ReviewFolder.open(root));
    }

    public ReviewFolder folder() {
        return folder;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapters() {
        return adapters;
    }

    public boolean dirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Saves the changed files and marks the command stack saved. */
    public ReviewFolder.SaveReport save() throws IOException {
        ReviewFolder.SaveReport report = folder.save();
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        return report;
    }

    public void dispose() {
        adapters.dispose();
    }
}
