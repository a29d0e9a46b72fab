/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.CertaintyAssessment;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.appraise.model.CertaintyAssessment} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CertaintyAssessmentItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CertaintyAssessmentItemProvider(AdapterFactory adapterFactory) {
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

			addAnalysisPropertyDescriptor(object);
			addOutcomePropertyDescriptor(object);
			addAssessorPropertyDescriptor(object);
			addConsensusPropertyDescriptor(object);
			addEvidencePropertyDescriptor(object);
			addAssumedRiskPropertyDescriptor(object);
			addAssumedRiskSourcePropertyDescriptor(object);
			addImprecisionThresholdPropertyDescriptor(object);
			addOptimalInformationSizePropertyDescriptor(object);
			addOrderPropertyDescriptor(object);
			addNarrativePropertyDescriptor(object);
			addCommentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Analysis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnalysisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_analysis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_analysis_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__ANALYSIS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Outcome feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutcomePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_outcome_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_outcome_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__OUTCOME,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Assessor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssessorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_assessor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_assessor_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__ASSESSOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_CertaintyAssessment_consensus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_consensus_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__CONSENSUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_evidence_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_evidence_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__EVIDENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Assumed Risk feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssumedRiskPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_assumedRisk_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_assumedRisk_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__ASSUMED_RISK,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Assumed Risk Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssumedRiskSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_assumedRiskSource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_assumedRiskSource_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Imprecision Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addImprecisionThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_imprecisionThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_imprecisionThreshold_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Optimal Information Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOptimalInformationSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_optimalInformationSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_optimalInformationSize_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Order feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrderPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_order_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_order_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__ORDER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Narrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNarrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_narrative_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_narrative_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__NARRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Comment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CertaintyAssessment_comment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CertaintyAssessment_comment_feature", "_UI_CertaintyAssessment_type"),
				 AppraisePackage.Literals.CERTAINTY_ASSESSMENT__COMMENT,
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
			childrenFeatures.add(AppraisePackage.Literals.CERTAINTY_ASSESSMENT__RATINGS);
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
	 * This returns CertaintyAssessment.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CertaintyAssessment"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CertaintyAssessment)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_CertaintyAssessment_type") :
			getString("_UI_CertaintyAssessment_type") + " " + label;
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

		switch (notification.getFeatureID(CertaintyAssessment.class)) {
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSESSOR:
			case AppraisePackage.CERTAINTY_ASSESSMENT__CONSENSUS:
			case AppraisePackage.CERTAINTY_ASSESSMENT__EVIDENCE:
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK:
			case AppraisePackage.CERTAINTY_ASSESSMENT__ASSUMED_RISK_SOURCE:
			case AppraisePackage.CERTAINTY_ASSESSMENT__IMPRECISION_THRESHOLD:
			case AppraisePackage.CERTAINTY_ASSESSMENT__OPTIMAL_INFORMATION_SIZE:
			case AppraisePackage.CERTAINTY_ASSESSMENT__ORDER:
			case AppraisePackage.CERTAINTY_ASSESSMENT__NARRATIVE:
			case AppraisePackage.CERTAINTY_ASSESSMENT__COMMENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AppraisePackage.CERTAINTY_ASSESSMENT__RATINGS:
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
				(AppraisePackage.Literals.CERTAINTY_ASSESSMENT__RATINGS,
				 AppraiseFactory.eINSTANCE.createCertaintyRating()));
	}

}
