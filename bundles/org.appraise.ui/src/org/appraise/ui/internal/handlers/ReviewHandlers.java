package org.appraise.ui.internal.handlers;

import java.util.Map;

import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.workbench.UIEvents;

import jakarta.annotation.PostConstruct;

/**
 * An e4 addon of the application: activates the workbench's handlers (POJOs with {@code @Execute}) in the
 * application's context, for the commands that plugin.xml declares and binds to menus and keys. The handlers receive
 * the open review, the active shell and the application by injection. {@link AddReviewHandlers} adds it to the model.
 */
public final class ReviewHandlers {

    static final String ID = "org.appraise.ui.addon.handlers";

    private static final Map<String, Class<?>> BY_COMMAND = Map.of("org.appraise.ui.newReview", NewReviewHandler.class, "org.appraise.ui.openReview", OpenReviewHandler.class,
            "org.appraise.ui.saveReview", SaveReviewHandler.class, "org.appraise.ui.newStudy", NewStudyHandler.class,
            "org.appraise.ui.importReferences", ImportReferencesHandler.class, "org.appraise.ui.exportWorkbook", ExportWorkbookHandler.class,
            "org.appraise.ui.synchronise", SynchroniseHandler.class, "org.eclipse.ui.edit.undo", UndoHandler.class, "org.eclipse.ui.edit.redo",
            RedoHandler.class);

    /** The binding context of Appraise's keys (plugin.xml): active in Appraise's views, and in its own window throughout. */
    public static final String REVIEWING = "org.appraise.ui.reviewing";

    @PostConstruct
    public void activate(IEclipseContext application, EHandlerService handlers, IEventBroker events) {
        BY_COMMAND.forEach((command, handler) -> handlers.activateHandler(command, ContextInjectionFactory.make(handler, application)));
        // each of Appraise's views carries the context, so that its keys hold while it is active and nowhere else; once per
        // view's context (an activation is counted, so activating it at every focus would pile up)
        events.subscribe(UIEvents.UILifeCycle.ACTIVATE, event -> {
            if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart part && part.getElementId() != null
                    && part.getElementId().startsWith("org.appraise.ui.") && part.getContext() != null
                    && part.getContext().getLocal(REVIEWING) == null) {
                part.getContext().set(REVIEWING, Boolean.TRUE);
                part.getContext().get(EContextService.class).activateContext(REVIEWING);
            }
        });
    }
}
