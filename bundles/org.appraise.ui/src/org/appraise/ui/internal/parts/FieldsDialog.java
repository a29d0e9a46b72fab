package org.appraise.ui.internal.parts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A small form: labelled text fields, choices and check boxes, with a check that names what is missing or
 * wrong and keeps OK disabled until the form makes sense. Values are read by key after OK.
 */
public final class FieldsDialog extends Dialog {

    private record Field(String key, String label, String kind, String initial, List<String> choices) {
    }

    private final String title;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private Function<FieldsDialog, String> check = d -> "";
    private Label problem;

    public FieldsDialog(Shell parent, String title) {
        super(parent);
        this.title = title;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public FieldsDialog text(String key, String label, String initial) {
        fields.put(key, new Field(key, label, "text", initial, List.of()));
        return this;
    }

    public FieldsDialog choice(String key, String label, List<String> choices, String initial, boolean editable) {
        fields.put(key, new Field(key, label, editable ? "combo" : "choice", initial, choices));
        return this;
    }

    public FieldsDialog check(String key, String label, boolean initial) {
        fields.put(key, new Field(key, label, "check", Boolean.toString(initial), List.of()));
        return this;
    }

    /** What is wrong with the form as filled in, or the empty string. */
    public FieldsDialog validate(Function<FieldsDialog, String> validator) {
        this.check = validator;
        return this;
    }

    /** The value of a field: what is typed, the chosen item, or "true"/"false" for a check box. */
    public String get(String key) {
        Control control = controls.get(key);
        if (control != null && !control.isDisposed()) {
            return read(control);
        }
        return values.getOrDefault(key, "");
    }

    public int index(String key) {
        return fields.get(key).choices().indexOf(get(key));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        for (Field field : fields.values()) {
            Control control;
            if (field.kind().equals("check")) {
                new Label(area, SWT.NONE);
                Button box = new Button(area, SWT.CHECK);
                box.setText(field.label());
                box.setSelection(Boolean.parseBoolean(field.initial()));
                box.addListener(SWT.Selection, e -> revalidate());
                control = box;
            } else {
                new Label(area, SWT.NONE).setText(field.label() + ":");
                if (field.kind().equals("text")) {
                    Text text = new Text(area, SWT.BORDER);
                    text.setText(field.initial() == null ? "" : field.initial());
                    text.addModifyListener(e -> revalidate());
                    text.addListener(SWT.FocusIn, e -> text.selectAll()); // a prefilled value is replaced by typing
                    control = text;
                } else {
                    Combo combo = new Combo(area, field.kind().equals("combo") ? SWT.DROP_DOWN : SWT.DROP_DOWN | SWT.READ_ONLY);
                    combo.setItems(field.choices().toArray(String[]::new));
                    int at = field.initial() == null ? -1 : field.choices().indexOf(field.initial());
                    if (at >= 0) {
                        combo.select(at);
                    } else if (field.initial() != null && field.kind().equals("combo")) {
                        combo.setText(field.initial());
                    } else if (!field.choices().isEmpty()) {
                        combo.select(0);
                    }
                    combo.addModifyListener(e -> revalidate());
                    control = combo;
                }
            }
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(control);
            control.setData("org.appraise.test.id", field.key());
            controls.put(field.key(), control);
        }
        problem = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        revalidate();
    }

    private void revalidate() {
        if (problem == null || problem.isDisposed()) {
            return;
        }
        String message = check.apply(this);
        problem.setText(message);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(message.isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        controls.forEach((key, control) -> values.put(key, read(control)));
        super.okPressed();
    }

    private static String read(Control control) {
        if (control instanceof Text text) {
            return text.getText().trim();
        }
        if (control instanceof Combo combo) {
            return combo.getText().trim();
        }
        return Boolean.toString(((Button) control).getSelection());
    }
}
