/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Extraction;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.appraise.model.Extraction} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ExtractionItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExtractionItemProvider(AdapterFactory adapterFactory) {
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

			addReviewerPropertyDescriptor(object);
			addConsensusPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addDesignPropertyDescriptor(object);
			addDesignSourcesPropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Reviewer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Extraction_reviewer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Extraction_reviewer_feature", "_UI_Extraction_type"),
				 AppraisePackage.Literals.EXTRACTION__REVIEWER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Consensus feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConsensusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Extraction_consensus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Extraction_consensus_feature", "_UI_Extraction_type"),
				 AppraisePackage.Literals.EXTRACTION__CONSENSUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Extraction_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Extraction_status_feature", "_UI_Extraction_type"),
				 AppraisePackage.Literals.EXTRACTION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Design feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDesignPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Extraction_design_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Extraction_design_feature", "_UI_Extraction_type"),
				 AppraisePackage.Literals.EXTRACTION__DESIGN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Design Sources feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDesignSourcesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Extraction_designSources_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Extraction_designSources_feature", "_UI_Extraction_type"),
				 AppraisePackage.Literals.EXTRACTION__DESIGN_SOURCES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Extraction_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Extraction_notes_feature", "_UI_Extraction_type"),
				 AppraisePackage.Literals.EXTRACTION__NOTES,
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
			childrenFeatures.add(AppraisePackage.Literals.EXTRACTION__CHARACTERISTICS);
			childrenFeatures.add(AppraisePackage.Literals.EXTRACTION__PICO);
			childrenFeatures.add(AppraisePackage.Literals.EXTRACTION__ARMS);
			childrenFeatures.add(AppraisePackage.Literals.EXTRACTION__MEASUREMENTS);
			childrenFeatures.add(AppraisePackage.Literals.EXTRACTION__ASSESSMENTS);
			childrenFeatures.add(AppraisePackage.Literals.EXTRACTION__ANNOTATIONS);
			childrenFeatures.add(AppraisePackage.Literals.EXTRACTION__DECISIONS);
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
	 * This returns Extraction.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Extraction"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Extraction)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Extraction_type") :
			getString("_UI_Extraction_type") + " " + label;
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

		switch (notification.getFeatureID(Extraction.class)) {
			case AppraisePackage.EXTRACTION__CONSENSUS:
			case AppraisePackage.EXTRACTION__STATUS:
			case AppraisePackage.EXTRACTION__DESIGN:
			case AppraisePackage.EXTRACTION__NOTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AppraisePackage.EXTRACTION__CHARACTERISTICS:
			case AppraisePackage.EXTRACTION__PICO:
			case AppraisePackage.EXTRACTION__ARMS:
			case AppraisePackage.EXTRACTION__MEASUREMENTS:
			case AppraisePackage.EXTRACTION__ASSESSMENTS:
			case AppraisePackage.EXTRACTION__ANNOTATIONS:
			case AppraisePackage.EXTRACTION__DECISIONS:
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
				(AppraisePackage.Literals.EXTRACTION__CHARACTERISTICS,
				 AppraiseFactory.eINSTANCE.createCharacteristic()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.EXTRACTION__PICO,
				 AppraiseFactory.eINSTANCE.createPicoElement()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.EXTRACTION__ARMS,
				 AppraiseFactory.eINSTANCE.createArm()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.EXTRACTION__MEASUREMENTS,
				 AppraiseFactory.eINSTANCE.createOutcomeMeasurement()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.EXTRACTION__ASSESSMENTS,
				 AppraiseFactory.eINSTANCE.createRiskOfBiasAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.EXTRACTION__ANNOTATIONS,
				 AppraiseFactory.eINSTANCE.createAnnotation()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.EXTRACTION__DECISIONS,
				 AppraiseFactory.eINSTANCE.createConsensusDecision()));
	}

}
