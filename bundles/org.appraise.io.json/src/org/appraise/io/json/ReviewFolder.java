package org.appraise.io.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.appraise.core.ReportFormat;
import org.appraise.core.ReportText;
import org.appraise.io.json.internal.AtomicFileSink;
import org.appraise.io.json.internal.DiskMerge;
import org.appraise.io.json.internal.FileContent;
import org.appraise.io.json.internal.FileLedger;
import org.appraise.io.json.internal.FileSink;
import org.appraise.io.json.internal.FolderLayout;
import org.appraise.io.json.internal.FolderLoader;
import org.appraise.io.json.internal.WrittenFiles;
import org.appraise.io.json.internal.WriteGuard;
import org.appraise.io.json.internal.JsonCodec;
import org.appraise.io.json.internal.ReportFiles;
import org.appraise.model.Report;
import org.appraise.model.Review;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * A review stored as a folder of JSON files, laid out so that reviewers working in parallel never write
 * the same file and {@code git diff} shows what each one changed:
 *
 * <pre>
 * review.json                         the review: question, criteria, outcomes, reviewers, tools
 * references/&lt;batch-id&gt;.json          one import batch and its records
 * screening/&lt;log-id&gt;.json             one reviewer's screening decisions
 * studies/&lt;study-id&gt;/study.json       the study and its reports
 * studies/&lt;study-id&gt;/&lt;extraction-id&gt;.json   one reviewer's extraction (or the consensus)
 * analyses/&lt;analysis-id&gt;.json         one meta-analysis: what it pools, how, the studies left out and why
 * certainty/&lt;assessment-id&gt;.json   one assessor's (or the consensus) GRADE certainty of one outcome
 * reports/...                         the report files (text, PDF) that annotations point into
 * </pre>
 *
 * Every file says what it holds and its schema version. Loading never stops at a bad file: the problem
 * is recorded with the file and position, everything else loads, and the bad file is never overwritten
 * or deleted. Every write is atomic.
 */
public final class ReviewFolder {

    public static final int SCHEMA_VERSION = FolderLayout.SCHEMA_VERSION;
    public static final String REVIEW_FILE = FolderLayout.REVIEW_FILE;
    public static final String STUDY_FILE = FolderLayout.STUDY_FILE;
    /** What git must never take from a review folder: the temporary files of a save in progress or killed. */
    public static final String GIT_IGNORE = ".*.tmp\n";


    private final Path root;
    /** Which files a save may write or delete. */
    private final WriteGuard guard;
    private final FileSink sink;
    private final Review review;
    private final List<LoadProblem> problems;
    private final FileLedger ledger;
    private final FolderLayout layout;
    /** The reports' texts, each file read again only when its size or modification time changes. */
    private final ReportFiles reports;
    /** What this build of the writer is known to make, so that opening need not render every file (kept in the user's cache). */
    private final WrittenFiles written;

    private ReviewFolder(Path root, FileSink sink, Review review, List<LoadProblem> problems, FileLedger ledger, List<ReportFormat> formats,
            WrittenFiles written) throws IOException {
        this.root = root;
        this.written = written;
        Path realRoot = root.toRealPath();
        this.reports = new ReportFiles(root, realRoot, formats);
        this.sink = sink;
        this.review = review;
        this.problems = problems;
        this.ledger = ledger;
        this.guard = new WriteGuard(root, realRoot, ledger);
        this.layout = new FolderLayout(new JsonCodec(), ledger);
    }

    /**
     * Loads the review in a folder, its reports read as UTF-8 text; see {@link #problems()} for what could not be
     * loaded. The review session opens it with every report format (PDF too).
     */
    public static ReviewFolder open(Path root) throws IOException {
        return open(root, new AtomicFileSink(), List.of(ReportFormat.PLAIN_TEXT), org.appraise.core.Progress.NONE);
    }

