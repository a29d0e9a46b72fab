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
 * A representation of the literals of the enumeration '<em><b>Study Design</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.appraise.model.AppraisePackage#getStudyDesign()
 * @model
 * @generated
 */
public enum StudyDesign implements Enumerator {
	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "UNSPECIFIED", "UNSPECIFIED"),

	/**
	 * The '<em><b>RANDOMISED TRIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMISED_TRIAL_VALUE
	 * @generated
	 * @ordered
	 */
	RANDOMISED_TRIAL(1, "RANDOMISED_TRIAL", "RANDOMISED_TRIAL"),

	/**
	 * The '<em><b>NON RANDOMISED TRIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_RANDOMISED_TRIAL_VALUE
	 * @generated
	 * @ordered
	 */
	NON_RANDOMISED_TRIAL(2, "NON_RANDOMISED_TRIAL", "NON_RANDOMISED_TRIAL"),

	/**
	 * The '<em><b>PROSPECTIVE COHORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSPECTIVE_COHORT_VALUE
	 * @generated
	 * @ordered
	 */
	PROSPECTIVE_COHORT(3, "PROSPECTIVE_COHORT", "PROSPECTIVE_COHORT"),

	/**
	 * The '<em><b>RETROSPECTIVE COHORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETROSPECTIVE_COHORT_VALUE
	 * @generated
	 * @ordered
	 */
	RETROSPECTIVE_COHORT(4, "RETROSPECTIVE_COHORT", "RETROSPECTIVE_COHORT"),

	/**
	 * The '<em><b>CASE CONTROL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_CONTROL_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_CONTROL(5, "CASE_CONTROL", "CASE_CONTROL"),

	/**
	 * The '<em><b>CROSS SECTIONAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSS_SECTIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	CROSS_SECTIONAL(6, "CROSS_SECTIONAL", "CROSS_SECTIONAL"),

	/**
	 * The '<em><b>DIAGNOSTIC ACCURACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSTIC_ACCURACY_VALUE
	 * @generated
	 * @ordered
	 */
	DIAGNOSTIC_ACCURACY(7, "DIAGNOSTIC_ACCURACY", "DIAGNOSTIC_ACCURACY"),

	/**
	 * The '<em><b>CASE SERIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_SERIES_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_SERIES(8, "CASE_SERIES", "CASE_SERIES"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>UNSPECIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>RANDOMISED TRIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANDOMISED_TRIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RANDOMISED_TRIAL_VALUE = 1;

	/**
	 * The '<em><b>NON RANDOMISED TRIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_RANDOMISED_TRIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NON_RANDOMISED_TRIAL_VALUE = 2;

	/**
	 * The '<em><b>PROSPECTIVE COHORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSPECTIVE_COHORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROSPECTIVE_COHORT_VALUE = 3;

	/**
	 * The '<em><b>RETROSPECTIVE COHORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETROSPECTIVE_COHORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RETROSPECTIVE_COHORT_VALUE = 4;

	/**
	 * The '<em><b>CASE CONTROL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_CONTROL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CASE_CONTROL_VALUE = 5;

	/**
	 * The '<em><b>CROSS SECTIONAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSS_SECTIONAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CROSS_SECTIONAL_VALUE = 6;

	/**
	 * The '<em><b>DIAGNOSTIC ACCURACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIAGNOSTIC_ACCURACY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIAGNOSTIC_ACCURACY_VALUE = 7;

	/**
	 * The '<em><b>CASE SERIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_SERIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CASE_SERIES_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Study Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StudyDesign[] VALUES_ARRAY =
		new StudyDesign[] {
			UNSPECIFIED,
			RANDOMISED_TRIAL,
			NON_RANDOMISED_TRIAL,
			PROSPECTIVE_COHORT,
			RETROSPECTIVE_COHORT,
			CASE_CONTROL,
			CROSS_SECTIONAL,
			DIAGNOSTIC_ACCURACY,
			CASE_SERIES,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Study Design</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StudyDesign> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Study Design</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyDesign get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StudyDesign result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Study Design</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyDesign getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StudyDesign result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Study Design</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StudyDesign get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case RANDOMISED_TRIAL_VALUE: return RANDOMISED_TRIAL;
			case NON_RANDOMISED_TRIAL_VALUE: return NON_RANDOMISED_TRIAL;
			case PROSPECTIVE_COHORT_VALUE: return PROSPECTIVE_COHORT;
			case RETROSPECTIVE_COHORT_VALUE: return RETROSPECTIVE_COHORT;
			case CASE_CONTROL_VALUE: return CASE_CONTROL;
			case CROSS_SECTIONAL_VALUE: return CROSS_SECTIONAL;
			case DIAGNOSTIC_ACCURACY_VALUE: return DIAGNOSTIC_ACCURACY;
			case CASE_SERIES_VALUE: return CASE_SERIES;
			case OTHER_VALUE: return OTHER;
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
	private StudyDesign(int value, String name, String literal) {
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
	
} //StudyDesign
