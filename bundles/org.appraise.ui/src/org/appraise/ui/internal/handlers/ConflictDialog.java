package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import org.appraise.io.git.ReviewRepository;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;

/**
 * A sync that met someone else's changes to the same lines: the files, and for the chosen one your version and
 * theirs side by side (kept under {@code .git/appraise-conflicts/}), the lines that differ highlighted. The
 * reviewer keeps theirs or their own for the conflicting lines (a sync again, preferring that side), or decides
 * later: nothing was overwritten or pushed.
 */
final class ConflictDialog extends Dialog {

    static final int KEEP_MINE = IDialogConstants.CLIENT_ID + 1;
    static final int TAKE_THEIRS = IDialogConstants.CLIENT_ID + 2;

    private final Path root;
    private final java.util.List<String> files;
    private StyledText mine;
    private StyledText theirs;
    private Color changed;

    ConflictDialog(Shell shell, Path root, java.util.List<String> files) {
        super(shell);
        this.root = root;
        this.files = files;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    /** What the reviewer chose: keep theirs or mine for the conflicting lines, or nothing yet. */
    ReviewRepository.Prefer choice(int code) {
        return code == KEEP_MINE ? ReviewRepository.Prefer.OURS : code == TAKE_THEIRS ? ReviewRepository.Prefer.THEIRS : ReviewRepository.Prefer.NONE;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Someone else changed the same lines");
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1100, 700);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("You and a teammate changed the same places of these files. Nothing was overwritten and nothing was pushed: your "
                + "commit keeps your version. Choose which version of the conflicting lines the review keeps (lines changed by only one of "
                + "you are kept either way), or decide later.");
        GridDataFactory.fillDefaults().grab(true, false).hint(1000, SWT.DEFAULT).applyTo(intro);
        List list = new List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setData("org.appraise.test.id", "conflict-files");
        files.forEach(list::add);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
        SashForm sides = new SashForm(area, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sides);
        mine = side(sides, "Yours", "conflict-mine");
        theirs = side(sides, "Theirs (from the team)", "conflict-theirs");
        changed = new Color(area.getDisplay(), 255, 220, 160);
        area.addListener(SWT.Dispose, e -> changed.dispose());
        list.addListener(SWT.Selection, e -> show(list.getSelectionIndex()));
        if (!files.isEmpty()) {
            list.select(0);
            show(0);
        }
        return area;
    }

    private StyledText side(Composite parent, String title, String id) {
        Composite side = new Composite(parent, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        new Label(side, SWT.NONE).setText(title);
        StyledText text = new StyledText(side, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY);
        text.setData("org.appraise.test.id", id);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        return text;
    }

    private void show(int index) {
        if (index < 0 || index >= files.size()) {
            return;
        }
        String ours = read(files.get(index) + ".ours");
        String other = read(files.get(index) + ".theirs");
        fill(mine, ours, other);
        fill(theirs, other, ours);
    }

    /** Shows one version with the lines the other version does not have highlighted. */
    private void fill(StyledText text, String version, String other) {
        text.setText(version);
        Set<String> otherLines = new HashSet<>(other.lines().toList());
        java.util.List<StyleRange> ranges = new ArrayList<>();
        int offset = 0;
        int first = -1;
        for (String line : version.split("\n", -1)) {
            if (!otherLines.contains(line) && !line.isBlank()) {
                ranges.add(new StyleRange(offset, line.length(), null, changed));
                first = first < 0 ? offset : first;
            }
            offset += line.length() + 1;
        }
        text.setStyleRanges(ranges.toArray(StyleRange[]::new));
        if (first >= 0) {
            text.setTopIndex(Math.max(0, text.getLineAtOffset(first) - 5));
        }
    }

    private String read(String name) {
        Path file = root.resolve(".git/appraise-conflicts").resolve(name);
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no such version: the file was deleted on this side)";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, TAKE_THEIRS, "Take theirs", false);
        createButton(parent, KEEP_MINE, "Keep mine", false);
        createButton(parent, IDialogConstants.CANCEL_ID, "Decide later", true);
    }

    @Override
    protected void buttonPressed(int id) {
        setReturnCode(id);
        close();
    }
}
