/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Comparison</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The two arms of one study that an analysis compares, experimental first, and why.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.AnalysisComparison#getStudy <em>Study</em>}</li>
 *   <li>{@link org.appraise.model.AnalysisComparison#getExperimental <em>Experimental</em>}</li>
 *   <li>{@link org.appraise.model.AnalysisComparison#getControl <em>Control</em>}</li>
 *   <li>{@link org.appraise.model.AnalysisComparison#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getAnalysisComparison()
 * @model
 * @generated
 */
public interface AnalysisComparison extends EObject {
	/**
	 * Returns the value of the '<em><b>Study</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Study</em>' reference.
	 * @see #setStudy(Study)
	 * @see org.appraise.model.AppraisePackage#getAnalysisComparison_Study()
	 * @model
	 * @generated
	 */
	Study getStudy();

	/**
	 * Sets the value of the '{@link org.appraise.model.AnalysisComparison#getStudy <em>Study</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study</em>' reference.
	 * @see #getStudy()
	 * @generated
	 */
	void setStudy(Study value);

	/**
	 * Returns the value of the '<em><b>Experimental</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experimental</em>' reference.
	 * @see #setExperimental(Arm)
	 * @see org.appraise.model.AppraisePackage#getAnalysisComparison_Experimental()
	 * @model
	 * @generated
	 */
	Arm getExperimental();

	/**
	 * Sets the value of the '{@link org.appraise.model.AnalysisComparison#getExperimental <em>Experimental</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experimental</em>' reference.
	 * @see #getExperimental()
	 * @generated
	 */
	void setExperimental(Arm value);

	/**
	 * Returns the value of the '<em><b>Control</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control</em>' reference.
	 * @see #setControl(Arm)
	 * @see org.appraise.model.AppraisePackage#getAnalysisComparison_Control()
	 * @model
	 * @generated
	 */
	Arm getControl();

	/**
	 * Sets the value of the '{@link org.appraise.model.AnalysisComparison#getControl <em>Control</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control</em>' reference.
	 * @see #getControl()
	 * @generated
	 */
	void setControl(Arm value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.appraise.model.AppraisePackage#getAnalysisComparison_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.appraise.model.AnalysisComparison#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // AnalysisComparison
