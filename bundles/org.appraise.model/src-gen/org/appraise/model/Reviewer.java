/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reviewer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member of the review team.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Reviewer#getName <em>Name</em>}</li>
 *   <li>{@link org.appraise.model.Reviewer#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getReviewer()
 * @model
 * @generated
 */
public interface Reviewer extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.appraise.model.AppraisePackage#getReviewer_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reviewer#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.appraise.model.ReviewerRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.appraise.model.ReviewerRole
	 * @see #setRole(ReviewerRole)
	 * @see org.appraise.model.AppraisePackage#getReviewer_Role()
	 * @model
	 * @generated
	 */
	ReviewerRole getRole();

	/**
	 * Sets the value of the '{@link org.appraise.model.Reviewer#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.appraise.model.ReviewerRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ReviewerRole value);

} // Reviewer
