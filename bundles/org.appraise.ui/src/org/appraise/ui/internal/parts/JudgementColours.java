package org.appraise.ui.internal.parts;

import org.appraise.export.figures.Palette;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;

/**
 * The colours of risk-of-bias judgements the reviewer chose (colour-blind safe, robvis's, or their own), kept in
 * the workbench preferences for the matrix, the chart and the exported figures.
 */
final class JudgementColours {

    static final String PREFERENCE = "riskOfBias.palette";

    private JudgementColours() {
    }

    /** The saved choice: "colour-blind", "robvis" or a list of tone=colour. */
    static String saved() {
        return preferences().get(PREFERENCE, "colour-blind");
    }

    static Palette current() {
        try {
            return Palette.parse(saved());
        } catch (IllegalArgumentException e) {
            return Palette.colourBlindSafe();
        }
    }

    /** Saves the palette chosen in the drop-down (0 colour-blind safe, 1 robvis, 2 the reviewer's own, asked for); true when it changed. */
    static boolean choose(Shell shell, int index) {
        String spec;
        if (index == 0) {
            spec = "colour-blind";
        } else if (index == 1) {
            spec = "robvis";
        } else {
            String now = saved();
            FieldsDialog form = new FieldsDialog(shell, "Colours of judgements")
                    .text("palette", "Colours by tone (low, some, high, critical, unknown), e.g. low=#1B9E77,high=#D95F02",
                            now.contains("=") ? now : "")
                    .validate(d -> {
                        try {
                            Palette.parse(d.get("palette"));
                            return "";
                        } catch (IllegalArgumentException e) {
                            return e.getMessage();
                        }
                    });
            if (form.open() != org.eclipse.jface.window.Window.OK) {
                return false;
            }
            spec = form.get("palette");
        }
        IEclipsePreferences preferences = preferences();
        preferences.put(PREFERENCE, spec);
        try {
            preferences.flush();
        } catch (org.osgi.service.prefs.BackingStoreException e) {
            // the choice still holds for this session
        }
        return true;
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.appraise.ui");
    }
}