    /** Loads the review in a folder, its reports read in these formats (most specific first). */
    public static ReviewFolder open(Path root, List<ReportFormat> formats) throws IOException {
        return open(root, new AtomicFileSink(), formats, org.appraise.core.Progress.NONE);
    }

    /**
     * Loads the review, saying how far it is when it is large (a search of more than some 8,000 records: one step per
     * references file); cancelled between files with a {@link java.util.concurrent.CancellationException}.
     */
    public static ReviewFolder open(Path root, List<ReportFormat> formats, org.appraise.core.Progress progress) throws IOException {
        return open(root, new AtomicFileSink(), formats, progress);
    }

    public static ReviewFolder open(Path root, FileSink sink) throws IOException {
        return open(root, sink, List.of(ReportFormat.PLAIN_TEXT), org.appraise.core.Progress.NONE);
    }

    /** Loads the review with this record of what the writer made (tests give their own; the others use the user's cache). */
    public static ReviewFolder open(Path root, WrittenFiles written) throws IOException {
        return open(root, new AtomicFileSink(), List.of(ReportFormat.PLAIN_TEXT), org.appraise.core.Progress.NONE, written);
    }

    private static ReviewFolder open(Path root, FileSink sink, List<ReportFormat> formats, org.appraise.core.Progress progress) throws IOException {
        return open(root, sink, formats, progress, WrittenFiles.in(WrittenFiles.defaultCache()));
    }

