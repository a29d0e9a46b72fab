/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of participants that received one intervention.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Arm#getLabel <em>Label</em>}</li>
 *   <li>{@link org.appraise.model.Arm#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link org.appraise.model.Arm#getGroupSizes <em>Group Sizes</em>}</li>
 *   <li>{@link org.appraise.model.Arm#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getArm()
 * @model
 * @generated
 */
public interface Arm extends Identified {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.appraise.model.AppraisePackage#getArm_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.appraise.model.Arm#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Intervention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intervention</em>' attribute.
	 * @see #setIntervention(String)
	 * @see org.appraise.model.AppraisePackage#getArm_Intervention()
	 * @model
	 * @generated
	 */
	String getIntervention();

	/**
	 * Sets the value of the '{@link org.appraise.model.Arm#getIntervention <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervention</em>' attribute.
	 * @see #getIntervention()
	 * @generated
	 */
	void setIntervention(String value);

	/**
	 * Returns the value of the '<em><b>Group Sizes</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.GroupSize}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Sizes</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getArm_GroupSizes()
	 * @model containment="true"
	 * @generated
	 */
	EList<GroupSize> getGroupSizes();

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.appraise.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.appraise.model.AppraisePackage#getArm_Sources()
	 * @model
	 * @generated
	 */
	EList<Annotation> getSources();

} // Arm
