/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.edit.provider;


import java.util.Collection;
import java.util.List;

import org.appraise.model.AppraiseFactory;
import org.appraise.model.AppraisePackage;
import org.appraise.model.Review;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.appraise.model.Review} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ReviewItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewItemProvider(AdapterFactory adapterFactory) {
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

			addTitlePropertyDescriptor(object);
			addRiskOfBiasToolsPropertyDescriptor(object);
			addSingleScreeningPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Review_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Review_title_feature", "_UI_Review_type"),
				 AppraisePackage.Literals.REVIEW__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Risk Of Bias Tools feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRiskOfBiasToolsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Review_riskOfBiasTools_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Review_riskOfBiasTools_feature", "_UI_Review_type"),
				 AppraisePackage.Literals.REVIEW__RISK_OF_BIAS_TOOLS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Single Screening feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSingleScreeningPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Review_singleScreening_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Review_singleScreening_feature", "_UI_Review_type"),
				 AppraisePackage.Literals.REVIEW__SINGLE_SCREENING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__QUESTION);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__CRITERIA);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__OUTCOMES);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__REVIEWERS);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__EXCLUSION_REASONS);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__IMPORT_BATCHES);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__REFERENCES);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__SCREENING);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__STUDIES);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__ANALYSES);
			childrenFeatures.add(AppraisePackage.Literals.REVIEW__CERTAINTY);
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
	 * This returns Review.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Review"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Review)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_Review_type") :
			getString("_UI_Review_type") + " " + label;
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

		switch (notification.getFeatureID(Review.class)) {
			case AppraisePackage.REVIEW__TITLE:
			case AppraisePackage.REVIEW__RISK_OF_BIAS_TOOLS:
			case AppraisePackage.REVIEW__SINGLE_SCREENING:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case AppraisePackage.REVIEW__QUESTION:
			case AppraisePackage.REVIEW__CRITERIA:
			case AppraisePackage.REVIEW__OUTCOMES:
			case AppraisePackage.REVIEW__REVIEWERS:
			case AppraisePackage.REVIEW__EXCLUSION_REASONS:
			case AppraisePackage.REVIEW__IMPORT_BATCHES:
			case AppraisePackage.REVIEW__REFERENCES:
			case AppraisePackage.REVIEW__SCREENING:
			case AppraisePackage.REVIEW__STUDIES:
			case AppraisePackage.REVIEW__ANALYSES:
			case AppraisePackage.REVIEW__CERTAINTY:
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
				(AppraisePackage.Literals.REVIEW__QUESTION,
				 AppraiseFactory.eINSTANCE.createReviewQuestion()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__CRITERIA,
				 AppraiseFactory.eINSTANCE.createEligibilityCriterion()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__OUTCOMES,
				 AppraiseFactory.eINSTANCE.createOutcomeDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__REVIEWERS,
				 AppraiseFactory.eINSTANCE.createReviewer()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__EXCLUSION_REASONS,
				 AppraiseFactory.eINSTANCE.createExclusionReason()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__IMPORT_BATCHES,
				 AppraiseFactory.eINSTANCE.createImportBatch()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__REFERENCES,
				 AppraiseFactory.eINSTANCE.createReference()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__SCREENING,
				 AppraiseFactory.eINSTANCE.createScreeningLog()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__STUDIES,
				 AppraiseFactory.eINSTANCE.createStudy()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__ANALYSES,
				 AppraiseFactory.eINSTANCE.createAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(AppraisePackage.Literals.REVIEW__CERTAINTY,
				 AppraiseFactory.eINSTANCE.createCertaintyAssessment()));
	}

}
