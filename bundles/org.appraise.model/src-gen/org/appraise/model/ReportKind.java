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
 * A representation of the literals of the enumeration '<em><b>Report Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.appraise.model.AppraisePackage#getReportKind()
 * @model
 * @generated
 */
public enum ReportKind implements Enumerator {
	/**
	 * The '<em><b>JOURNAL ARTICLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOURNAL_ARTICLE_VALUE
	 * @generated
	 * @ordered
	 */
	JOURNAL_ARTICLE(0, "JOURNAL_ARTICLE", "JOURNAL_ARTICLE"),

	/**
	 * The '<em><b>PREPRINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREPRINT_VALUE
	 * @generated
	 * @ordered
	 */
	PREPRINT(1, "PREPRINT", "PREPRINT"),

	/**
	 * The '<em><b>CONFERENCE ABSTRACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE_ABSTRACT_VALUE
	 * @generated
	 * @ordered
	 */
	CONFERENCE_ABSTRACT(2, "CONFERENCE_ABSTRACT", "CONFERENCE_ABSTRACT"),

	/**
	 * The '<em><b>REGISTRY RECORD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTRY_RECORD_VALUE
	 * @generated
	 * @ordered
	 */
	REGISTRY_RECORD(3, "REGISTRY_RECORD", "REGISTRY_RECORD"),

	/**
	 * The '<em><b>THESIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THESIS_VALUE
	 * @generated
	 * @ordered
	 */
	THESIS(4, "THESIS", "THESIS"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>JOURNAL ARTICLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOURNAL_ARTICLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOURNAL_ARTICLE_VALUE = 0;

	/**
	 * The '<em><b>PREPRINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREPRINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PREPRINT_VALUE = 1;

	/**
	 * The '<em><b>CONFERENCE ABSTRACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFERENCE_ABSTRACT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFERENCE_ABSTRACT_VALUE = 2;

	/**
	 * The '<em><b>REGISTRY RECORD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTRY_RECORD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGISTRY_RECORD_VALUE = 3;

	/**
	 * The '<em><b>THESIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THESIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THESIS_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Report Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReportKind[] VALUES_ARRAY =
		new ReportKind[] {
			JOURNAL_ARTICLE,
			PREPRINT,
			CONFERENCE_ABSTRACT,
			REGISTRY_RECORD,
			THESIS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Report Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReportKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Report Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReportKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Report Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReportKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Report Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReportKind get(int value) {
		switch (value) {
			case JOURNAL_ARTICLE_VALUE: return JOURNAL_ARTICLE;
			case PREPRINT_VALUE: return PREPRINT;
			case CONFERENCE_ABSTRACT_VALUE: return CONFERENCE_ABSTRACT;
			case REGISTRY_RECORD_VALUE: return REGISTRY_RECORD;
			case THESIS_VALUE: return THESIS;
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
	private ReportKind(int value, String name, String literal) {
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
	
} //ReportKind
