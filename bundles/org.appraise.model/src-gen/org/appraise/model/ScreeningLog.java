/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Screening Log</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One reviewer's screening decisions (or the resolutions of conflicts when consensus is set).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.ScreeningLog#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.appraise.model.ScreeningLog#isConsensus <em>Consensus</em>}</li>
 *   <li>{@link org.appraise.model.ScreeningLog#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getScreeningLog()
 * @model
 * @generated
 */
public interface ScreeningLog extends Identified {
	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' reference.
	 * @see #setReviewer(Reviewer)
	 * @see org.appraise.model.AppraisePackage#getScreeningLog_Reviewer()
	 * @model
	 * @generated
	 */
	Reviewer getReviewer();

	/**
	 * Sets the value of the '{@link org.appraise.model.ScreeningLog#getReviewer <em>Reviewer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' reference.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(Reviewer value);

	/**
	 * Returns the value of the '<em><b>Consensus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consensus</em>' attribute.
	 * @see #setConsensus(boolean)
	 * @see org.appraise.model.AppraisePackage#getScreeningLog_Consensus()
	 * @model
	 * @generated
	 */
	boolean isConsensus();

	/**
	 * Sets the value of the '{@link org.appraise.model.ScreeningLog#isConsensus <em>Consensus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consensus</em>' attribute.
	 * @see #isConsensus()
	 * @generated
	 */
	void setConsensus(boolean value);

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.ScreeningDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getScreeningLog_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScreeningDecision> getDecisions();

} // ScreeningLog
