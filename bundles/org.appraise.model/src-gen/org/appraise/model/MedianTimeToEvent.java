/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Median Time To Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Median time to event in one arm with its confidence interval; notReached when the median was not reached.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.MedianTimeToEvent#getMedian <em>Median</em>}</li>
 *   <li>{@link org.appraise.model.MedianTimeToEvent#getLower <em>Lower</em>}</li>
 *   <li>{@link org.appraise.model.MedianTimeToEvent#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.appraise.model.MedianTimeToEvent#getCiLevel <em>Ci Level</em>}</li>
 *   <li>{@link org.appraise.model.MedianTimeToEvent#isNotReached <em>Not Reached</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getMedianTimeToEvent()
 * @model
 * @generated
 */
public interface MedianTimeToEvent extends ArmResult {
	/**
	 * Returns the value of the '<em><b>Median</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Median</em>' containment reference.
	 * @see #setMedian(Value)
	 * @see org.appraise.model.AppraisePackage#getMedianTimeToEvent_Median()
	 * @model containment="true"
	 * @generated
	 */
	Value getMedian();

	/**
	 * Sets the value of the '{@link org.appraise.model.MedianTimeToEvent#getMedian <em>Median</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Median</em>' containment reference.
	 * @see #getMedian()
	 * @generated
	 */
	void setMedian(Value value);

	/**
	 * Returns the value of the '<em><b>Lower</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' containment reference.
	 * @see #setLower(Value)
	 * @see org.appraise.model.AppraisePackage#getMedianTimeToEvent_Lower()
	 * @model containment="true"
	 * @generated
	 */
	Value getLower();

	/**
	 * Sets the value of the '{@link org.appraise.model.MedianTimeToEvent#getLower <em>Lower</em>}' containment reference.
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
	 * @see org.appraise.model.AppraisePackage#getMedianTimeToEvent_Upper()
	 * @model containment="true"
	 * @generated
	 */
	Value getUpper();

	/**
	 * Sets the value of the '{@link org.appraise.model.MedianTimeToEvent#getUpper <em>Upper</em>}' containment reference.
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
	 * @see org.appraise.model.AppraisePackage#getMedianTimeToEvent_CiLevel()
	 * @model
	 * @generated
	 */
	BigDecimal getCiLevel();

	/**
	 * Sets the value of the '{@link org.appraise.model.MedianTimeToEvent#getCiLevel <em>Ci Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Level</em>' attribute.
	 * @see #getCiLevel()
	 * @generated
	 */
	void setCiLevel(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Not Reached</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Reached</em>' attribute.
	 * @see #setNotReached(boolean)
	 * @see org.appraise.model.AppraisePackage#getMedianTimeToEvent_NotReached()
	 * @model
	 * @generated
	 */
	boolean isNotReached();

	/**
	 * Sets the value of the '{@link org.appraise.model.MedianTimeToEvent#isNotReached <em>Not Reached</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Reached</em>' attribute.
	 * @see #isNotReached()
	 * @generated
	 */
	void setNotReached(boolean value);

} // MedianTimeToEvent
