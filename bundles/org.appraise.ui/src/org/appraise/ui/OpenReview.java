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
    /** The git user of the review folder (name, e-mail's local part), read once when opened. */
    private final java.util.List<String> gitUser;
    /** The checks of the review as it is now; dropped whenever the command stack changes it. */
    private org.eclipse.emf.common.util.Diagnostic checks;

    private OpenReview(ReviewFolder folder) {
        this.folder = folder;
        this.checker = new org.appraise.core.ReviewChecks(folder::reportText);
        this.gitUser = gitUser(folder.root());
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

    /** Whether the object (a selection) belongs to this review, not to one opened before it. */
    public boolean holds(Object object) {
        return object instanceof org.eclipse.emf.ecore.EObject o && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(o) == folder.review();
    }

    public ReviewFolder folder() {
        return folder;
    }

    /**
     * Who is working, when the review folder is a git repository whose user (git config user.name, or the
     * e-mail's local part) is one of the review's reviewers, by id or name: their screening and their extraction
     * are the workbench's defaults. Empty otherwise (each part then starts with the first). The git user is read
     * once, when the review is opened (a sync that brings the team's work reopens it).
     */
    public java.util.Optional<org.appraise.model.Reviewer> me() {
        return folder.review().getReviewers().stream().filter(r -> gitUser.stream().anyMatch(u -> u.equalsIgnoreCase(r.getId())
                || r.getName() != null && u.equalsIgnoreCase(r.getName()))).findFirst();
    }

    /** The repository's user name and the local part of its e-mail, as far as they are set. */
    private static java.util.List<String> gitUser(Path root) {
        if (!java.nio.file.Files.isDirectory(root.resolve(".git"))) {
            return java.util.List.of();
        }
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile())) {
            org.eclipse.jgit.lib.StoredConfig config = git.getRepository().getConfig();
            String name = config.getString("user", null, "name");
            String email = config.getString("user", null, "email");
            java.util.List<String> user = new java.util.ArrayList<>();
            if (name != null && !name.isBlank()) {
                user.add(name.strip());
            }
            if (email != null && email.contains("@")) {
                user.add(email.substring(0, email.indexOf('@')));
            }
            return java.util.List.copyOf(user);
        } catch (IOException e) {
            return java.util.List.of();
        }
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
