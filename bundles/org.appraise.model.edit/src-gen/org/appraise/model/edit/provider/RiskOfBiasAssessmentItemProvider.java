/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.RiskOfBiasAssessment;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.appraise.model.RiskOfBiasAssessment} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RiskOfBiasAssessmentItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskOfBiasAssessmentItemProvider(AdapterFactory adapterFactory) {
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

			addToolPropertyDescriptor(object);
			addToolVersionPropertyDescriptor(object);
			addMeasurementPropertyDescriptor(object);
			addProposedOverallPropertyDescriptor(object);
			addOverallPropertyDescriptor(object);
			addOverallRationalePropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Tool feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addToolPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RiskOfBiasAssessment_tool_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RiskOfBiasAssessment_tool_feature", "_UI_RiskOfBiasAssessment_type"),
				 AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__TOOL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tool Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addToolVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RiskOfBiasAssessment_toolVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RiskOfBiasAssessment_toolVersion_feature", "_UI_RiskOfBiasAssessment_type"),
				 AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Measurement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMeasurementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RiskOfBiasAssessment_measurement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RiskOfBiasAssessment_measurement_feature", "_UI_RiskOfBiasAssessment_type"),
				 AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__MEASUREMENT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Proposed Overall feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProposedOverallPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RiskOfBiasAssessment_proposedOverall_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RiskOfBiasAssessment_proposedOverall_feature", "_UI_RiskOfBiasAssessment_type"),
				 AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Overall feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOverallPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RiskOfBiasAssessment_overall_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RiskOfBiasAssessment_overall_feature", "_UI_RiskOfBiasAssessment_type"),
				 AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__OVERALL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Overall Rationale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOverallRationalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_RiskOfBiasAssessment_overallRationale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RiskOfBiasAssessment_overallRationale_feature", "_UI_RiskOfBiasAssessment_type"),
				 AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_RiskOfBiasAssessment_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_RiskOfBiasAssessment_notes_feature", "_UI_RiskOfBiasAssessment_type"),
				 AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__NOTES,
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
			childrenFeatures.add(AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__ANSWERS);
			childrenFeatures.add(AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__DOMAINS);
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
	 * This returns RiskOfBiasAssessment.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RiskOfBiasAssessment"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((RiskOfBiasAssessment)object).getTool();
		return label == null || label.length() == 0 ?
			getString("_UI_RiskOfBiasAssessment_type") :
			getString("_UI_RiskOfBiasAssessment_type") + " " + label;
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

		switch (notification.getFeatureID(RiskOfBiasAssessment.class)) {
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL:
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__TOOL_VERSION:
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__PROPOSED_OVERALL:
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL:
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__OVERALL_RATIONALE:
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__NOTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__ANSWERS:
			case AppraisePackage.RISK_OF_BIAS_ASSESSMENT__DOMAINS:
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
				(AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__ANSWERS,
				 AppraiseFactory.eINSTANCE.createSignallingAnswer()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.RISK_OF_BIAS_ASSESSMENT__DOMAINS,
				 AppraiseFactory.eINSTANCE.createDomainJudgement()));
	}

}
