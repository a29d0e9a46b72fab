/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model.internal.impl;

import org.appraise.model.AppraisePackage;
import org.appraise.model.ReviewQuestion;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Question</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.internal.impl.ReviewQuestionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewQuestionImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewQuestionImpl#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewQuestionImpl#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewQuestionImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.appraise.model.internal.impl.ReviewQuestionImpl#getStudyDesigns <em>Study Designs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewQuestionImpl extends MinimalEObjectImpl.Container implements ReviewQuestion {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final String POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected String population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervention() <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervention()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERVENTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntervention() <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervention()
	 * @generated
	 * @ordered
	 */
	protected String intervention = INTERVENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPARATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected String comparator = COMPARATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudyDesigns() <em>Study Designs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyDesigns()
	 * @generated
	 * @ordered
	 */
	protected static final String STUDY_DESIGNS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyDesigns() <em>Study Designs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyDesigns()
	 * @generated
	 * @ordered
	 */
	protected String studyDesigns = STUDY_DESIGNS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewQuestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppraisePackage.Literals.REVIEW_QUESTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW_QUESTION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(String newPopulation) {
		String oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW_QUESTION__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntervention() {
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervention(String newIntervention) {
		String oldIntervention = intervention;
		intervention = newIntervention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW_QUESTION__INTERVENTION, oldIntervention, intervention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComparator() {
		return comparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparator(String newComparator) {
		String oldComparator = comparator;
		comparator = newComparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW_QUESTION__COMPARATOR, oldComparator, comparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW_QUESTION__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStudyDesigns() {
		return studyDesigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyDesigns(String newStudyDesigns) {
		String oldStudyDesigns = studyDesigns;
		studyDesigns = newStudyDesigns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppraisePackage.REVIEW_QUESTION__STUDY_DESIGNS, oldStudyDesigns, studyDesigns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppraisePackage.REVIEW_QUESTION__TEXT:
				return getText();
			case AppraisePackage.REVIEW_QUESTION__POPULATION:
				return getPopulation();
			case AppraisePackage.REVIEW_QUESTION__INTERVENTION:
				return getIntervention();
			case AppraisePackage.REVIEW_QUESTION__COMPARATOR:
				return getComparator();
			case AppraisePackage.REVIEW_QUESTION__OUTCOME:
				return getOutcome();
			case AppraisePackage.REVIEW_QUESTION__STUDY_DESIGNS:
				return getStudyDesigns();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AppraisePackage.REVIEW_QUESTION__TEXT:
				setText((String)newValue);
				return;
			case AppraisePackage.REVIEW_QUESTION__POPULATION:
				setPopulation((String)newValue);
				return;
			case AppraisePackage.REVIEW_QUESTION__INTERVENTION:
				setIntervention((String)newValue);
				return;
			case AppraisePackage.REVIEW_QUESTION__COMPARATOR:
				setComparator((String)newValue);
				return;
			case AppraisePackage.REVIEW_QUESTION__OUTCOME:
				setOutcome((String)newValue);
				return;
			case AppraisePackage.REVIEW_QUESTION__STUDY_DESIGNS:
				setStudyDesigns((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AppraisePackage.REVIEW_QUESTION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case AppraisePackage.REVIEW_QUESTION__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case AppraisePackage.REVIEW_QUESTION__INTERVENTION:
				setIntervention(INTERVENTION_EDEFAULT);
				return;
			case AppraisePackage.REVIEW_QUESTION__COMPARATOR:
				setComparator(COMPARATOR_EDEFAULT);
				return;
			case AppraisePackage.REVIEW_QUESTION__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case AppraisePackage.REVIEW_QUESTION__STUDY_DESIGNS:
				setStudyDesigns(STUDY_DESIGNS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AppraisePackage.REVIEW_QUESTION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case AppraisePackage.REVIEW_QUESTION__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case AppraisePackage.REVIEW_QUESTION__INTERVENTION:
				return INTERVENTION_EDEFAULT == null ? intervention != null : !INTERVENTION_EDEFAULT.equals(intervention);
			case AppraisePackage.REVIEW_QUESTION__COMPARATOR:
				return COMPARATOR_EDEFAULT == null ? comparator != null : !COMPARATOR_EDEFAULT.equals(comparator);
			case AppraisePackage.REVIEW_QUESTION__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
			case AppraisePackage.REVIEW_QUESTION__STUDY_DESIGNS:
				return STUDY_DESIGNS_EDEFAULT == null ? studyDesigns != null : !STUDY_DESIGNS_EDEFAULT.equals(studyDesigns);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (text: ");
		result.append(text);
		result.append(", population: ");
		result.append(population);
		result.append(", intervention: ");
		result.append(intervention);
		result.append(", comparator: ");
		result.append(comparator);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", studyDesigns: ");
		result.append(studyDesigns);
		result.append(')');
		return result.toString();
	}

} //ReviewQuestionImpl
