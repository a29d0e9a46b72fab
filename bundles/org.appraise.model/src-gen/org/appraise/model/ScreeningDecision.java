/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Screening Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A decision on one record at one stage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.ScreeningDecision#getReference <em>Reference</em>}</li>
 *   <li>{@link org.appraise.model.ScreeningDecision#getStage <em>Stage</em>}</li>
 *   <li>{@link org.appraise.model.ScreeningDecision#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.appraise.model.ScreeningDecision#getReason <em>Reason</em>}</li>
 *   <li>{@link org.appraise.model.ScreeningDecision#getNote <em>Note</em>}</li>
 *   <li>{@link org.appraise.model.ScreeningDecision#getDecidedAt <em>Decided At</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getScreeningDecision()
 * @model
 * @generated
 */
public interface ScreeningDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' reference.
	 * @see #setReference(Reference)
	 * @see org.appraise.model.AppraisePackage#getScreeningDecision_Reference()
	 * @model
	 * @generated
	 */
	Reference getReference();

	/**
	 * Sets the value of the '{@link org.appraise.model.ScreeningDecision#getReference <em>Reference</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' reference.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(Reference value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.ScreeningStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.appraise.model.ScreeningStage
	 * @see #setStage(ScreeningStage)
	 * @see org.appraise.model.AppraisePackage#getScreeningDecision_Stage()
	 * @model
	 * @generated
	 */
	ScreeningStage getStage();

	/**
	 * Sets the value of the '{@link org.appraise.model.ScreeningDecision#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.appraise.model.ScreeningStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(ScreeningStage value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.appraise.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.appraise.model.AppraisePackage#getScreeningDecision_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.appraise.model.ScreeningDecision#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.appraise.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' reference.
	 * @see #setReason(ExclusionReason)
	 * @see org.appraise.model.AppraisePackage#getScreeningDecision_Reason()
	 * @model
	 * @generated
	 */
	ExclusionReason getReason();

	/**
	 * Sets the value of the '{@link org.appraise.model.ScreeningDecision#getReason <em>Reason</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' reference.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(ExclusionReason value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.appraise.model.AppraisePackage#getScreeningDecision_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.appraise.model.ScreeningDecision#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided At</em>' attribute.
	 * @see #setDecidedAt(String)
	 * @see org.appraise.model.AppraisePackage#getScreeningDecision_DecidedAt()
	 * @model
	 * @generated
	 */
	String getDecidedAt();

	/**
	 * Sets the value of the '{@link org.appraise.model.ScreeningDecision#getDecidedAt <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided At</em>' attribute.
	 * @see #getDecidedAt()
	 * @generated
	 */
	void setDecidedAt(String value);

} // ScreeningDecision
