package org.appraise.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * A model processor (plugin.xml, {@code org.eclipse.e4.workbench.model}): puts the {@link ReviewHandlers} addon in the
 * application model once, in the product and in any workbench that runs the bundle (the UI tests' too).
 */
public final class AddReviewHandlers {

    @Execute
    public void add(MApplication application, EModelService models) {
        if (application.getAddons().stream().anyMatch(a -> ReviewHandlers.ID.equals(a.getElementId()))) {
            return;
        }
        MAddon addon = models.createModelElement(MAddon.class);
        addon.setElementId(ReviewHandlers.ID);
        addon.setContributionURI("bundleclass://org.appraise.ui/" + ReviewHandlers.class.getName());
        application.getAddons().add(addon);
    }
}
