/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Continuous Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Mean, standard deviation and number analysed in one arm.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.ContinuousResult#getMean <em>Mean</em>}</li>
 *   <li>{@link org.appraise.model.ContinuousResult#getSd <em>Sd</em>}</li>
 *   <li>{@link org.appraise.model.ContinuousResult#getN <em>N</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getContinuousResult()
 * @model
 * @generated
 */
public interface ContinuousResult extends ArmResult {
	/**
	 * Returns the value of the '<em><b>Mean</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean</em>' containment reference.
	 * @see #setMean(Value)
	 * @see org.appraise.model.AppraisePackage#getContinuousResult_Mean()
	 * @model containment="true"
	 * @generated
	 */
	Value getMean();

	/**
	 * Sets the value of the '{@link org.appraise.model.ContinuousResult#getMean <em>Mean</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' containment reference.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(Value value);

	/**
	 * Returns the value of the '<em><b>Sd</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sd</em>' containment reference.
	 * @see #setSd(Value)
	 * @see org.appraise.model.AppraisePackage#getContinuousResult_Sd()
	 * @model containment="true"
	 * @generated
	 */
	Value getSd();

	/**
	 * Sets the value of the '{@link org.appraise.model.ContinuousResult#getSd <em>Sd</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sd</em>' containment reference.
	 * @see #getSd()
	 * @generated
	 */
	void setSd(Value value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>N</em>' containment reference.
	 * @see #setN(Value)
	 * @see org.appraise.model.AppraisePackage#getContinuousResult_N()
	 * @model containment="true"
	 * @generated
	 */
	Value getN();

	/**
	 * Sets the value of the '{@link org.appraise.model.ContinuousResult#getN <em>N</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' containment reference.
	 * @see #getN()
	 * @generated
	 */
	void setN(Value value);

} // ContinuousResult
