/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain Judgement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The judgement of one domain: the proposal of the tool algorithm, the final judgement, and the rationale when they differ.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.DomainJudgement#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.appraise.model.DomainJudgement#getProposed <em>Proposed</em>}</li>
 *   <li>{@link org.appraise.model.DomainJudgement#getJudgement <em>Judgement</em>}</li>
 *   <li>{@link org.appraise.model.DomainJudgement#getScore <em>Score</em>}</li>
 *   <li>{@link org.appraise.model.DomainJudgement#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.appraise.model.DomainJudgement#getSupport <em>Support</em>}</li>
 *   <li>{@link org.appraise.model.DomainJudgement#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getDomainJudgement()
 * @model
 * @generated
 */
public interface DomainJudgement extends EObject {
	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.appraise.model.AppraisePackage#getDomainJudgement_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.appraise.model.DomainJudgement#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Proposed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proposed</em>' attribute.
	 * @see #setProposed(String)
	 * @see org.appraise.model.AppraisePackage#getDomainJudgement_Proposed()
	 * @model
	 * @generated
	 */
	String getProposed();

	/**
	 * Sets the value of the '{@link org.appraise.model.DomainJudgement#getProposed <em>Proposed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed</em>' attribute.
	 * @see #getProposed()
	 * @generated
	 */
	void setProposed(String value);

	/**
	 * Returns the value of the '<em><b>Judgement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Judgement</em>' attribute.
	 * @see #setJudgement(String)
	 * @see org.appraise.model.AppraisePackage#getDomainJudgement_Judgement()
	 * @model
	 * @generated
	 */
	String getJudgement();

	/**
	 * Sets the value of the '{@link org.appraise.model.DomainJudgement#getJudgement <em>Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Judgement</em>' attribute.
	 * @see #getJudgement()
	 * @generated
	 */
	void setJudgement(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(Integer)
	 * @see org.appraise.model.AppraisePackage#getDomainJudgement_Score()
	 * @model
	 * @generated
	 */
	Integer getScore();

	/**
	 * Sets the value of the '{@link org.appraise.model.DomainJudgement#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(Integer value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.appraise.model.AppraisePackage#getDomainJudgement_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.appraise.model.DomainJudgement#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support</em>' attribute.
	 * @see #setSupport(String)
	 * @see org.appraise.model.AppraisePackage#getDomainJudgement_Support()
	 * @model
	 * @generated
	 */
	String getSupport();

	/**
	 * Sets the value of the '{@link org.appraise.model.DomainJudgement#getSupport <em>Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support</em>' attribute.
	 * @see #getSupport()
	 * @generated
	 */
	void setSupport(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.appraise.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.appraise.model.AppraisePackage#getDomainJudgement_Sources()
	 * @model
	 * @generated
	 */
	EList<Annotation> getSources();

} // DomainJudgement
