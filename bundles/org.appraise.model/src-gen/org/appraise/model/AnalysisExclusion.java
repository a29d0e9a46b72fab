/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Exclusion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A study an analysis leaves out, and why (the reviewers' reason, shown in the analysis and under its forest plot).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.AnalysisExclusion#getStudy <em>Study</em>}</li>
 *   <li>{@link org.appraise.model.AnalysisExclusion#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getAnalysisExclusion()
 * @model
 * @generated
 */
public interface AnalysisExclusion extends EObject {
	/**
	 * Returns the value of the '<em><b>Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Study</em>' reference.
	 * @see #setStudy(Study)
	 * @see org.appraise.model.AppraisePackage#getAnalysisExclusion_Study()
	 * @model
	 * @generated
	 */
	Study getStudy();

	/**
	 * Sets the value of the '{@link org.appraise.model.AnalysisExclusion#getStudy <em>Study</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study</em>' reference.
	 * @see #getStudy()
	 * @generated
	 */
	void setStudy(Study value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysisExclusion_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.appraise.model.AnalysisExclusion#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // AnalysisExclusion
