package org.appraise.ui.internal.parts;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Labels and icons of model objects from EMF.Edit's item providers (the emf.edit.ui adapters are not on
 * Maven Central, so this small JFace bridge stands in for AdapterFactoryLabelProvider).
 */
final class ModelLabels extends LabelProvider {

    private final AdapterFactoryItemDelegator items;
    private final ResourceManager images;
    private final Map<Object, Image> cache = new HashMap<>();

    ModelLabels(ComposedAdapterFactory adapters, Control owner) {
        this.items = new AdapterFactoryItemDelegator(adapters);
        this.images = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    @Override
    public String getText(Object element) {
        return items.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        Object image = items.getImage(element);
        return cache.computeIfAbsent(image, key -> {
            try {
                URL url = key instanceof URL u ? u : key instanceof URI uri ? new URL(uri.toString()) : null;
                return url == null ? null : images.create(ImageDescriptor.createFromURL(url));
            } catch (java.net.MalformedURLException e) {
                return null;
            }
        });
    }

    AdapterFactoryItemDelegator items() {
        return items;
    }
}
