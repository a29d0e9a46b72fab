/**
 * Appraise: a workbench for systematic reviews. SPDX-License-Identifier: EPL-2.0
 */
package org.appraise.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outcome Measurement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The results of one outcome in a study, for one set of criteria, timepoint and analysis population.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.appraise.model.OutcomeMeasurement#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeMeasurement#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeMeasurement#getTimepoint <em>Timepoint</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeMeasurement#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeMeasurement#getResults <em>Results</em>}</li>
 *   <li>{@link org.appraise.model.OutcomeMeasurement#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.appraise.model.AppraisePackage#getOutcomeMeasurement()
 * @model
 * @generated
 */
public interface OutcomeMeasurement extends Identified {
	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' reference.
	 * @see #setOutcome(OutcomeDefinition)
	 * @see org.appraise.model.AppraisePackage#getOutcomeMeasurement_Outcome()
	 * @model
	 * @generated
	 */
	OutcomeDefinition getOutcome();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeMeasurement#getOutcome <em>Outcome</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' reference.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(OutcomeDefinition value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' attribute.
	 * @see #setCriteria(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeMeasurement_Criteria()
	 * @model
	 * @generated
	 */
	String getCriteria();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeMeasurement#getCriteria <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria</em>' attribute.
	 * @see #getCriteria()
	 * @generated
	 */
	void setCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Timepoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timepoint</em>' attribute.
	 * @see #setTimepoint(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeMeasurement_Timepoint()
	 * @model
	 * @generated
	 */
	String getTimepoint();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeMeasurement#getTimepoint <em>Timepoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timepoint</em>' attribute.
	 * @see #getTimepoint()
	 * @generated
	 */
	void setTimepoint(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeMeasurement_Population()
	 * @model
	 * @generated
	 */
	String getPopulation();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeMeasurement#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(String value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.appraise.model.Result}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.appraise.model.AppraisePackage#getOutcomeMeasurement_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<Result> getResults();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.appraise.model.AppraisePackage#getOutcomeMeasurement_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.appraise.model.OutcomeMeasurement#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // OutcomeMeasurement
