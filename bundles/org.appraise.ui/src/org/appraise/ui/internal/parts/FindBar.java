package org.appraise.ui.internal.parts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Ctrl+F in the paper: a bar above the text that finds words in any case and any dash, Enter or F3 for the next match,
 * Shift+Enter or Shift+F3 for the previous one, Esc to close and go back to the paper with the match selected.
 */
final class FindBar {

    private final StyledText paper;
    private final Composite bar;
    private final Text words;
    private final Label count;

    FindBar(Composite parent, StyledText paper) {
        this.paper = paper;
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).spacing(6, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
        bar.setVisible(false);
        new Label(bar, SWT.NONE).setText("Find:");
        words = new Text(bar, SWT.BORDER | SWT.SEARCH);
        words.setData("org.appraise.test.id", "find");
        words.setMessage("words in the paper (Enter: next, Shift+Enter: previous, Esc: close)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(words);
        Button previous = new Button(bar, SWT.PUSH);
        previous.setText("Previous");
        previous.addListener(SWT.Selection, e -> find(false));
        Button next = new Button(bar, SWT.PUSH);
        next.setText("Next");
        next.addListener(SWT.Selection, e -> find(true));
        count = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(count);
        words.addModifyListener(e -> {
            paper.setSelection(paper.getSelection().x);
            find(true);
        });
        words.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR || e.keyCode == SWT.F3) {
                find((e.stateMask & SWT.SHIFT) == 0);
                e.doit = false;
            } else if (e.keyCode == SWT.ESC) {
                close();
                e.doit = false;
            }
        });
    }

    /** Shows the bar with the paper's selection (if short) as the words to find. */
    void open() {
        String selected = paper.getSelectionText();
        if (!selected.isEmpty() && selected.length() < 80 && !selected.contains("\n")) {
            words.setText(selected);
        }
        ((GridData) bar.getLayoutData()).exclude = false;
        bar.setVisible(true);
        bar.getParent().layout(true, true);
        words.selectAll();
        words.setFocus();
    }

    void close() {
        ((GridData) bar.getLayoutData()).exclude = true;
        bar.setVisible(false);
        bar.getParent().layout(true, true);
        paper.setFocus();
    }

    /**
     * The text as it is searched, character for character (so offsets stay): any case, every dash as a hyphen
     * ("6.7-12.5" finds "6.7–12.5"), every tab, line break or no-break space as a space.
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            folded.append(switch (c) {
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            case '\t', '\n', '\r', '\u00a0', '\u2009', '\u202f' -> ' ';
            default -> c;
            });
        }
        return folded.toString();
    }

    /** Selects the next (or previous) match after (before) the selection, wrapping; says which of how many it is. */
    boolean find(boolean forward) {
        String needle = fold(words.getText());
        String text = fold(paper.getText());
        if (needle.isEmpty()) {
            count.setText("");
            return false;
        }
        var selection = paper.getSelection();
        int at = forward ? text.indexOf(needle, selection.x == selection.y ? selection.x : selection.x + 1)
                : text.lastIndexOf(needle, selection.x - 1);
        if (at < 0) {
            at = forward ? text.indexOf(needle) : text.lastIndexOf(needle);
        }
        if (at < 0) {
            count.setText("not found");
            return false;
        }
        int index = 0;
        int total = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            total++;
            if (i == at) {
                index = total;
            }
        }
        paper.setSelection(at, at + needle.length());
        paper.showSelection();
        count.setText(index + " of " + total);
        return true;
    }
}
