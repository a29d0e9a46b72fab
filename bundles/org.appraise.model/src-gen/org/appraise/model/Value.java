/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A number exactly as reported (or derived), with its unit and the quotes it came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Value#getNumber <em>Number</em>}</li>
 *   <li>{@link org.appraise.model.Value#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.appraise.model.Value#getSources <em>Sources</em>}</li>
 *   <li>{@link org.appraise.model.Value#isDerived <em>Derived</em>}</li>
 *   <li>{@link org.appraise.model.Value#getDerivation <em>Derivation</em>}</li>
 *   <li>{@link org.appraise.model.Value#getNote <em>Note</em>}</li>
 *   <li>{@link org.appraise.model.Value#getProposedBy <em>Proposed By</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getValue()
 * @model
 * @generated
 */
public interface Value extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(BigDecimal)
	 * @see org.appraise.model.AppraisePackage#getValue_Number()
	 * @model
	 * @generated
	 */
	BigDecimal getNumber();

	/**
	 * Sets the value of the '{@link org.appraise.model.Value#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.appraise.model.AppraisePackage#getValue_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.appraise.model.Value#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' reference list.
	 * The list contents are of type {@link org.appraise.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' reference list.
	 * @see org.appraise.model.AppraisePackage#getValue_Sources()
	 * @model
	 * @generated
	 */
	EList<Annotation> getSources();

	/**
	 * Returns the value of the '<em><b>Derived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derived</em>' attribute.
	 * @see #setDerived(boolean)
	 * @see org.appraise.model.AppraisePackage#getValue_Derived()
	 * @model
	 * @generated
	 */
	boolean isDerived();

	/**
	 * Sets the value of the '{@link org.appraise.model.Value#isDerived <em>Derived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derived</em>' attribute.
	 * @see #isDerived()
	 * @generated
	 */
	void setDerived(boolean value);

	/**
	 * Returns the value of the '<em><b>Derivation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derivation</em>' attribute.
	 * @see #setDerivation(String)
	 * @see org.appraise.model.AppraisePackage#getValue_Derivation()
	 * @model
	 * @generated
	 */
	String getDerivation();

	/**
	 * Sets the value of the '{@link org.appraise.model.Value#getDerivation <em>Derivation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derivation</em>' attribute.
	 * @see #getDerivation()
	 * @generated
	 */
	void setDerivation(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.appraise.model.AppraisePackage#getValue_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.appraise.model.Value#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Proposed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who proposed the number before a reviewer accepted it (the extraction assistant and its version); empty when the reviewer entered it. The accepting reviewer is the author of the value's quote.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposed By</em>' attribute.
	 * @see #setProposedBy(String)
	 * @see org.appraise.model.AppraisePackage#getValue_ProposedBy()
	 * @model
	 * @generated
	 */
	String getProposedBy();

	/**
	 * Sets the value of the '{@link org.appraise.model.Value#getProposedBy <em>Proposed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed By</em>' attribute.
	 * @see #getProposedBy()
	 * @generated
	 */
	void setProposedBy(String value);

} // Value
