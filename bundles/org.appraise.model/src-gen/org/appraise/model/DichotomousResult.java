/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dichotomous Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Events out of a total in one arm.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.DichotomousResult#getEvents <em>Events</em>}</li>
 *   <li>{@link org.appraise.model.DichotomousResult#getTotal <em>Total</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getDichotomousResult()
 * @model
 * @generated
 */
public interface DichotomousResult extends ArmResult {
	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Events</em>' containment reference.
	 * @see #setEvents(Value)
	 * @see org.appraise.model.AppraisePackage#getDichotomousResult_Events()
	 * @model containment="true"
	 * @generated
	 */
	Value getEvents();

	/**
	 * Sets the value of the '{@link org.appraise.model.DichotomousResult#getEvents <em>Events</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Events</em>' containment reference.
	 * @see #getEvents()
	 * @generated
	 */
	void setEvents(Value value);

	/**
	 * Returns the value of the '<em><b>Total</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total</em>' containment reference.
	 * @see #setTotal(Value)
	 * @see org.appraise.model.AppraisePackage#getDichotomousResult_Total()
	 * @model containment="true"
	 * @generated
	 */
	Value getTotal();

	/**
	 * Sets the value of the '{@link org.appraise.model.DichotomousResult#getTotal <em>Total</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' containment reference.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(Value value);

} // DichotomousResult
