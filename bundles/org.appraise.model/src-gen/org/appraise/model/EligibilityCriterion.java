/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Eligibility Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One inclusion or exclusion criterion.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.EligibilityCriterion#getKind <em>Kind</em>}</li>
 *   <li>{@link org.appraise.model.EligibilityCriterion#getElement <em>Element</em>}</li>
 *   <li>{@link org.appraise.model.EligibilityCriterion#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getEligibilityCriterion()
 * @model
 * @generated
 */
public interface EligibilityCriterion extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.CriterionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.appraise.model.CriterionKind
	 * @see #setKind(CriterionKind)
	 * @see org.appraise.model.AppraisePackage#getEligibilityCriterion_Kind()
	 * @model
	 * @generated
	 */
	CriterionKind getKind();

	/**
	 * Sets the value of the '{@link org.appraise.model.EligibilityCriterion#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.appraise.model.CriterionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CriterionKind value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' attribute.
	 * @see #setElement(String)
	 * @see org.appraise.model.AppraisePackage#getEligibilityCriterion_Element()
	 * @model
	 * @generated
	 */
	String getElement();

	/**
	 * Sets the value of the '{@link org.appraise.model.EligibilityCriterion#getElement <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' attribute.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.appraise.model.AppraisePackage#getEligibilityCriterion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.appraise.model.EligibilityCriterion#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // EligibilityCriterion
