/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.HazardRatio;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.appraise.model.HazardRatio} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class HazardRatioItemProvider extends ResultItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HazardRatioItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addExperimentalPropertyDescriptor(object);
			addComparatorPropertyDescriptor(object);
			addCiLevelPropertyDescriptor(object);
			addAdjustedPropertyDescriptor(object);
			addAdjustmentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Experimental feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExperimentalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HazardRatio_experimental_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HazardRatio_experimental_feature", "_UI_HazardRatio_type"),
				 AppraisePackage.Literals.HAZARD_RATIO__EXPERIMENTAL,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Comparator feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addComparatorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HazardRatio_comparator_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HazardRatio_comparator_feature", "_UI_HazardRatio_type"),
				 AppraisePackage.Literals.HAZARD_RATIO__COMPARATOR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ci Level feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCiLevelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HazardRatio_ciLevel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HazardRatio_ciLevel_feature", "_UI_HazardRatio_type"),
				 AppraisePackage.Literals.HAZARD_RATIO__CI_LEVEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adjusted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdjustedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HazardRatio_adjusted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HazardRatio_adjusted_feature", "_UI_HazardRatio_type"),
				 AppraisePackage.Literals.HAZARD_RATIO__ADJUSTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Adjustment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdjustmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_HazardRatio_adjustment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_HazardRatio_adjustment_feature", "_UI_HazardRatio_type"),
				 AppraisePackage.Literals.HAZARD_RATIO__ADJUSTMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(AppraisePackage.Literals.HAZARD_RATIO__ESTIMATE);
			childrenFeatures.add(AppraisePackage.Literals.HAZARD_RATIO__LOWER);
			childrenFeatures.add(AppraisePackage.Literals.HAZARD_RATIO__UPPER);
			childrenFeatures.add(AppraisePackage.Literals.HAZARD_RATIO__PVALUE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns HazardRatio.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/HazardRatio"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((HazardRatio)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_HazardRatio_type") :
			getString("_UI_HazardRatio_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(HazardRatio.class)) {
			case AppraisePackage.HAZARD_RATIO__CI_LEVEL:
			case AppraisePackage.HAZARD_RATIO__ADJUSTED:
			case AppraisePackage.HAZARD_RATIO__ADJUSTMENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AppraisePackage.HAZARD_RATIO__ESTIMATE:
			case AppraisePackage.HAZARD_RATIO__LOWER:
			case AppraisePackage.HAZARD_RATIO__UPPER:
			case AppraisePackage.HAZARD_RATIO__PVALUE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.HAZARD_RATIO__ESTIMATE,
				 AppraiseFactory.eINSTANCE.createValue()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.HAZARD_RATIO__LOWER,
				 AppraiseFactory.eINSTANCE.createValue()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.HAZARD_RATIO__UPPER,
				 AppraiseFactory.eINSTANCE.createValue()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.HAZARD_RATIO__PVALUE,
				 AppraiseFactory.eINSTANCE.createValue()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify =
			childFeature == AppraisePackage.Literals.HAZARD_RATIO__ESTIMATE ||
			childFeature == AppraisePackage.Literals.HAZARD_RATIO__LOWER ||
			childFeature == AppraisePackage.Literals.HAZARD_RATIO__UPPER ||
			childFeature == AppraisePackage.Literals.HAZARD_RATIO__PVALUE;

		if (qualify) {
			return getString
				("_UI_CreateChild_text2",
				 new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
	}

}
