/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pico Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PICO element of the study as reported.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.PicoElement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.appraise.model.PicoElement#getText <em>Text</em>}</li>
 *   <li>{@link org.appraise.model.PicoElement#getSources <em>Sources</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getPicoElement()
 * @model
 * @generated
 */
public interface PicoElement extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.PicoKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.appraise.model.PicoKind
	 * @see #setKind(PicoKind)
	 * @see org.appraise.model.AppraisePackage#getPicoElement_Kind()
	 * @model
	 * @generated
	 */
	PicoKind getKind();

	/**
	 * Sets the value of the '{@link org.appraise.model.PicoElement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.appraise.model.PicoKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PicoKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.appraise.model.AppraisePackage#getPicoElement_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.appraise.model.PicoElement#getText <em>Text</em>}' attribute.
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
	 * @see org.appraise.model.AppraisePackage#getPicoElement_Sources()
	 * @model
	 * @generated
	 */
	EList<Annotation> getSources();

} // PicoElement
