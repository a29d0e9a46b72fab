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
 * A representation of the literals of the enumeration '<em><b>Characteristic Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.appraise.model.AppraisePackage#getCharacteristicKind()
 * @model
 * @generated
 */
public enum CharacteristicKind implements Enumerator {
	/**
	 * The '<em><b>SETTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SETTING_VALUE
	 * @generated
	 * @ordered
	 */
	SETTING(0, "SETTING", "SETTING"),

	/**
	 * The '<em><b>COUNTRY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTRY_VALUE
	 * @generated
	 * @ordered
	 */
	COUNTRY(1, "COUNTRY", "COUNTRY"),

	/**
	 * The '<em><b>CENTRES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRES_VALUE
	 * @generated
	 * @ordered
	 */
	CENTRES(2, "CENTRES", "CENTRES"),

	/**
	 * The '<em><b>PERIOD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERIOD_VALUE
	 * @generated
	 * @ordered
	 */
	PERIOD(3, "PERIOD", "PERIOD"),

	/**
	 * The '<em><b>PARTICIPANTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPANTS_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPANTS(4, "PARTICIPANTS", "PARTICIPANTS"),

	/**
	 * The '<em><b>AGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_VALUE
	 * @generated
	 * @ordered
	 */
	AGE(5, "AGE", "AGE"),

	/**
	 * The '<em><b>SEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEX_VALUE
	 * @generated
	 * @ordered
	 */
	SEX(6, "SEX", "SEX"),

	/**
	 * The '<em><b>DISEASE STAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISEASE_STAGE_VALUE
	 * @generated
	 * @ordered
	 */
	DISEASE_STAGE(7, "DISEASE_STAGE", "DISEASE_STAGE"),

	/**
	 * The '<em><b>INCLUSION CRITERIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCLUSION_CRITERIA_VALUE
	 * @generated
	 * @ordered
	 */
	INCLUSION_CRITERIA(8, "INCLUSION_CRITERIA", "INCLUSION_CRITERIA"),

	/**
	 * The '<em><b>EXCLUSION CRITERIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUSION_CRITERIA_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUSION_CRITERIA(9, "EXCLUSION_CRITERIA", "EXCLUSION_CRITERIA"),

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP_VALUE
	 * @generated
	 * @ordered
	 */
	FOLLOW_UP(10, "FOLLOW_UP", "FOLLOW_UP"),

	/**
	 * The '<em><b>FUNDING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING(11, "FUNDING", "FUNDING"),

	/**
	 * The '<em><b>CONFLICTS OF INTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICTS_OF_INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	CONFLICTS_OF_INTEREST(12, "CONFLICTS_OF_INTEREST", "CONFLICTS_OF_INTEREST"),

	/**
	 * The '<em><b>AUTHORS CONCLUSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTHORS_CONCLUSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	AUTHORS_CONCLUSIONS(13, "AUTHORS_CONCLUSIONS", "AUTHORS_CONCLUSIONS"),

	/**
	 * The '<em><b>NOTES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTES_VALUE
	 * @generated
	 * @ordered
	 */
	NOTES(14, "NOTES", "NOTES");

	/**
	 * The '<em><b>SETTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SETTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SETTING_VALUE = 0;

	/**
	 * The '<em><b>COUNTRY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COUNTRY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COUNTRY_VALUE = 1;

	/**
	 * The '<em><b>CENTRES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CENTRES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CENTRES_VALUE = 2;

	/**
	 * The '<em><b>PERIOD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERIOD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERIOD_VALUE = 3;

	/**
	 * The '<em><b>PARTICIPANTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPANTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPANTS_VALUE = 4;

	/**
	 * The '<em><b>AGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGE_VALUE = 5;

	/**
	 * The '<em><b>SEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEX_VALUE = 6;

	/**
	 * The '<em><b>DISEASE STAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISEASE_STAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISEASE_STAGE_VALUE = 7;

	/**
	 * The '<em><b>INCLUSION CRITERIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INCLUSION_CRITERIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INCLUSION_CRITERIA_VALUE = 8;

	/**
	 * The '<em><b>EXCLUSION CRITERIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUSION_CRITERIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUSION_CRITERIA_VALUE = 9;

	/**
	 * The '<em><b>FOLLOW UP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOLLOW_UP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOLLOW_UP_VALUE = 10;

	/**
	 * The '<em><b>FUNDING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_VALUE = 11;

	/**
	 * The '<em><b>CONFLICTS OF INTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICTS_OF_INTEREST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFLICTS_OF_INTEREST_VALUE = 12;

	/**
	 * The '<em><b>AUTHORS CONCLUSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTHORS_CONCLUSIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUTHORS_CONCLUSIONS_VALUE = 13;

	/**
	 * The '<em><b>NOTES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOTES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOTES_VALUE = 14;

	/**
	 * An array of all the '<em><b>Characteristic Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CharacteristicKind[] VALUES_ARRAY =
		new CharacteristicKind[] {
			SETTING,
			COUNTRY,
			CENTRES,
			PERIOD,
			PARTICIPANTS,
			AGE,
			SEX,
			DISEASE_STAGE,
			INCLUSION_CRITERIA,
			EXCLUSION_CRITERIA,
			FOLLOW_UP,
			FUNDING,
			CONFLICTS_OF_INTEREST,
			AUTHORS_CONCLUSIONS,
			NOTES,
		};

	/**
	 * A public read-only list of all the '<em><b>Characteristic Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CharacteristicKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Characteristic Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CharacteristicKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CharacteristicKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Characteristic Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CharacteristicKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CharacteristicKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Characteristic Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CharacteristicKind get(int value) {
		switch (value) {
			case SETTING_VALUE: return SETTING;
			case COUNTRY_VALUE: return COUNTRY;
			case CENTRES_VALUE: return CENTRES;
			case PERIOD_VALUE: return PERIOD;
			case PARTICIPANTS_VALUE: return PARTICIPANTS;
			case AGE_VALUE: return AGE;
			case SEX_VALUE: return SEX;
			case DISEASE_STAGE_VALUE: return DISEASE_STAGE;
			case INCLUSION_CRITERIA_VALUE: return INCLUSION_CRITERIA;
			case EXCLUSION_CRITERIA_VALUE: return EXCLUSION_CRITERIA;
			case FOLLOW_UP_VALUE: return FOLLOW_UP;
			case FUNDING_VALUE: return FUNDING;
			case CONFLICTS_OF_INTEREST_VALUE: return CONFLICTS_OF_INTEREST;
			case AUTHORS_CONCLUSIONS_VALUE: return AUTHORS_CONCLUSIONS;
			case NOTES_VALUE: return NOTES;
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
	private CharacteristicKind(int value, String name, String literal) {
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
	
} //CharacteristicKind
