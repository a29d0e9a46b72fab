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
 * A representation of the literals of the enumeration '<em><b>Pico Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.appraise.model.AppraisePackage#getPicoKind()
 * @model
 * @generated
 */
public enum PicoKind implements Enumerator {
	/**
	 * The '<em><b>POPULATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POPULATION_VALUE
	 * @generated
	 * @ordered
	 */
	POPULATION(0, "POPULATION", "POPULATION"),

	/**
	 * The '<em><b>INTERVENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENTION_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVENTION(1, "INTERVENTION", "INTERVENTION"),

	/**
	 * The '<em><b>COMPARATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARATOR_VALUE
	 * @generated
	 * @ordered
	 */
	COMPARATOR(2, "COMPARATOR", "COMPARATOR"),

	/**
	 * The '<em><b>OUTCOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTCOME_VALUE
	 * @generated
	 * @ordered
	 */
	OUTCOME(3, "OUTCOME", "OUTCOME");

	/**
	 * The '<em><b>POPULATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POPULATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POPULATION_VALUE = 0;

	/**
	 * The '<em><b>INTERVENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVENTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVENTION_VALUE = 1;

	/**
	 * The '<em><b>COMPARATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPARATOR_VALUE = 2;

	/**
	 * The '<em><b>OUTCOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUTCOME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OUTCOME_VALUE = 3;

	/**
	 * An array of all the '<em><b>Pico Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PicoKind[] VALUES_ARRAY =
		new PicoKind[] {
			POPULATION,
			INTERVENTION,
			COMPARATOR,
			OUTCOME,
		};

	/**
	 * A public read-only list of all the '<em><b>Pico Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PicoKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pico Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PicoKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PicoKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pico Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PicoKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PicoKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pico Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PicoKind get(int value) {
		switch (value) {
			case POPULATION_VALUE: return POPULATION;
			case INTERVENTION_VALUE: return INTERVENTION;
			case COMPARATOR_VALUE: return COMPARATOR;
			case OUTCOME_VALUE: return OUTCOME;
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
	private PicoKind(int value, String name, String literal) {
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
	
} //PicoKind
