/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hazard Ratio</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A hazard ratio of the experimental arm versus the comparator arm, with its confidence interval.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.HazardRatio#getExperimental <em>Experimental</em>}</li>
 *   <li>{@link org.appraise.model.HazardRatio#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.appraise.model.HazardRatio#getEstimate <em>Estimate</em>}</li>
 *   <li>{@link org.appraise.model.HazardRatio#getLower <em>Lower</em>}</li>
 *   <li>{@link org.appraise.model.HazardRatio#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.appraise.model.HazardRatio#getCiLevel <em>Ci Level</em>}</li>
 *   <li>{@link org.appraise.model.HazardRatio#getPValue <em>PValue</em>}</li>
 *   <li>{@link org.appraise.model.HazardRatio#isAdjusted <em>Adjusted</em>}</li>
 *   <li>{@link org.appraise.model.HazardRatio#getAdjustment <em>Adjustment</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getHazardRatio()
 * @model
 * @generated
 */
public interface HazardRatio extends Result {
	/**
	 * Returns the value of the '<em><b>Experimental</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experimental</em>' reference.
	 * @see #setExperimental(Arm)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_Experimental()
	 * @model
	 * @generated
	 */
	Arm getExperimental();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#getExperimental <em>Experimental</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experimental</em>' reference.
	 * @see #getExperimental()
	 * @generated
	 */
	void setExperimental(Arm value);

	/**
	 * Returns the value of the '<em><b>Comparator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparator</em>' reference.
	 * @see #setComparator(Arm)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_Comparator()
	 * @model
	 * @generated
	 */
	Arm getComparator();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#getComparator <em>Comparator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator</em>' reference.
	 * @see #getComparator()
	 * @generated
	 */
	void setComparator(Arm value);

	/**
	 * Returns the value of the '<em><b>Estimate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimate</em>' containment reference.
	 * @see #setEstimate(Value)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_Estimate()
	 * @model containment="true"
	 * @generated
	 */
	Value getEstimate();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#getEstimate <em>Estimate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimate</em>' containment reference.
	 * @see #getEstimate()
	 * @generated
	 */
	void setEstimate(Value value);

	/**
	 * Returns the value of the '<em><b>Lower</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' containment reference.
	 * @see #setLower(Value)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_Lower()
	 * @model containment="true"
	 * @generated
	 */
	Value getLower();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#getLower <em>Lower</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower</em>' containment reference.
	 * @see #getLower()
	 * @generated
	 */
	void setLower(Value value);

	/**
	 * Returns the value of the '<em><b>Upper</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper</em>' containment reference.
	 * @see #setUpper(Value)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_Upper()
	 * @model containment="true"
	 * @generated
	 */
	Value getUpper();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#getUpper <em>Upper</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' containment reference.
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(Value value);

	/**
	 * Returns the value of the '<em><b>Ci Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Level</em>' attribute.
	 * @see #setCiLevel(BigDecimal)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_CiLevel()
	 * @model
	 * @generated
	 */
	BigDecimal getCiLevel();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#getCiLevel <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Level</em>' attribute.
	 * @see #getCiLevel()
	 * @generated
	 */
	void setCiLevel(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>PValue</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>PValue</em>' containment reference.
	 * @see #setPValue(Value)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_PValue()
	 * @model containment="true"
	 * @generated
	 */
	Value getPValue();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#getPValue <em>PValue</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>PValue</em>' containment reference.
	 * @see #getPValue()
	 * @generated
	 */
	void setPValue(Value value);

	/**
	 * Returns the value of the '<em><b>Adjusted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjusted</em>' attribute.
	 * @see #setAdjusted(boolean)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_Adjusted()
	 * @model
	 * @generated
	 */
	boolean isAdjusted();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#isAdjusted <em>Adjusted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjusted</em>' attribute.
	 * @see #isAdjusted()
	 * @generated
	 */
	void setAdjusted(boolean value);

	/**
	 * Returns the value of the '<em><b>Adjustment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjustment</em>' attribute.
	 * @see #setAdjustment(String)
	 * @see org.appraise.model.AppraisePackage#getHazardRatio_Adjustment()
	 * @model
	 * @generated
	 */
	String getAdjustment();

	/**
	 * Sets the value of the '{@link org.appraise.model.HazardRatio#getAdjustment <em>Adjustment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjustment</em>' attribute.
	 * @see #getAdjustment()
	 * @generated
	 */
	void setAdjustment(String value);

} // HazardRatio
