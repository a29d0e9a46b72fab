package org.appraise.session;

import java.io.IOException;
import java.nio.file.Path;

import org.appraise.io.json.ReviewFolder;
import org.appraise.model.edit.provider.AppraiseItemProviderAdapterFactory;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

/**
 * One open review, headless: its folder, the editing domain through which every change is made as a command
 * (so that undo, redo and the dirty state follow), the checks of its current state, and the reviewer working.
 * The workbench keeps one in its {@code IEclipseContext} (parts receive it by injection); the command line
 * opens one per command, so that its edits are commands too.
 */
public final class ReviewSession {

    private final ReviewFolder folder;
    private final ComposedAdapterFactory adapters;
    private final AdapterFactoryEditingDomain domain;
    private final org.appraise.core.ReviewChecks checker;
    /** The git user of the review folder (name, e-mail's local part), read once when opened. */
    private final java.util.List<String> gitUser;
    /** The name under which this session keeps copies of its unsaved edits (a save or letting go removes only these). */
    private final String keeper = org.appraise.io.json.UnsavedEdits.newKeeper();
    /** Whether the last save was refused (a file changed on disk, another workbench's edits): then edits let go are set aside, not dropped. */
    private boolean refused;
    /** Whether a save merged a change made on disk: the model no longer shows what the folder holds. */
    private boolean stale;
    /** The checks of the review as it is now; dropped whenever the command stack changes it. */
    private org.eclipse.emf.common.util.Diagnostic checks;

