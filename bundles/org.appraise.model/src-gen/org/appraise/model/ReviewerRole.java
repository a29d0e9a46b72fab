/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Reviewer Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.appraise.model.AppraisePackage#getReviewerRole()
 * @model
 * @generated
 */
public enum ReviewerRole implements Enumerator {
	/**
	 * The '<em><b>REVIEWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEWER_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEWER(0, "REVIEWER", "REVIEWER"),

	/**
	 * The '<em><b>ARBITER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBITER_VALUE
	 * @generated
	 * @ordered
	 */
	ARBITER(1, "ARBITER", "ARBITER"),

	/**
	 * The '<em><b>METHODOLOGIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METHODOLOGIST_VALUE
	 * @generated
	 * @ordered
	 */
	METHODOLOGIST(2, "METHODOLOGIST", "METHODOLOGIST"),

	/**
	 * The '<em><b>LEAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	LEAD(3, "LEAD", "LEAD");

	/**
	 * The '<em><b>REVIEWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVIEWER_VALUE = 0;

	/**
	 * The '<em><b>ARBITER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARBITER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ARBITER_VALUE = 1;

	/**
	 * The '<em><b>METHODOLOGIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #METHODOLOGIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int METHODOLOGIST_VALUE = 2;

	/**
	 * The '<em><b>LEAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEAD_VALUE = 3;

	/**
	 * An array of all the '<em><b>Reviewer Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReviewerRole[] VALUES_ARRAY =
		new ReviewerRole[] {
			REVIEWER,
			ARBITER,
			METHODOLOGIST,
			LEAD,
		};

	/**
	 * A public read-only list of all the '<em><b>Reviewer Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReviewerRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Reviewer Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewerRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReviewerRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reviewer Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewerRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReviewerRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Reviewer Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReviewerRole get(int value) {
		switch (value) {
			case REVIEWER_VALUE: return REVIEWER;
			case ARBITER_VALUE: return ARBITER;
			case METHODOLOGIST_VALUE: return METHODOLOGIST;
			case LEAD_VALUE: return LEAD;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ReviewerRole(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ReviewerRole
