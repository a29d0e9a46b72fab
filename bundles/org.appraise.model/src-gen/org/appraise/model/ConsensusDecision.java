/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consensus Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One disagreement settled: the field (group and key as the comparison names them), the extraction whose value was taken (none when a new value was entered), the value, and why.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.ConsensusDecision#getGroup <em>Group</em>}</li>
 *   <li>{@link org.appraise.model.ConsensusDecision#getField <em>Field</em>}</li>
 *   <li>{@link org.appraise.model.ConsensusDecision#getTaken <em>Taken</em>}</li>
 *   <li>{@link org.appraise.model.ConsensusDecision#getValue <em>Value</em>}</li>
 *   <li>{@link org.appraise.model.ConsensusDecision#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getConsensusDecision()
 * @model
 * @generated
 */
public interface ConsensusDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.appraise.model.AppraisePackage#getConsensusDecision_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.appraise.model.ConsensusDecision#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see org.appraise.model.AppraisePackage#getConsensusDecision_Field()
	 * @model
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link org.appraise.model.ConsensusDecision#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Taken</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken</em>' reference.
	 * @see #setTaken(Extraction)
	 * @see org.appraise.model.AppraisePackage#getConsensusDecision_Taken()
	 * @model
	 * @generated
	 */
	Extraction getTaken();

	/**
	 * Sets the value of the '{@link org.appraise.model.ConsensusDecision#getTaken <em>Taken</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken</em>' reference.
	 * @see #getTaken()
	 * @generated
	 */
	void setTaken(Extraction value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.appraise.model.AppraisePackage#getConsensusDecision_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.appraise.model.ConsensusDecision#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.appraise.model.AppraisePackage#getConsensusDecision_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.appraise.model.ConsensusDecision#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // ConsensusDecision
