/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Size</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The number of participants in an arm in one analysis population (e.g. before or after matching).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.GroupSize#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.appraise.model.GroupSize#getN <em>N</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getGroupSize()
 * @model
 * @generated
 */
public interface GroupSize extends EObject {
	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(String)
	 * @see org.appraise.model.AppraisePackage#getGroupSize_Population()
	 * @model
	 * @generated
	 */
	String getPopulation();

	/**
	 * Sets the value of the '{@link org.appraise.model.GroupSize#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(String value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>N</em>' containment reference.
	 * @see #setN(Value)
	 * @see org.appraise.model.AppraisePackage#getGroupSize_N()
	 * @model containment="true"
	 * @generated
	 */
	Value getN();

	/**
	 * Sets the value of the '{@link org.appraise.model.GroupSize#getN <em>N</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' containment reference.
	 * @see #getN()
	 * @generated
	 */
	void setN(Value value);

} // GroupSize
