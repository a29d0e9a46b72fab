/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Characteristic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A study characteristic (setting, country, period...) as the reviewer recorded it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Characteristic#getKind <em>Kind</em>}</li>
 *   <li>{@link org.appraise.model.Characteristic#getText <em>Text</em>}</li>
 *   <li>{@link org.appraise.model.Characteristic#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getCharacteristic()
 * @model
 * @generated
 */
public interface Characteristic extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.CharacteristicKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.appraise.model.CharacteristicKind
	 * @see #setKind(CharacteristicKind)
	 * @see org.appraise.model.AppraisePackage#getCharacteristic_Kind()
	 * @model
	 * @generated
	 */
	CharacteristicKind getKind();

	/**
	 * Sets the value of the '{@link org.appraise.model.Characteristic#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.appraise.model.CharacteristicKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CharacteristicKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.appraise.model.AppraisePackage#getCharacteristic_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.appraise.model.Characteristic#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.appraise.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.appraise.model.AppraisePackage#getCharacteristic_Sources()
	 * @model
	 * @generated
	 */
	EList<Annotation> getSources();

} // Characteristic
