/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certainty Rating</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One GRADE domain's rating and its footnote: RISK_OF_BIAS, INCONSISTENCY, INDIRECTNESS, IMPRECISION, PUBLICATION_BIAS rated NOT_SERIOUS, SERIOUS or VERY_SERIOUS; LARGE_EFFECT, DOSE_RESPONSE, CONFOUNDING rated NONE, ONE or TWO (levels up).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.CertaintyRating#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyRating#getRating <em>Rating</em>}</li>
 *   <li>{@link org.appraise.model.CertaintyRating#getFootnote <em>Footnote</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getCertaintyRating()
 * @model
 * @generated
 */
public interface CertaintyRating extends EObject {
	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.appraise.model.AppraisePackage#getCertaintyRating_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyRating#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see #setRating(String)
	 * @see org.appraise.model.AppraisePackage#getCertaintyRating_Rating()
	 * @model
	 * @generated
	 */
	String getRating();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyRating#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see #getRating()
	 * @generated
	 */
	void setRating(String value);

	/**
	 * Returns the value of the '<em><b>Footnote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Footnote</em>' attribute.
	 * @see #setFootnote(String)
	 * @see org.appraise.model.AppraisePackage#getCertaintyRating_Footnote()
	 * @model
	 * @generated
	 */
	String getFootnote();

	/**
	 * Sets the value of the '{@link org.appraise.model.CertaintyRating#getFootnote <em>Footnote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Footnote</em>' attribute.
	 * @see #getFootnote()
	 * @generated
	 */
	void setFootnote(String value);

} // CertaintyRating