    private static ReviewFolder open(Path root, FileSink sink, List<ReportFormat> formats, org.appraise.core.Progress progress,
            WrittenFiles written) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a review folder");
        }
        Path absolute = root.toAbsolutePath().normalize();
        FolderLoader loader = new FolderLoader(absolute);
        Review review = loader.load(progress);
        attach(review, absolute);
        ReviewFolder folder = new ReviewFolder(absolute, sink, review, new ArrayList<>(loader.problems()), loader.ledger(), formats, written);
        loader.settleBaseline(folder.layout.plan(review), folder.written);
        return folder;
    }

    /**
     * Creates a new review folder with its review.json and a .gitignore that keeps temporary files out of git;
     * refuses a folder that already has a review.
     */
    public static ReviewFolder create(Path root, Review review) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (Files.exists(absolute.resolve(REVIEW_FILE), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(absolute.resolve(REVIEW_FILE) + " exists: will not overwrite an existing review");
        }
        Files.createDirectories(absolute);
        attach(review, absolute);
        ReviewFolder folder = new ReviewFolder(absolute, new AtomicFileSink(), review, new ArrayList<>(), new FileLedger(), List.of(ReportFormat.PLAIN_TEXT),
                WrittenFiles.in(WrittenFiles.defaultCache()));
        folder.save();
        ignoreTemporaryFiles(absolute);
        return folder;
    }

    /** Makes sure the folder's .gitignore keeps temporary files out of git (adds the line when missing). */
    public static void ignoreTemporaryFiles(Path root) throws IOException {
        Path ignore = root.resolve(".gitignore");
        String present = Files.isRegularFile(ignore) ? Files.readString(ignore, StandardCharsets.UTF_8) : "";
        if (!present.lines().anyMatch(GIT_IGNORE.strip()::equals)) {
            String content = present + (present.isEmpty() || present.endsWith("\n") ? "" : "\n") + GIT_IGNORE;
            new AtomicFileSink().write(ignore, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    public Path root() {
        return root;
    }

    public Review review() {
        return review;
    }

    /** Whether review.json loaded: without it the review's outcomes, reviewers and tools are missing and links to them dangle. */
    public boolean reviewLoaded() {
        return ledger.originOf(review).isPresent();
    }

    /** What could not be loaded, in the order found. */
    public List<LoadProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Where a report's file is (report paths are relative to the review folder). */
    public Path pathOf(Report report) {
        return root.resolve(report.getFile()).normalize();
    }

    /** Reads a report's text; fails naming the file when it is missing, outside the folder or not readable in its format. */
    public ReportText readReport(Report report) throws IOException {
        return reports.read(report);
    }

    /**
     * The text of a report file's bytes in the first of the formats that reads its name, else as UTF-8 text.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static ReportText textOf(List<ReportFormat> formats, byte[] bytes, String fileName) {
        return ReportFiles.textOf(formats, bytes, fileName);
    }

    /** The report's text, or empty when it cannot be read (the reason is in {@link #readReport}). */
    public Optional<ReportText> reportText(Report report) {
        try {
            return Optional.of(readReport(report));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- saving ----------------------------------------------------------------------------------

    /**
     * What a save did: the files written and deleted, relative to the folder; of those written, the ones merged with a
     * change made on disk since they were read (the session then no longer shows what the folder holds: open it again).
     */
    public record SaveReport(List<String> written, List<String> deleted, List<String> merged) {
    }

    /**
     * Writes, atomically and streamed, the files whose content the model changed since they were loaded (or last saved), and
     * deletes the files whose every object was removed. Nothing is written when any of those files is one
     * that must not be touched (it did not load, shares an id with another, changed on disk since it was read,
     * appeared after loading, or lies outside the folder): the save is refused whole, naming each file and why.
     */
    public SaveReport save() throws IOException {
        return save(name -> Optional.empty());
    }

    /** The same, also refused for each file {@code held} gives a reason not to write (another workbench's unsaved edits to it). */
    public SaveReport save(java.util.function.Function<String, Optional<String>> held) throws IOException {
        return save(held, name -> Optional.empty());
    }

    /**
     * The same, but a file that changed on disk since it was read is merged with the edits when {@code asRead} gives its
     * content as read and the two changes touch different things ({@link DiskMerge}); the file is then written merged
     * and no later save of this model writes it again (open the folder again to go on). Conflicting changes refuse the
     * save whole, naming each.
     */
    public SaveReport save(java.util.function.Function<String, Optional<String>> held, java.util.function.Function<String, Optional<Path>> asRead)
            throws IOException {
        Changes changes = changes();
        Map<String, FileContent> plan = changes.plan();
        Map<String, byte[]> writes = changes.writes();
        List<String> deletes = changes.deletes();
        List<String> refusals = new ArrayList<>();
        Map<String, byte[]> merges = new LinkedHashMap<>();
        DiskMerge merging = new DiskMerge(new JsonCodec());
        for (String name : writes.keySet()) {
            Optional<String> refusal = guard.whateverItHolds(name).or(() -> held.apply(name));
            if (refusal.isEmpty() && guard.changedOnDisk(name)) {
                DiskMerge.Outcome merged = merging.merge(name, asRead.apply(name), ledger.readDigest(name), plan.get(name), root.resolve(name));
                refusal = Optional.ofNullable(merged.refusal());
                if (merged.merged() != null) {
                    merges.put(name, merged.merged());
                }
            }
            refusal.ifPresent(refusals::add);
        }
        for (String name : deletes) {
            guard.mayTouch(name).or(() -> held.apply(name)).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            throw new SaveRefusedException(refusals);
        }
        // a batch's file before its parts, its parts deleted before it: cut short, a save never leaves a part whose
        // records name a batch that is not on disk
        List<String> written = new ArrayList<>();
        List<byte[]> digests = new ArrayList<>();
        for (String name : writes.keySet().stream().sorted(FolderLayout.REFERENCE_FILES).toList()) {
            byte[] digest = writes.get(name);
            if (merges.containsKey(name)) {
                sink.write(root.resolve(name), FileContent.of(merges.get(name)));
                // the model does not hold the change from disk: a save of it would undo that change
                ledger.protect(name, "was saved merged with a change made on disk; reopen the review to see both and go on");
                written.add(name);
                continue;
            }
            if (digest == null) {
                java.security.MessageDigest sha = FileContent.sha256();
                sink.write(root.resolve(name), out -> {
                    sha.reset(); // a sink that writes the content twice gets the digest of one
                    java.security.DigestOutputStream digesting = new java.security.DigestOutputStream(out, sha);
                    plan.get(name).writeTo(digesting);
                    digesting.flush();
                });
                digest = sha.digest();
            } else {
                sink.write(root.resolve(name), plan.get(name));
            }
            ledger.written(name, digest);
            digests.add(digest);
            written.add(name);
        }
        this.written.add(digests);
        Collections.sort(written);
        for (String name : deletes.stream().sorted(FolderLayout.REFERENCE_FILES.reversed()).toList()) {
            sink.delete(root.resolve(name));
            ledger.deleted(name);
        }
        Collections.sort(deletes);
        return new SaveReport(written, deletes, merges.keySet().stream().sorted().toList());
    }

    /** What a save would do: the planned content of every file, the files to write (with their digest when known), those to delete. */
    private record Changes(Map<String, FileContent> plan, Map<String, byte[]> writes, List<String> deletes) {
    }

    private Changes changes() throws IOException {
        Map<String, FileContent> plan = layout.plan(review);
        Map<String, byte[]> writes = new LinkedHashMap<>();
        List<String> deletes = new ArrayList<>();
        // the model is only read here: files are rendered side by side to learn which changed (a large search is tens of them)
        Map<String, byte[]> rendered = new java.util.concurrent.ConcurrentHashMap<>();
        plan.entrySet().parallelStream().filter(file -> ledger.hasBaseline(file.getKey()))
                .forEach(file -> rendered.put(file.getKey(), file.getValue().digest()));
        for (Map.Entry<String, FileContent> file : plan.entrySet()) {
            // a file with nothing to compare with (new, or to be split) is written for sure: its digest is taken as it is
            // written, not by rendering it once more
            byte[] digest = rendered.get(file.getKey());
            if (digest == null || !ledger.unchanged(file.getKey(), digest)) {
                writes.put(file.getKey(), digest);
            }
        }
        for (String name : ledger.owningFiles()) {
            if (!plan.containsKey(name)) {
                deletes.add(name);
            }
        }
        return new Changes(plan, writes, deletes);
    }

    /**
     * Keeps a copy of the edits not yet saved at a place outside the folder (see {@link UnsavedEdits}); nothing in the
     * folder is written. With nothing unsaved, the keeper's copies there are removed. The model is only read.
     *
     * @param keeper the session keeping it (see {@link UnsavedEdits#newKeeper()})
     * @return the number of files the copy holds or deletes
     */
    public int keepUnsaved(Path place, String keeper) throws IOException {
        Changes changes = changes();
        List<UnsavedEdits.Change> kept = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        for (String name : changes.writes().keySet()) {
            byte[] base = ledger.readDigest(name);
            kept.add(new UnsavedEdits.Change(name, base == null ? null : hex.formatHex(base), false));
        }
        for (String name : changes.deletes()) {
            byte[] base = ledger.readDigest(name);
            kept.add(new UnsavedEdits.Change(name, base == null ? null : hex.formatHex(base), true));
        }
        UnsavedEdits.keep(place, keeper, root, kept, changes.plan()::get);
        return kept.size();
    }

    /**
     * Puts edits kept from an earlier session into this folder, just opened: each file written or deleted as the copy
     * says, atomically, in the order a save uses. A file changed on disk since the edits began (a sync, a teammate) is
     * merged with them when the two touch different things and the copy holds the file as read. Refused whole (nothing
     * written) when they conflict, when a file cannot be merged, or is one a save must not touch; a file that already holds the
     * copy's content is left as it is. The folder's model is then out of date: open the folder again.
     *
     * @return the files written or deleted
     */
    public List<String> restore(UnsavedEdits edits) throws IOException {
        return edits.restoreInto(root, sink, guard::mayTouch, new DiskMerge(new JsonCodec()));
    }

    private static void attach(Review review, Path root) {
        if (review.eResource() == null) {
            Resource resource = new ResourceImpl(URI.createFileURI(root.resolve(REVIEW_FILE).toString()));
            resource.getContents().add(review);
        }
    }
}
