/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Exclusion Reason</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reason for excluding a record or report, from the review protocol.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.ExclusionReason#getText <em>Text</em>}</li>
 *   <li>{@link org.appraise.model.ExclusionReason#getStage <em>Stage</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getExclusionReason()
 * @model
 * @generated
 */
public interface ExclusionReason extends Identified {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.appraise.model.AppraisePackage#getExclusionReason_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.appraise.model.ExclusionReason#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.ScreeningStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.appraise.model.ScreeningStage
	 * @see #setStage(ScreeningStage)
	 * @see org.appraise.model.AppraisePackage#getExclusionReason_Stage()
	 * @model
	 * @generated
	 */
	ScreeningStage getStage();

	/**
	 * Sets the value of the '{@link org.appraise.model.ExclusionReason#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.appraise.model.ScreeningStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(ScreeningStage value);

} // ExclusionReason
