package org.appraise.ui.internal.handlers;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CancellationException;

import org.appraise.core.WholeFile;
import org.appraise.export.docx.CharacteristicsDocument;
import org.appraise.export.xlsx.ExtractionWorkbook;
import org.appraise.session.ReviewSession;
import org.appraise.ui.internal.MonitorProgress;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import jakarta.inject.Named;
import org.eclipse.e4.ui.services.IServiceConstants;

/**
 * File > Export Workbook...: writes the workbook for submission (every sheet) in the background with a progress
 * dialog that can cancel it, or (the .docx choice) the characteristics of included studies as a Word table; the file
 * is written whole or not at all, so a cancelled or failed export leaves an existing file as it was. Stateless.
 */
public final class ExportWorkbookHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Optional ReviewSession review) {
        if (review == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.docx" });
        dialog.setFilterNames(new String[] { "Excel workbook (every sheet)", "Word table: characteristics of included studies" });
        dialog.setFileName(review.folder().review().getId() + ".xlsx");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        boolean word = file.endsWith(".docx") || !file.endsWith(".xlsx") && dialog.getFilterIndex() == 1;
        if (word) {
            Path target = Path.of(file.endsWith(".docx") ? file : file + ".docx");
            try {
                WholeFile.write(target, out -> CharacteristicsDocument.write(review.folder().review(), out));
            } catch (IOException e) {
                MessageDialog.openError(shell, "Appraise", "The table was not written:\n" + e.getMessage());
            }
        } else {
            export(shell, review, Path.of(file.endsWith(".xlsx") ? file : file + ".xlsx"));
        }
    }

    /** Exports with a progress dialog; returns whether the file was written. */
    public static boolean export(Shell shell, ReviewSession review, Path target) {
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                int total = review.folder().review().getStudies().size() + 1;
                monitor.beginTask("Exporting " + target.getFileName(), total);
                try {
                    WholeFile.write(target, out -> new ExtractionWorkbook(Instant.now()).write(review.folder().review(), out,
                            MonitorProgress.steps(monitor)));
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                } catch (CancellationException e) {
                    throw new InterruptedException("cancelled");
                } finally {
                    monitor.done();
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Appraise", "The workbook was not written:\n" + e.getCause().getMessage());
        } catch (InterruptedException e) {
            MessageDialog.openInformation(shell, "Appraise", "Export cancelled; " + target + " was not written.");
        }
        return false;
    }
}