    private ReviewSession(ReviewFolder folder) {
        this.folder = folder;
        this.checker = new org.appraise.core.ReviewChecks(folder::reportText);
        this.gitUser = org.appraise.io.git.ReviewRepository.user(folder.root());
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

    public static ReviewSession open(Path root) throws IOException {
        return open(root, org.appraise.core.Progress.NONE);
    }

    /** Opens a review folder, saying how far it is when the review is large; cancelled between files. */
    public static ReviewSession open(Path root, org.appraise.core.Progress progress) throws IOException {
        return new ReviewSession(ReviewFolder.open(root, org.appraise.io.pdf.ReportFormats.all(), progress));
    }

    /** A session on a folder already read (the command line reads it once, for its checks and its edits). */
    public static ReviewSession of(ReviewFolder folder) {
        return new ReviewSession(folder);
    }

    /**
     * The text of a paper's bytes as the review reads its reports (PDF, else UTF-8 text).
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static org.appraise.core.ReportText textOf(byte[] bytes, String fileName) {
        return ReviewFolder.textOf(org.appraise.io.pdf.ReportFormats.all(), bytes, fileName);
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

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapters() {
        return adapters;
    }

    public boolean dirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /**
     * Saves the changed files and marks the command stack saved; the copy of unsaved edits is then no longer needed.
     * Refused whole (nothing written) when a file to write holds unsaved edits of a workbench still running on the
     * folder: writing it would strand them, since that workbench's own save would then be refused.
     * <p>
     * A file that changed on disk since it was read (a teammate saved it on the shared drive, a sync) is merged with
     * this session's edits when they touch different things and the copy of unsaved edits holds the file as read
     * ({@link #keepUnsaved()} keeps it); conflicting changes refuse the save, naming each. After a save that merged
     * ({@link ReviewFolder.SaveReport#merged()} not empty) this session no longer shows what the folder holds: open the
     * folder again (the workbench does).
     */
    public ReviewFolder.SaveReport save() throws IOException {
        java.util.Map<String, Long> held = heldElsewhere();
        java.util.Optional<org.appraise.io.json.UnsavedEdits> mine = org.appraise.io.json.UnsavedEdits.keptBy(unsavedPlace(), keeper);
        ReviewFolder.SaveReport report;
        try {
            report = folder.save(name -> java.util.Optional.ofNullable(held.get(name)).map(pid -> name
                    + ": the workbench open on this review (process " + pid + ") has unsaved edits to it; save or close them there first"),
                    name -> mine.flatMap(copy -> copy.asRead(name)));
        } catch (org.appraise.io.json.SaveRefusedException e) {
            refused = true;
            throw e;
        }
        refused = false;
        stale |= !report.merged().isEmpty();
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        try {
            dropOwnCopy();
        } catch (IOException e) {
            // the save stands; a copy left behind holds what the folder now holds, and is dropped unasked at the next opening
        }
        return report;
    }

    /**
     * Whether a save merged a change made on disk with this session's edits: the folder then holds more than this
     * session shows, and the files merged are not written by it again; open the folder again to go on.
     */
    public boolean stale() {
        return stale;
    }

    /**
     * Keeps a copy of the edits not yet saved outside the folder (see {@link org.appraise.io.json.UnsavedEdits}), so that a
     * crash loses none of them; with nothing unsaved, removes the copy. The workbench calls it shortly after each edit.
     *
     * @return the number of files the copy holds
     */
    public int keepUnsaved() throws IOException {
        return folder.keepUnsaved(unsavedPlace(), keeper);
    }

    /**
     * Edits to this folder kept by an earlier session that ended without saving them (a crash, a killed process); never
     * those of a workbench still running on the folder.
     */
    public java.util.Optional<org.appraise.io.json.UnsavedEdits> unsavedFromBefore() throws IOException {
        return org.appraise.io.json.UnsavedEdits.at(unsavedPlace(), keeper);
    }

    /**
     * Writes edits kept by an earlier session into the folder and drops the copy; the session is then out of date (open
     * the folder again). Refused whole, the copy kept, when a file changed since (see {@link ReviewFolder#restore}).
     */
    public java.util.List<String> restoreUnsaved(org.appraise.io.json.UnsavedEdits edits) throws IOException {
        java.util.List<String> done = folder.restore(edits);
        edits.discard();
        return done;
    }

    /** Drops edits an earlier session kept (see {@link #unsavedFromBefore()}): the reviewer chose to let them go. */
    public void discardUnsaved(org.appraise.io.json.UnsavedEdits edits) throws IOException {
        edits.discard();
    }

    /**
     * Drops the copies this session kept (after a save, or when its edits are let go); a copy another session kept (the
     * workbench crashed, then the command line saved the folder; a second workbench on the folder) is never touched here.
     */
    public void dropOwnCopy() throws IOException {
        org.appraise.io.json.UnsavedEdits.discard(unsavedPlace(), keeper);
    }

    /**
     * Lets this session's unsaved edits go (the reviewer quits without saving, or opens another review): the copy is
     * dropped, unless the last save was refused, when the reviewer could not have saved them; then they are set aside,
     * where no session replaces them, and the folder returned so that the reviewer can be told where.
     */
    public java.util.Optional<Path> letGo() throws IOException {
        if (!refused || !dirty()) {
            dropOwnCopy();
            return java.util.Optional.empty();
        }
        keepUnsaved(); // the copy holds every edit, up to the last
        java.util.Optional<org.appraise.io.json.UnsavedEdits> mine = org.appraise.io.json.UnsavedEdits.keptBy(unsavedPlace(), keeper);
        return mine.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(mine.get().setAside());
    }

    /** The files a workbench still running on this folder (another process) holds unsaved edits to, each with that process. */
    public java.util.Map<String, Long> heldElsewhere() throws IOException {
        return org.appraise.io.json.UnsavedEdits.heldByRunning(unsavedPlace());
    }

    /** Moves edits an earlier session kept aside, where no later session replaces them; returns where. */
    public Path setAsideUnsaved(org.appraise.io.json.UnsavedEdits edits) throws IOException {
        return edits.setAside();
    }

    private Path unsavedPlace() throws IOException {
        return org.appraise.io.json.UnsavedEdits.placeFor(folder.root());
    }

    public void dispose() {
        adapters.dispose();
    }
}
