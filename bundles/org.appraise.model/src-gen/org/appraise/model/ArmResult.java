/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arm Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A result for one arm.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.ArmResult#getArm <em>Arm</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getArmResult()
 * @model abstract="true"
 * @generated
 */
public interface ArmResult extends Result {
	/**
	 * Returns the value of the '<em><b>Arm</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arm</em>' reference.
	 * @see #setArm(Arm)
	 * @see org.appraise.model.AppraisePackage#getArmResult_Arm()
	 * @model
	 * @generated
	 */
	Arm getArm();

	/**
	 * Sets the value of the '{@link org.appraise.model.ArmResult#getArm <em>Arm</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arm</em>' reference.
	 * @see #getArm()
	 * @generated
	 */
	void setArm(Arm value);

} // ArmResult
