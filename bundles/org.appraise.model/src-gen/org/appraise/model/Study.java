/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An investigation; groups its reports and the extractions made from them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.Study#getLabel <em>Label</em>}</li>
 *   <li>{@link org.appraise.model.Study#getReferences <em>References</em>}</li>
 *   <li>{@link org.appraise.model.Study#getReports <em>Reports</em>}</li>
 *   <li>{@link org.appraise.model.Study#getExtractions <em>Extractions</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends Identified {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.appraise.model.AppraisePackage#getStudy_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.appraise.model.Study#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>References</b></em>' reference list.
	 * The list contents are of type {@link org.appraise.model.Reference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>References</em>' reference list.
	 * @see org.appraise.model.AppraisePackage#getStudy_References()
	 * @model
	 * @generated
	 */
	EList<Reference> getReferences();

	/**
	 * Returns the value of the '<em><b>Reports</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Report}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getStudy_Reports()
	 * @model containment="true"
	 * @generated
	 */
	EList<Report> getReports();

	/**
	 * Returns the value of the '<em><b>Extractions</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Extraction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extractions</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getStudy_Extractions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Extraction> getExtractions();

} // Study
